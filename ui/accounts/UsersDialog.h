// The users screen of the administrator: every staff account with its role and state, and
// the actions on it — add, change the role, lock, unlock, set a new password. Each goes
// through AccountRepository with the logged-in actor, so core checks the permission and
// writes the audit; a refusal is shown in core's words under the list.
#pragma once

#include "AppContext.h"
#include "accounts/Actor.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace exitdesk::ui {

class UsersModel;

class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    UsersDialog(AppContext context, Actor actor, QWidget *parent = nullptr);
    ~UsersDialog() override;

    UsersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *roleButton() const { return m_role; }
    QPushButton *lockButton() const { return m_lock; }
    QPushButton *unlockButton() const { return m_unlock; }
    QPushButton *passwordButton() const { return m_password; }

    // The login of the selected row, or empty.
    QString selectedLogin() const;
    bool selectLogin(const QString &login);

public slots:
    void reload();
    // Open the dialogs; return whether something changed.
    bool addAccount();
    bool changeRole();
    bool resetPassword();
    bool lockSelected();
    bool unlockSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    bool setDisabled(bool disabled);

    AppContext m_context;
    Actor m_actor;
    UsersModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_role;
    QPushButton *m_lock;
    QPushButton *m_unlock;
    QPushButton *m_password;
    QPushButton *m_close;
};

} // namespace exitdesk::ui
