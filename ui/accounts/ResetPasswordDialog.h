// Setting a new password for a staff account (users screen: the administrator resets a
// forgotten one) through AccountRepository::setPassword.
#pragma once

#include "accounts/AccountFormDialog.h"

class QLabel;

namespace exitdesk::ui {

class PasswordFields;

class ResetPasswordDialog : public AccountFormDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(AppContext context, Actor actor, QString login, QWidget *parent = nullptr);

    PasswordFields *passwordFields() const { return m_passwords; }

protected:
    bool submit() override;
    void retranslate() override;

private:
    QString m_login;
    QLabel *m_accountLabel;
    QLabel *m_account;
    QLabel *m_passwordLabel;
    QLabel *m_repeatLabel;
    PasswordFields *m_passwords;
};

} // namespace exitdesk::ui
