// The login dialog: login and password, the language switch, and core's answer
// (LoginResult::message: wrong password, locked out until …, locked by an administrator)
// shown in the dialog's language. Enter logs in, Esc cancels; a wrong password keeps the
// dialog open with the password cleared.
#pragma once

#include "AppContext.h"
#include "accounts/Actor.h"
#include "accounts/Authenticator.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace exitdesk::ui {

class LanguageSwitch;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // context.database and context.clock are required; workstation goes into the audit.
    LoginDialog(AppContext context, QString workstation, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // The staff member who logged in; set when the dialog was accepted.
    std::optional<Actor> actor() const { return m_actor; }
    // The last attempt's result (nothing before the first attempt).
    std::optional<LoginResult> lastResult() const { return m_last; }

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *loginButton() const { return m_ok; }
    LanguageSwitch *languageSwitch() const { return m_languageSwitch; }

public slots:
    // Tries the login and password; accepts the dialog on success. Returns whether it did.
    bool submit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showMessage();

    AppContext m_context;
    QString m_workstation;
    QLabel *m_title;
    QLabel *m_loginLabel;
    QLabel *m_passwordLabel;
    QLabel *m_databaseLabel;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_message;
    LanguageSwitch *m_languageSwitch;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    bool m_loginMissing = false;
    std::optional<LoginResult> m_last;
    std::optional<Actor> m_actor;
};

} // namespace exitdesk::ui
