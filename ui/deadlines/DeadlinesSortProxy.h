// Sorting and filtering of the deadlines dashboard: cases are sorted inside their stage by the
// clicked column, while the stages themselves always stay in workflow order; "urgent only"
// keeps the overdue and at-risk rows (and the stages that have any).
#pragma once

#include <QSortFilterProxyModel>

namespace exitdesk::ui {

class DeadlinesSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DeadlinesSortProxy(QObject *parent = nullptr);

    bool urgentOnly() const { return m_urgentOnly; }
    void setUrgentOnly(bool on);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_urgentOnly = false;
};

} // namespace exitdesk::ui
