// Adding a staff account (users screen): login, full name, role and a first password typed
// twice; AccountRepository::add checks the administrator's permission and writes the audit.
#pragma once

#include "accounts/AccountFormDialog.h"

#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;

namespace exitdesk::ui {

class PasswordFields;

class NewAccountDialog : public AccountFormDialog
{
    Q_OBJECT
public:
    NewAccountDialog(AppContext context, Actor actor, QWidget *parent = nullptr);

    // The login of the account added (after accept()).
    QString addedLogin() const { return m_added; }

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *fullNameEdit() const { return m_fullName; }
    QComboBox *roleCombo() const { return m_role; }
    PasswordFields *passwordFields() const { return m_passwords; }

protected:
    bool submit() override;
    void retranslate() override;

private:
    QLabel *m_loginLabel;
    QLabel *m_fullNameLabel;
    QLabel *m_roleLabel;
    QLabel *m_passwordLabel;
    QLabel *m_repeatLabel;
    QLineEdit *m_login;
    QLineEdit *m_fullName;
    QComboBox *m_role;
    PasswordFields *m_passwords;
    QString m_added;
};

} // namespace exitdesk::ui
