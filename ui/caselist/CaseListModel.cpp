#include "caselist/CaseListModel.h"

#include "FormTexts.h"
#include "Language.h"

#include <QBrush>
#include <QColor>

namespace exitdesk::ui {

CaseListModel::CaseListModel(CaseListSource *source, QObject *parent) : QAbstractTableModel(parent), m_source(source)
{
}

void CaseListModel::setQuery(const CaseListQuery &query)
{
    m_query = query;
    reload();
}

void CaseListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_sourceOffset = 0;
    m_exhausted = false;
    m_pagesFetched = 0;
    endResetModel();
    // The first page at once: the view only asks for more when it is scrolled.
    if (canFetchMore())
        fetchMore();
}

void CaseListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && !m_exhausted;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // A page with derived filters may come back empty though more follows (every scanned row
    // was filtered out); the view would then never ask again, so look on until a row or the end.
    CaseListPage page;
    do {
        page = m_source->fetch(m_query, m_sourceOffset, m_pageSize);
        ++m_pagesFetched;
        m_sourceOffset = page.nextOffset;
        m_exhausted = page.atEnd;
    } while (page.rows.isEmpty() && !m_exhausted);
    if (page.rows.isEmpty())
        return;
    beginInsertRows(QModelIndex(), m_rows.size(), m_rows.size() + page.rows.size() - 1);
    m_rows += page.rows;
    endInsertRows();
}

namespace {

// "DE, Berlin" → "Германия, Berlin": the operator reads country names, not ISO codes.
QString destinationName(const QString &destination)
{
    const int comma = destination.indexOf(QLatin1Char(','));
    const QString code = (comma < 0 ? destination : destination.left(comma)).trimmed();
    if (code.isEmpty())
        return destination;
    const forms::BiText name = forms::FormTexts::country(code);
    const QString shown = Language::current() == QLatin1String("ru") ? name.ru : name.kk;
    return (shown.isEmpty() ? code : shown) + (comma < 0 ? QString() : destination.mid(comma));
}

} // namespace

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseListRow &r = m_rows.at(index.row());
    if (role == CaseIdRole)
        return r.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            if (!r.number.isEmpty())
                return r.number;
            return r.status == CaseStatus::Draft ? tr("draft") : tr("refused at intake");
        case NameColumn:
            return r.fullName;
        case IinColumn:
            return r.iin;
        case DestinationColumn:
            return destinationName(r.destination);
        case StageColumn:
            return r.stage;
        case DueColumn:
            return r.dueDate.isValid() ? r.dueDate.toString(QStringLiteral("dd.MM.yyyy")) : QString();
        case DaysLeftColumn:
            return r.workingDaysLeft ? QVariant(*r.workingDaysLeft) : QVariant();
        default:
            return {};
        }
    }
    // Long stage names and Kazakh country names are cut in their columns: the whole text on hover.
    if (role == Qt::ToolTipRole && (index.column() == StageColumn || index.column() == DestinationColumn
                                    || index.column() == NameColumn))
        return data(index, Qt::DisplayRole);
    if (role == Qt::ForegroundRole && r.workingDaysLeft) {
        if (*r.workingDaysLeft < 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    if (role == Qt::BackgroundRole && r.workingDaysLeft && *r.workingDaysLeft >= 0 && *r.workingDaysLeft <= 1)
        return QBrush(QColor(0xff, 0xf0, 0xc0)); // at risk: due within one working day
    if (role == Qt::TextAlignmentRole && index.column() == DaysLeftColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case NameColumn:
        return tr("Full name");
    case IinColumn:
        return tr("IIN");
    case DestinationColumn:
        return tr("Destination");
    case StageColumn:
        return tr("Stage");
    case DueColumn:
        return tr("Due date");
    case DaysLeftColumn:
        return tr("Working days left");
    default:
        return {};
    }
}

} // namespace exitdesk::ui
