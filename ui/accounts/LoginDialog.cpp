#include "accounts/LoginDialog.h"

#include "Language.h"
#include "accounts/AccountsUiSupport.h"
#include "accounts/LanguageSwitch.h"
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

LoginDialog::LoginDialog(AppContext context, QString workstation, QWidget *parent)
    : QDialog(parent), m_context(context), m_workstation(std::move(workstation))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setMaxLength(64);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_loginLabel = new QLabel(this);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setWordWrap(true);
    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_databaseLabel->setEnabled(false); // greyed: information, not something to act on

    m_languageSwitch = new LanguageSwitch(context.language, this);

    m_buttons = new QDialogButtonBox(this);
    // Own buttons with own labels: Qt has no Kazakh translation of its standard ones.
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("loginButton"));
    m_ok->setDefault(true);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);

    auto *layout = new QVBoxLayout(this);
    // Grows the window when a message appears instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addStrut(440); // the minimum width (the constraint overrides setMinimumWidth)
    layout->addWidget(m_title);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_languageSwitch);
    layout->addWidget(m_databaseLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    // "Enter your login." goes as soon as one is typed.
    connect(m_login, &QLineEdit::textChanged, this, [this] {
        if (m_loginMissing && !m_login->text().trimmed().isEmpty()) {
            m_loginMissing = false;
            showMessage();
        }
    });
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_languageSwitch);
    m_login->setFocus();
    // Also on the signal: without a translation file Qt sends no LanguageChange, and core's
    // message must still follow the chosen language.
    if (context.language)
        connect(context.language, &Language::changed, this, &LoginDialog::retranslate);
    retranslate();
}

LoginDialog::~LoginDialog() = default;

bool LoginDialog::submit()
{
    if (m_login->text().trimmed().isEmpty()) {
        m_loginMissing = true;
        m_last.reset();
        showMessage();
        m_login->setFocus();
        return false;
    }
    m_loginMissing = false;
    // Argon2id takes a noticeable moment on purpose.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    LoginResult result = Authenticator::login(*m_context.database, m_login->text(), m_password->text(),
                                              m_workstation, *m_context.clock);
    QApplication::restoreOverrideCursor();
    m_last = result;
    if (result.ok()) {
        result.actor.lang = accounts::uiLang();
        m_actor = result.actor;
        m_password->clear();
        showMessage();
        accept();
        return true;
    }
    m_password->clear();
    m_password->setFocus();
    showMessage();
    return false;
}

void LoginDialog::showMessage()
{
    if (m_loginMissing)
        accounts::showStatus(m_message, tr("Enter your login."), true);
    else if (m_last && !m_last->ok())
        // Core's words, so the program and the command line tell the same thing.
        accounts::showStatus(m_message, m_last->message(accounts::uiLang()), true);
    else
        accounts::showStatus(m_message, QString(), false);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("ExitDesk: log in"));
    m_title->setText(tr("Log in to ExitDesk"));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_ok->setText(tr("Log &in"));
    m_cancel->setText(tr("Cancel"));
    if (m_context.database)
        m_databaseLabel->setText(tr("Database: %1").arg(m_context.database->displayLocation()));
    showMessage();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace exitdesk::ui
