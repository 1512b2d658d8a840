#include "accounts/AuditModel.h"

#include "accounts/AccountsUiSupport.h"
#include "accounts/Role.h"

#include <QDateTime>
#include <QList>

#include <utility>

namespace exitdesk::ui {

AuditModel::AuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditModel::setRecords(const QList<AuditRecord> &records)
{
    beginResetModel();
    m_records.clear();
    m_records.reserve(records.size());
    for (auto it = records.rbegin(); it != records.rend(); ++it)
        m_records << *it;
    endResetModel();
}

const AuditRecord *AuditModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int AuditModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).id == id)
            return i;
    return -1;
}

QString AuditModel::entityKindName(const QString &kind)
{
    if (kind == QLatin1String("case"))
        return tr("case");
    if (kind == QLatin1String("account"))
        return tr("account");
    if (kind == QLatin1String("calendar"))
        return tr("calendar");
    if (kind == QLatin1String("setting"))
        return tr("setting");
    if (kind == QLatin1String("destruction-act"))
        return tr("destruction act");
    if (kind == QLatin1String("database"))
        return tr("database");
    return kind;
}

QString AuditModel::actionName(const QString &action)
{
    static const QList<std::pair<const char *, const char *>> names{
        {"account.add", QT_TR_NOOP("account added")},
        {"account.lock", QT_TR_NOOP("account locked")},
        {"account.unlock", QT_TR_NOOP("account unlocked")},
        {"account.role", QT_TR_NOOP("role changed")},
        {"account.password", QT_TR_NOOP("password changed")},
        {"account.lockout", QT_TR_NOOP("locked out after wrong passwords")},
        {"case.draft", QT_TR_NOOP("draft saved")},
        {"case.update", QT_TR_NOOP("case changed")},
        {"case.accept", QT_TR_NOOP("case accepted")},
        {"case.refuse-at-intake", QT_TR_NOOP("refused at intake")},
        {"case.import", QT_TR_NOOP("case imported")},
        {"case.event", QT_TR_NOOP("case stage recorded")},
        {"case.destroy", QT_TR_NOOP("personal data destroyed")},
        {"calendar.year", QT_TR_NOOP("calendar year changed")},
        {"calendar.replace", QT_TR_NOOP("calendar replaced")},
        {"calendar.import", QT_TR_NOOP("calendar imported")},
        {"calendar.confirm", QT_TR_NOOP("calendar year confirmed")},
        {"setting.change", QT_TR_NOOP("setting changed")},
        {"retention.act", QT_TR_NOOP("destruction act drawn up")},
        {"retention.destroy", QT_TR_NOOP("destruction act confirmed")},
        {"ledger.export", QT_TR_NOOP("register exported")},
        {"database.backup", QT_TR_NOOP("backup made")},
        {"database.restore", QT_TR_NOOP("database restored")},
    };
    for (const auto &[key, name] : names)
        if (action == QLatin1String(key))
            return tr(name);
    return action;
}

void AuditModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    const AuditRecord *r = record(index.row());
    if (!r)
        return QVariant();
    if (role == Qt::UserRole)
        return r->id;
    if (role == Qt::ToolTipRole && index.column() == ActionColumn)
        return r->action;
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case SeqColumn:
        return r->seq;
    case TimeColumn: {
        const QDateTime at = QDateTime::fromString(r->at, Qt::ISODate);
        return at.isValid() ? at.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")) : r->at;
    }
    case UserColumn:
        return r->actorLogin;
    case RoleColumn: {
        Role role = Role::Operator;
        if (roleFromKey(r->actorRole, &role))
            return roleName(role, accounts::uiLang());
        return r->actorRole == QLatin1String("setup") ? tr("first start") : r->actorRole;
    }
    case WorkstationColumn:
        return r->workstation;
    case ActionColumn:
        return actionName(r->action);
    case EntityColumn:
        return r->entityId.isEmpty() ? entityKindName(r->entityKind)
                                     : entityKindName(r->entityKind) + QStringLiteral(" ") + r->entityId;
    default:
        return QVariant();
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case RoleColumn:
        return tr("Role");
    case WorkstationColumn:
        return tr("Workstation");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    default:
        return QVariant();
    }
}

} // namespace exitdesk::ui
