// The register read from the database, line by line, front to back (forward-only statements
// with bound parameters; nothing but the current case in memory): the cases that pass the
// filter, in case id order, each derived through the Workflow as of a reference day.
//
//     LedgerQuery query(db, workflow, filter, asOf);
//     if (!query.start(&error)) …
//     LedgerRow row;
//     while (query.next(&row)) …
//     if (!query.error().isEmpty()) …
#pragma once

#include "ledger/LedgerCaseRecord.h"
#include "ledger/LedgerFilter.h"
#include "ledger/LedgerRowDeriver.h"
#include "ledger/LedgerRowReader.h"

#include <memory>

namespace exitdesk {

class Database;
class Workflow;

class LedgerQuery : public LedgerRowReader
{
public:
    LedgerQuery(Database &db, const Workflow &workflow, LedgerFilter filter, const QDate &asOf);
    ~LedgerQuery() override;

    // Reading SQLite on a thread of its own while next() derives (LedgerSqliteStream): only
    // when nothing else uses the database connection until the query is done or destroyed.
    // Set before start(). PostgreSQL reads on the caller's thread whatever this says.
    void setReadAhead(bool on) { m_readAhead = on; }

    // Counts the matching cases (for progress) and starts reading.
    bool start(QString *error);
    bool next(LedgerRow *row) override;
    // The number of cases matching the filter's SQL part; the stage part may drop some.
    qint64 expectedRows() const override { return m_expected; }
    QString error() const override { return m_error; }

    // The number of cases matching the filter's SQL part (everything but the stage).
    static bool count(Database &db, const LedgerFilter &filter, qint64 *count, QString *error);

private:
    Database &m_db;
    LedgerFilter m_filter;
    LedgerRowDeriver m_deriver;
    std::unique_ptr<LedgerCaseStream> m_stream;
    LedgerCaseRecord m_record;
    qint64 m_expected = -1;
    bool m_readAhead = false;
    QString m_error;
};

} // namespace exitdesk
