// Reads the register from PostgreSQL with one forward-only statement (libpq's single-row mode,
// so rows are not all held in memory): the cases joined with their stage cache and, for those to
// replay, their events, in case id order;
// consecutive rows of one case are gathered into one record. (Single-row mode allows only one
// active statement per connection, hence the join.)
#pragma once

#include "ledger/LedgerCaseRecord.h"
#include "ledger/LedgerFilter.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace exitdesk {

class LedgerPostgresStream : public LedgerCaseStream
{
public:
    // asOf: the register's day (see LedgerSql::replayCondition).
    LedgerPostgresStream(QSqlDatabase connection, LedgerFilter filter, const QDate &asOf);
    bool start(QString *error) override;
    bool next(LedgerCaseRecord *record, QString *error) override;

private:
    QSqlDatabase m_connection;
    LedgerFilter m_filter;
    QDate m_asOf;
    QSqlQuery m_query;
    bool m_pending = false; // m_query is on the first row of the next case
    bool m_done = false;
};

} // namespace exitdesk
