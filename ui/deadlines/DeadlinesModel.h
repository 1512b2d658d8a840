// The deadlines dashboard's rows grouped by the current stage: a two-level tree whose top rows
// are the stages (in workflow order, with their counts) and whose children are the cases.
// Overdue rows are red, rows due within one working day amber; a deadline in a year whose
// calendar is incomplete carries a warning icon and says so in its tooltip.
#pragma once

#include "deadlines/DeadlineRow.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <memory>

namespace exitdesk {
class Workflow;
} // namespace exitdesk

namespace exitdesk::ui {

class DeadlinesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, ApplicantColumn, StageColumn, StageDueColumn, DaysLeftColumn, ServiceDueColumn,
                  PrintedDueColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the value sorting compares (dates as Julian days, …)
        CaseIdRole,                  // qint64; 0 on a group row
        StatusRole,                  // DeadlineStatus::Kind as int; on a group row -1
        IsGroupRole,
        StageRole,                   // Stage as int
        WarningRole,                 // bool: the row carries a warning
    };

    explicit DeadlinesModel(QObject *parent = nullptr);
    ~DeadlinesModel() override;

    // The workflow (and so the calendar) the tooltips explain the counts with.
    void setWorkflow(std::shared_ptr<const Workflow> workflow) { m_workflow = std::move(workflow); }
    void clear();
    void append(const QList<DeadlineRow> &rows);

    int rowTotal() const { return m_total; }
    int overdueCount() const { return m_overdue; }
    int atRiskCount() const { return m_atRisk; }
    // The row behind a case index, or null (a group row, an invalid index).
    const DeadlineRow *rowAt(const QModelIndex &index) const;
    // The group row of a stage (invalid when no case is at that stage).
    QModelIndex groupIndex(Stage stage) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Re-emits the texts after a language switch.
    void retranslate();

private:
    struct Group
    {
        Stage stage;
        QList<DeadlineRow> rows;
        int overdue = 0;
        int atRisk = 0;
    };

    QVariant groupData(const Group &g, int column, int role) const;
    QVariant rowData(const DeadlineRow &r, int column, int role) const;
    QString rowToolTip(const DeadlineRow &r, int column) const;

    QList<Group> m_groups;
    QHash<int, int> m_groupOfStage; // Stage → index in m_groups
    int m_total = 0;
    int m_overdue = 0;
    int m_atRisk = 0;
    std::shared_ptr<const Workflow> m_workflow;
    QIcon m_warningIcon;
};

} // namespace exitdesk::ui
