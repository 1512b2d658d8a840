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
    // After PasswordFields' own connection, so its hint is updated first.
    for (QLineEdit *edit : {m_login, m_fullName, m_passwords->password(), m_passwords->repeat()})
        connect(edit, &QLineEdit::textChanged, this, &FirstStartDialog::edited);
    if (context.language)
        connect(context.language, &Language::changed, this, &FirstStartDialog::retranslate);
    retranslate();
}

FirstStartDialog::~FirstStartDialog() = default;

void FirstStartDialog::fail(std::function<QString()> text, QWidget *focus, QWidget *field)
{
    m_messageText = std::move(text);
    m_messageField = field;
    accounts::showStatus(m_message, m_messageText(), true);
    if (focus)
        focus->setFocus();
}

void FirstStartDialog::clearMessage()
{
    m_messageText = nullptr;
    m_messageField = nullptr;
    accounts::showStatus(m_message, QString(), true);
}

QString FirstStartDialog::problemWith(QWidget *field)
{
    if (field == m_login) {
        Finding finding;
        QString login;
        return AccountRepository::normalizeLogin(m_login->text(), &login, &finding)
            ? QString()
            : finding.message(accounts::uiLang());
    }
    if (field == m_fullName)
        return m_fullName->text().trimmed().isEmpty() ? tr("Enter the administrator's full name.") : QString();
    QString reason;
    if (field == m_passwords->password() && !m_passwords->check(&reason))
        return reason;
    return QString();
}

FirstStartDialog::Problem FirstStartDialog::inputProblem()
{
    for (QWidget *field : {static_cast<QWidget *>(m_login), static_cast<QWidget *>(m_fullName),
                           static_cast<QWidget *>(m_passwords->password())}) {
        const QString message = problemWith(field);
        if (!message.isEmpty())
            return {message, field};
    }
    return {};
}

void FirstStartDialog::edited()
{
    if (!m_messageText || m_accountsAppeared)
        return;
    if (!m_messageField) {
        // The database's answer to the last attempt (e.g. the login is taken): stale now.
        clearMessage();
        return;
    }
    // Only the field the message is about is checked again: the next empty field is not
    // nagged about before the operator gets to it.
    QWidget *field = m_messageField;
    if (problemWith(field).isEmpty())
        clearMessage();
    else
        fail([this, field] { return problemWith(field); }, nullptr, field);
}

bool FirstStartDialog::submit()
{
    const QString lang = accounts::uiLang();
    const Problem problem = inputProblem();
    if (problem.field) {
        // Worded again from the fields on a change of language.
        QWidget *field = problem.field;
        fail([this, field] { return problemWith(field); }, field, field);
        return false;
    }
    Finding finding;
    QString login;
    AccountRepository::normalizeLogin(m_login->text(), &login, &finding);
    // The setup actor may do anything, so make sure the table is still empty: another
    // workstation of a shared PostgreSQL database may have created the administrator since.
    QString error;
    const int existing = AccountRepository::count(*m_context.database, &error);
    if (existing != 0) {
        if (existing < 0) {
            fail([error] { return tr("The accounts cannot be read from the database: %1").arg(error); }, nullptr,
                 nullptr);
        } else {
            m_accountsAppeared = true;
            fail([] {
                return tr("Meanwhile an account was created in this database on another workstation. "
                          "Close this window and log in.");
            },
                 nullptr, nullptr);
        }
        return false;
    }

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<Account> account =
        AccountRepository::add(*m_context.database, Actor::setupActor(m_workstation, lang), *m_context.clock,
                               login, m_fullName->text(), Role::Administrator, m_passwords->text(), &finding);
    QApplication::restoreOverrideCursor();
    if (!account) {
        fail([finding] { return finding.message(accounts::uiLang()); }, m_login, nullptr);
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
    // The message line follows the language too (it is worded again, not kept).
    if (m_messageText)
        accounts::showStatus(m_message, m_messageText(), true);
}

void FirstStartDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace exitdesk::ui
