// The main window's list of cases: a lazy table model that asks its source for one page of
// rows at a time as the view scrolls (canFetchMore / fetchMore), so that it stays instant
// with a million cases.
#pragma once

#include "caselist/CaseListSource.h"

#include <QAbstractTableModel>
#include <QList>

namespace exitdesk::ui {

class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, NameColumn, IinColumn, DestinationColumn, StageColumn, DueColumn, DaysLeftColumn,
                  ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1 };

    explicit CaseListModel(CaseListSource *source, QObject *parent = nullptr);

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = rows; }

    // Starts over with a new query: drops the rows and fetches the first page.
    void setQuery(const CaseListQuery &query);
    const CaseListQuery &query() const { return m_query; }
    // Starts over with the same query (after a case was stored).
    void reload();
    // The header texts follow the language.
    void retranslate();

    const CaseListRow &row(int r) const { return m_rows.at(r); }
    // How many pages were fetched since the last reset (for tests and diagnostics).
    int pagesFetched() const { return m_pagesFetched; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

private:
    CaseListSource *m_source;
    CaseListQuery m_query;
    QList<CaseListRow> m_rows;
    int m_sourceOffset = 0; // where the next page starts in the source
    bool m_exhausted = false;
    int m_pageSize = 100;
    int m_pagesFetched = 0;
};

} // namespace exitdesk::ui
