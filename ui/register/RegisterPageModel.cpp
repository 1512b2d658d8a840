#include "register/RegisterPageModel.h"

#include "ledger/LedgerQuery.h"

namespace exitdesk::ui {

RegisterPageModel::RegisterPageModel(Database *db, const Workflow *workflow, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_workflow(workflow)
{
}

void RegisterPageModel::setLanguage(LedgerLanguage language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, LedgerColumns::count() - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, LedgerColumns::count() - 1));
}

bool RegisterPageModel::setFilter(const LedgerFilter &filter, QString *error)
{
    m_filter = filter;
    m_knownTotal = -1;
    m_sqlCount = 0;
    if (!m_db || !m_workflow) {
        *error = QStringLiteral("no database");
        return false;
    }
    if (!LedgerQuery::count(*m_db, m_filter, &m_sqlCount, error))
        return false;
    if (m_filter.stage.isEmpty())
        m_knownTotal = m_sqlCount;
    return showPage(0, error);
}

int RegisterPageModel::pageCount() const
{
    const qint64 total = totalRows();
    return int(qMax<qint64>(1, (total + m_pageSize - 1) / m_pageSize));
}

bool RegisterPageModel::showPage(int page, QString *error)
{
    page = qBound(0, page, pageCount() - 1);
    const qint64 first = qint64(page) * m_pageSize;
    QList<LedgerRow> rows;
    LedgerQuery query(*m_db, *m_workflow, m_filter, m_asOf);
    if (!query.start(error))
        return false;
    // Forward-only: the lines before the page are read and dropped (only their count matters).
    qint64 read = 0;
    LedgerRow row;
    bool atEnd = false;
    while (rows.size() < m_pageSize) {
        if (!query.next(&row)) {
            atEnd = true;
            break;
        }
        if (read++ >= first)
            rows << row;
    }
    if (!query.error().isEmpty()) {
        *error = query.error();
        return false;
    }
    if (atEnd && m_knownTotal < 0) {
        m_knownTotal = read;
        // The stage filter dropped lines: the page asked for may be past the real end.
        if (rows.isEmpty() && page > 0) {
            return showPage(pageCount() - 1, error);
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_page = page;
    endResetModel();
    emit pageChanged();
    return true;
}

int RegisterPageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisterPageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LedgerColumns::count();
}

QVariant RegisterPageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LedgerColumnInfo &info = LedgerColumns::all().at(index.column());
    if (role == Qt::DisplayRole) {
        const qint64 sequence = qint64(m_page) * m_pageSize + index.row() + 1;
        return LedgerColumns::cell(m_rows.at(index.row()), info.column, sequence, m_language).display();
    }
    if (role == Qt::TextAlignmentRole && info.kind != LedgerColumnInfo::Text)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && info.kind == LedgerColumnInfo::Text) {
        const QString text =
            LedgerColumns::cell(m_rows.at(index.row()), info.column, 0, m_language).display();
        return text.size() > 40 ? QVariant(text) : QVariant();
    }
    return {};
}

QVariant RegisterPageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return qint64(m_page) * m_pageSize + section + 1;
    if (section < 0 || section >= LedgerColumns::count())
        return {};
    return LedgerColumns::all().at(section).header(m_language);
}

} // namespace exitdesk::ui
