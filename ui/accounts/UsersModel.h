// The staff accounts as a table for the users screen: login, full name, role, state (active,
// locked by the administrator, locked out after wrong passwords) and creation date.
#pragma once

#include "accounts/Account.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace exitdesk::ui {

class UsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The state last: it is the longest and takes the rest of the width.
    enum Column
    {
        LoginColumn,
        FullNameColumn,
        RoleColumn,
        CreatedColumn,
        StateColumn,
        ColumnCount
    };

    explicit UsersModel(QObject *parent = nullptr);

    // now decides whether an automatic lockout is still running.
    void setAccounts(const QList<Account> &accounts, const QDateTime &now);
    const QList<Account> &accounts() const { return m_accounts; }
    // The row of the login, or -1.
    int rowOf(const QString &login) const;
    // The account's state in words, in the language of the screens.
    QString stateText(const Account &account) const;
    // Re-reads the headers and texts after a language switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Account> m_accounts;
    QDateTime m_now;
};

} // namespace exitdesk::ui
