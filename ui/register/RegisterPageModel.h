// The register's lines one page at a time, for the register view: only the current page is in
// memory, so a register of 100 000 cases stays light. A page is read with LedgerQuery (the same
// lines and cells as the Excel export) and the statement is closed right after, so no read
// stays open on the shared connection between clicks.
#pragma once

#include "ledger/LedgerColumns.h"
#include "ledger/LedgerFilter.h"
#include "ledger/LedgerRow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace exitdesk {
class Database;
class Workflow;
} // namespace exitdesk

namespace exitdesk::ui {

class RegisterPageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    RegisterPageModel(Database *db, const Workflow *workflow, QObject *parent = nullptr);

    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    void setLanguage(LedgerLanguage language);
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }

    // Counts the cases passing the filter's SQL part and shows the first page.
    bool setFilter(const LedgerFilter &filter, QString *error);
    const LedgerFilter &filter() const { return m_filter; }
    // Shows page `page` (0-based); past the end, the last page.
    bool showPage(int page, QString *error);

    int page() const { return m_page; }
    int pageCount() const;
    // The number of lines: exact unless a stage filter is set and the end was not reached yet,
    // then an upper bound (the stage is known only once a case is read).
    qint64 totalRows() const { return m_knownTotal >= 0 ? m_knownTotal : m_sqlCount; }
    bool totalExact() const { return m_knownTotal >= 0; }

    const LedgerRow &line(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void pageChanged();

private:
    Database *m_db;
    const Workflow *m_workflow;
    LedgerFilter m_filter;
    QDate m_asOf;
    LedgerLanguage m_language = LedgerLanguage::Kazakh;
    int m_pageSize = 200;
    int m_page = 0;
    qint64 m_sqlCount = 0;
    qint64 m_knownTotal = -1;
    QList<LedgerRow> m_rows;
};

} // namespace exitdesk::ui
