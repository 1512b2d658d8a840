// Changing the role of a staff account (users screen) through AccountRepository::setRole;
// core refuses, for example, to demote the last active administrator.
#pragma once

#include "accounts/AccountFormDialog.h"
#include "accounts/Role.h"

class QComboBox;
class QLabel;

namespace exitdesk::ui {

class ChangeRoleDialog : public AccountFormDialog
{
    Q_OBJECT
public:
    ChangeRoleDialog(AppContext context, Actor actor, QString login, Role current, QWidget *parent = nullptr);

    QComboBox *roleCombo() const { return m_role; }

protected:
    bool submit() override;
    void retranslate() override;

private:
    QString m_login;
    QLabel *m_accountLabel;
    QLabel *m_account;
    QLabel *m_roleLabel;
    QComboBox *m_role;
};

} // namespace exitdesk::ui
