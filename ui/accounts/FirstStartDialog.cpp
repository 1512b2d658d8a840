#include "accounts/FirstStartDialog.h"

#include "Language.h"
#include "accounts/AccountRepository.h"
#include "accounts/AccountsUiSupport.h"
#include "accounts/LanguageSwitch.h"
#include "accounts/PasswordFields.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace exitdesk::ui {

FirstStartDialog::FirstStartDialog(AppContext context, QString workstation, QWidget *parent)
    : QDialog(parent), m_context(context), m_workstation(std::move(workstation))
{
    setObjectName(QStringLiteral("firstStartDialog"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setMaxLength(64);
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_fullName->setMaxLength(200);
    m_passwords = new PasswordFields(this);
    m_loginLabel = new QLabel(this);
    m_loginLabel->setBuddy(m_login);
    m_fullNameLabel = new QLabel(this);
    m_fullNameLabel->setBuddy(m_fullName);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_passwords->password());
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setBuddy(m_passwords->repeat());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("firstStartMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);

    m_languageSwitch = new LanguageSwitch(context.language, this);

    m_buttons = new QDialogButtonBox(this);
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("createButton"));
    m_ok->setDefault(true);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstStartDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_fullNameLabel, m_fullName);
    form->addRow(m_passwordLabel, m_passwords->password());
    form->addRow(m_repeatLabel, m_passwords->repeat());
    form->addRow(QString(), m_passwords->hint());

    auto *layout = new QVBoxLayout(this);
    // Grows the window when a message appears instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addStrut(520); // the minimum width (the constraint overrides setMinimumWidth)
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_languageSwitch);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setTabOrder(m_login, m_fullName);
    setTabOrder(m_fullName, m_passwords->password());
    setTabOrder(m_passwords->password(), m_passwords->repeat());
    setTabOrder(m_passwords->repeat(), m_languageSwitch);
    m_login->setFocus();
    if (context.language)
        connect(context.language, &Language::changed, this, &FirstStartDialog::retranslate);
    retranslate();
}

FirstStartDialog::~FirstStartDialog() = default;

void FirstStartDialog::fail(const QString &message, QWidget *focus)
{
    accounts::showStatus(m_message, message, true);
    if (focus)
        focus->setFocus();
}

bool FirstStartDialog::submit()
{
    const QString lang = accounts::uiLang();
    Finding finding;
    QString login;
    if (!AccountRepository::normalizeLogin(m_login->text(), &login, &finding)) {
        fail(finding.message(lang), m_login);
        return false;
    }
    if (m_fullName->text().trimmed().isEmpty()) {
        fail(tr("Enter the administrator's full name."), m_fullName);
        return false;
    }
    QString reason;
    if (!m_passwords->check(&reason)) {
        fail(reason, m_passwords->password());
        return false;
    }
    // The setup actor may do anything, so make sure the table is still empty: another
    // workstation of a shared PostgreSQL database may have created the administrator since.
    QString error;
    const int existing = AccountRepository::count(*m_context.database, &error);
    if (existing != 0) {
        if (existing < 0) {
            fail(tr("The accounts cannot be read from the database: %1").arg(error), nullptr);
        } else {
            m_accountsAppeared = true;
            fail(tr("Meanwhile an account was created in this database on another workstation. "
                    "Close this window and log in."),
                 nullptr);
        }
        return false;
    }

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<Account> account =
        AccountRepository::add(*m_context.database, Actor::setupActor(m_workstation, lang), *m_context.clock,
                               login, m_fullName->text(), Role::Administrator, m_passwords->text(), &finding);
    QApplication::restoreOverrideCursor();
    if (!account) {
        fail(finding.message(lang), m_login);
        return false;
    }
    m_passwords->clear();
    Actor actor;
    actor.accountId = account->id;
    actor.login = account->login;
    actor.fullName = account->fullName;
    actor.role = account->role;
    actor.workstation = m_workstation;
    actor.lang = lang;
    m_actor = actor;
    accept();
    return true;
}

void FirstStartDialog::retranslate()
{
    setWindowTitle(tr("ExitDesk: first start"));
    m_title->setText(tr("Create the administrator"));
    m_intro->setText(
        tr("This database has no accounts yet. Create the account of the administrator, who then "
           "adds the accounts of the operators, officers and the head.\nDatabase: %1")
            .arg(m_context.database ? m_context.database->displayLocation() : QString()));
    m_loginLabel->setText(tr("&Login:"));
    m_login->setPlaceholderText(tr("Latin letters and digits, e.g. admin"));
    m_fullNameLabel->setText(tr("&Full name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("&Repeat the password:"));
    m_ok->setText(tr("&Create and log in"));
    m_cancel->setText(tr("Cancel"));
    m_passwords->retranslate();
    if (m_message->isVisible() && m_accountsAppeared)
        fail(tr("Meanwhile an account was created in this database on another workstation. "
                "Close this window and log in."),
             nullptr);
}

void FirstStartDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace exitdesk::ui
