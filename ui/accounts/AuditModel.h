// Audit records as a table for the audit view, newest first: position in the chain, time,
// who (login and role), workstation, action and the entity it concerns.
#pragma once

#include "accounts/AuditRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace exitdesk::ui {

class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeqColumn,
        TimeColumn,
        UserColumn,
        RoleColumn,
        WorkstationColumn,
        ActionColumn,
        EntityColumn,
        ColumnCount
    };

    explicit AuditModel(QObject *parent = nullptr);

    // records in chain order (as AuditLog::list returns them); shown newest first.
    void setRecords(const QList<AuditRecord> &records);
    const AuditRecord *record(int row) const;
    // The row of the record with this id, or -1.
    int rowOfId(qint64 id) const;
    // An entity kind ("case", "account"...) in the language of the screens.
    static QString entityKindName(const QString &kind);
    // An action ("account.add") in words; the key itself for an action not known here.
    static QString actionName(const QString &action);
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditRecord> m_records; // newest first
};

} // namespace exitdesk::ui
