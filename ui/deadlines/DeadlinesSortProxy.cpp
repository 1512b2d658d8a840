#include "deadlines/DeadlinesSortProxy.h"

#include "deadlines/DeadlinesModel.h"
#include "workflow/Deadline.h"

namespace exitdesk::ui {

DeadlinesSortProxy::DeadlinesSortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DeadlinesModel::SortRole);
    // A stage is shown when one of its cases passes the filter.
    setRecursiveFilteringEnabled(true);
}

void DeadlinesSortProxy::setUrgentOnly(bool on)
{
    if (m_urgentOnly == on)
        return;
    m_urgentOnly = on;
    invalidateFilter();
}

bool DeadlinesSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!left.parent().isValid()) {
        // Stages in workflow order whichever way the cases are sorted.
        const int a = left.data(DeadlinesModel::StageRole).toInt();
        const int b = right.data(DeadlinesModel::StageRole).toInt();
        return sortOrder() == Qt::AscendingOrder ? a < b : a > b;
    }
    const QVariant a = left.data(DeadlinesModel::SortRole);
    const QVariant b = right.data(DeadlinesModel::SortRole);
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Ties: the most urgent first, then by number, so the order is stable between reloads.
    const QModelIndex l = left.sibling(left.row(), DeadlinesModel::StageDueColumn);
    const QModelIndex r = right.sibling(right.row(), DeadlinesModel::StageDueColumn);
    const qint64 ld = l.data(DeadlinesModel::SortRole).toLongLong();
    const qint64 rd = r.data(DeadlinesModel::SortRole).toLongLong();
    if (ld != rd)
        return ld < rd;
    return left.sibling(left.row(), DeadlinesModel::NumberColumn).data().toString()
        < right.sibling(right.row(), DeadlinesModel::NumberColumn).data().toString();
}

bool DeadlinesSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_urgentOnly)
        return true;
    if (!sourceParent.isValid())
        return false; // a stage is shown through its cases (recursive filtering)
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return i.data(DeadlinesModel::StatusRole).toInt() != int(DeadlineStatus::OnTime);
}

} // namespace exitdesk::ui
