#include "deadlines/DeadlinesModel.h"

#include "Language.h"
#include "workflow/Workflow.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QStyle>

#include <climits>

namespace exitdesk::ui {

namespace {

// internalId of a group row; a case row's internalId is its group's index + 1.
constexpr quintptr kGroupId = 0;

QString uiDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("—");
}

qint64 dateKey(const QDate &d)
{
    // Rows without a date sort after every dated one.
    return d.isValid() ? d.toJulianDay() : LLONG_MAX;
}

QString years(const QList<int> &list)
{
    QStringList out;
    for (int y : list)
        out << QString::number(y);
    return out.join(QStringLiteral(", "));
}

} // namespace

DeadlinesModel::DeadlinesModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_warningIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

DeadlinesModel::~DeadlinesModel() = default;

void DeadlinesModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_groupOfStage.clear();
    m_total = m_overdue = m_atRisk = 0;
    endResetModel();
}

void DeadlinesModel::append(const QList<DeadlineRow> &rows)
{
    if (rows.isEmpty())
        return;
    // One insertion per stage: a slice of a thousand cases is a handful of signals.
    QMap<int, QList<DeadlineRow>> byStage;
    for (const DeadlineRow &r : rows)
        byStage[int(r.stage)] << r;
    for (auto it = byStage.cbegin(); it != byStage.cend(); ++it) {
        const QList<DeadlineRow> &add = it.value();
        int overdue = 0;
        int atRisk = 0;
        for (const DeadlineRow &r : add) {
            overdue += r.status == DeadlineStatus::Overdue ? 1 : 0;
            atRisk += r.status == DeadlineStatus::DueSoon ? 1 : 0;
        }
        m_total += int(add.size());
        m_overdue += overdue;
        m_atRisk += atRisk;
        const auto found = m_groupOfStage.constFind(it.key());
        if (found == m_groupOfStage.cend()) {
            const int g = int(m_groups.size());
            beginInsertRows(QModelIndex(), g, g);
            m_groups << Group{Stage(it.key()), add, overdue, atRisk};
            m_groupOfStage.insert(it.key(), g);
            endInsertRows();
            continue;
        }
        const int g = *found;
        Group &group = m_groups[g];
        const int first = int(group.rows.size());
        beginInsertRows(createIndex(g, 0, kGroupId), first, first + int(add.size()) - 1);
        group.rows << add;
        group.overdue += overdue;
        group.atRisk += atRisk;
        endInsertRows();
        emit dataChanged(createIndex(g, 0, kGroupId), createIndex(g, ColumnCount - 1, kGroupId));
    }
}

const DeadlineRow *DeadlinesModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupId)
        return nullptr;
    const int g = int(index.internalId() - 1);
    if (g < 0 || g >= m_groups.size() || index.row() >= m_groups.at(g).rows.size())
        return nullptr;
    return &m_groups.at(g).rows.at(index.row());
}

QModelIndex DeadlinesModel::groupIndex(Stage stage) const
{
    const auto it = m_groupOfStage.constFind(int(stage));
    return it == m_groupOfStage.cend() ? QModelIndex() : createIndex(*it, 0, kGroupId);
}

QModelIndex DeadlinesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size())
        return QModelIndex();
    if (row >= m_groups.at(parent.row()).rows.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex DeadlinesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int DeadlinesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int DeadlinesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags DeadlinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant DeadlinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn:
            return tr("Number");
        case ApplicantColumn:
            return tr("Applicant");
        case StageColumn:
            return tr("Stage");
        case StageDueColumn:
            return tr("Stage due");
        case DaysLeftColumn:
            return tr("Working days left");
        case ServiceDueColumn:
            return tr("Service due");
        case PrintedDueColumn:
            return tr("On the receipt");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DaysLeftColumn:
            return tr("Working days to the stage's due date; negative: working days late");
        case ServiceDueColumn:
            return tr("The 20th working day after the day of submission, with the current calendar");
        case PrintedDueColumn:
            return tr("The service due date printed on the receipt, shown when the calendar changed after the "
                      "receipt was printed");
        default:
            break;
        }
    }
    return QVariant();
}

QVariant DeadlinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return QVariant();
    if (index.internalId() == kGroupId) {
        if (index.row() >= m_groups.size())
            return QVariant();
        return groupData(m_groups.at(index.row()), index.column(), role);
    }
    const DeadlineRow *r = rowAt(index);
    return r ? rowData(*r, index.column(), role) : QVariant();
}

QVariant DeadlinesModel::groupData(const Group &g, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column != 0)
            return QVariant();
        return tr("%1 — cases: %2, overdue: %3, at risk: %4")
            .arg(stageTitle(g.stage, Language::current()))
            .arg(g.rows.size())
            .arg(g.overdue)
            .arg(g.atRisk);
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::BackgroundRole:
        return QBrush(QColor(0xe9, 0xec, 0xef));
    case Qt::ForegroundRole:
        return g.overdue > 0 ? QBrush(QColor(0x84, 0x20, 0x29)) : QVariant();
    case SortRole:
    case StageRole:
        return int(g.stage);
    case CaseIdRole:
        return qint64(0);
    case StatusRole:
        return -1;
    case IsGroupRole:
        return true;
    default:
        return QVariant();
    }
}

