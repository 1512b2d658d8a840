#include "accounts/UsersModel.h"

#include "accounts/AccountsUiSupport.h"

#include <QBrush>
#include <QColor>

namespace exitdesk::ui {

UsersModel::UsersModel(QObject *parent) : QAbstractTableModel(parent) {}

void UsersModel::setAccounts(const QList<Account> &accounts, const QDateTime &now)
{
    beginResetModel();
    m_accounts = accounts;
    m_now = now;
    endResetModel();
}

int UsersModel::rowOf(const QString &login) const
{
    for (int i = 0; i < m_accounts.size(); ++i)
        if (m_accounts.at(i).login == login)
            return i;
    return -1;
}

QString UsersModel::stateText(const Account &account) const
{
    if (account.disabled)
        return tr("locked by the administrator");
    if (account.lockedOutAt(m_now))
        return tr("locked out until %1 (wrong passwords)")
            .arg(account.lockedUntil.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    return tr("active");
}

void UsersModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_accounts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_accounts.size())
        return QVariant();
    const Account &a = m_accounts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LoginColumn:
            return a.login;
        case FullNameColumn:
            return a.fullName;
        case RoleColumn:
            return roleName(a.role, accounts::uiLang());
        case StateColumn:
            return stateText(a);
        case CreatedColumn:
            return a.createdAt.toString(QStringLiteral("dd.MM.yyyy"));
        default:
            return QVariant();
        }
    }
    if (role == Qt::ForegroundRole && (a.disabled || a.lockedOutAt(m_now)))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::UserRole)
        return a.login;
    return QVariant();
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case FullNameColumn:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    default:
        return QVariant();
    }
}

} // namespace exitdesk::ui