QVariant DeadlinesModel::rowData(const DeadlineRow &r, int column, int role) const
{
    const QString lang = Language::current();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return r.number;
        case ApplicantColumn:
            return r.applicant;
        case StageColumn:
            return r.complaint > 0 ? tr("%1 (complaint %2)").arg(stageTitle(r.stage, lang)).arg(r.complaint)
                                   : stageTitle(r.stage, lang);
        case StageDueColumn:
            return uiDate(r.stageDue);
        case DaysLeftColumn:
            return r.stageDue.isValid() ? QVariant(r.workingDaysLeft) : QVariant(QStringLiteral("—"));
        case ServiceDueColumn:
            return uiDate(r.serviceDue);
        case PrintedDueColumn:
            if (!r.calendarChangedAfterReceipt)
                return QString();
            return r.printedServiceDue.isValid() ? uiDate(r.printedServiceDue) : tr("not recorded");
        default:
            return QVariant();
        }
    case Qt::DecorationRole:
        if ((column == StageDueColumn && !r.stageIncompleteYears.isEmpty())
            || (column == ServiceDueColumn && (!r.serviceIncompleteYears.isEmpty() || r.printedDiffers()))
            || (column == NumberColumn && r.replayFailed))
            return m_warningIcon;
        return QVariant();
    case Qt::ToolTipRole:
        return rowToolTip(r, column);
    case Qt::TextAlignmentRole:
        if (column == DaysLeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::BackgroundRole:
        if (r.status == DeadlineStatus::Overdue)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (r.status == DeadlineStatus::DueSoon)
            return QBrush(QColor(0xff, 0xe6, 0x9c));
        return QVariant();
    case Qt::ForegroundRole:
        if (r.status == DeadlineStatus::Overdue)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (r.status == DeadlineStatus::DueSoon)
            return QBrush(QColor(0x66, 0x4d, 0x03));
        return QVariant();
    case Qt::FontRole:
        if (r.status == DeadlineStatus::Overdue && (column == DaysLeftColumn || column == StageDueColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    case SortRole:
        switch (column) {
        case NumberColumn:
            return r.number;
        case ApplicantColumn:
            return r.applicant.toLower();
        case StageColumn:
            return int(r.stage) * 1000 + r.complaint;
        case StageDueColumn:
            return dateKey(r.stageDue);
        case DaysLeftColumn:
            return r.stageDue.isValid() ? qint64(r.workingDaysLeft) : LLONG_MAX;
        case ServiceDueColumn:
            return dateKey(r.serviceDue);
        case PrintedDueColumn:
            return r.calendarChangedAfterReceipt ? dateKey(r.printedServiceDue) : LLONG_MAX;
        default:
            return QVariant();
        }
    case CaseIdRole:
        return r.caseId;
    case StatusRole:
        return int(r.status);
    case IsGroupRole:
        return false;
    case StageRole:
        return int(r.stage);
    case WarningRole:
        return r.hasWarning();
    default:
        return QVariant();
    }
}

QString DeadlinesModel::rowToolTip(const DeadlineRow &r, int column) const
{
    const QString lang = Language::current();
    QStringList lines;
    switch (r.status) {
    case DeadlineStatus::Overdue:
        lines << tr("Overdue: %1 working days late.").arg(-r.workingDaysLeft);
        break;
    case DeadlineStatus::DueSoon:
        lines << (r.workingDaysLeft == 0 ? tr("At risk: due today.")
                                         : tr("At risk: due within one working day."));
        break;
    case DeadlineStatus::OnTime:
        if (r.stageDue.isValid())
            lines << tr("On time: %1 working days left.").arg(r.workingDaysLeft);
        break;
    }
    if (column == StageDueColumn && r.countedFrom.isValid() && m_workflow)
        lines << m_workflow->calendar().explainDue(r.countedFrom, r.norm).lines(lang);
    if (column == StageDueColumn && r.cappedByServiceTerm)
        lines << tr("The service term ends earlier, so the stage is due on %1.").arg(uiDate(r.stageDue));
    if (column == StageDueColumn && !r.stageIncompleteYears.isEmpty())
        lines << tr("Warning: the calendar of %1 is incomplete; this date may still move.")
                     .arg(years(r.stageIncompleteYears));
    if (column == ServiceDueColumn || column == PrintedDueColumn) {
        lines << tr("Service due date with the current calendar: %1.").arg(uiDate(r.serviceDue));
        if (r.calendarChangedAfterReceipt) {
            lines << (r.printedServiceDue.isValid()
                          ? tr("The calendar changed after the receipt was printed; the receipt says %1.")
                                .arg(uiDate(r.printedServiceDue))
                          : tr("The calendar changed after the receipt was printed; the date printed on it was "
                               "not recorded."));
        }
        if (!r.serviceIncompleteYears.isEmpty())
            lines << tr("Warning: the calendar of %1 is incomplete; this date may still move.")
                         .arg(years(r.serviceIncompleteYears));
    }
    if (r.replayFailed)
        lines << tr("Warning: a recorded event no longer fits the workflow; check the case's timeline.");
    return lines.join(QLatin1Char('\n'));
}

void DeadlinesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parent = createIndex(g, 0, kGroupId);
        emit dataChanged(parent, createIndex(g, ColumnCount - 1, kGroupId));
        if (!m_groups.at(g).rows.isEmpty())
            emit dataChanged(index(0, 0, parent), index(int(m_groups.at(g).rows.size()) - 1, ColumnCount - 1, parent));
    }
}

} // namespace exitdesk::ui
