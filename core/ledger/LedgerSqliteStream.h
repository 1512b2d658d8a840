// Reads the register from SQLite with one forward-only statement: the cases in id order with
// their stage cache (one row a case), and for the cases to replay, one row per event (their case
// columns repeated: few cases, those the cache has no row for yet or with events after the
// register's day).
//
// The statement runs through sqlite3_* on the Qt driver's own connection handle: the Qt
// driver turns every column of every one of millions of event rows into a QVariant, which
// was a fifth of the export's time; here only the values used become Qt types.
//
// With read-ahead on, a thread of its own steps the statement and builds the records while
// the caller derives the lines (a third of the work each, with the workbook writer): only
// when nothing else uses the connection until the stream is done or destroyed, since Qt opens
// SQLite connections for use by one thread at a time.
#pragma once

#include "ledger/LedgerCaseRecord.h"
#include "ledger/LedgerFilter.h"

#include <QList>
#include <QSqlDatabase>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

struct sqlite3;
struct sqlite3_stmt;

namespace exitdesk {

class LedgerSqliteStream : public LedgerCaseStream
{
public:
    // asOf: the register's day (see LedgerSql::replayCondition).
    LedgerSqliteStream(QSqlDatabase connection, LedgerFilter filter, const QDate &asOf, bool readAhead = false);
    ~LedgerSqliteStream() override; // stops reading, finalizes the statements (the connection stays open)
    LedgerSqliteStream(const LedgerSqliteStream &) = delete;
    LedgerSqliteStream &operator=(const LedgerSqliteStream &) = delete;

    bool start(QString *error) override;
    bool next(LedgerCaseRecord *record, QString *error) override;

private:
    struct Batch
    {
        QList<LedgerCaseRecord> records;
        bool last = false; // nothing follows; error set when reading failed
        QString error;
    };
    static constexpr int BatchSize = 64;
    static constexpr int MaxBatches = 8;

    // The reading itself (on the caller's thread, or on the read-ahead thread).
    bool read(LedgerCaseRecord *record, QString *error);
    void readAhead();
    void stopReadAhead();
    bool prepare(sqlite3_stmt **statement, const QString &sql, const QVariantList &binds, QString *error);
    // Steps a statement: true on a row; false at the end or on an error (then *error set).
    bool step(sqlite3_stmt *statement, QString *error);
    void readCase(LedgerCaseRecord *record);
    bool readEvent(CaseEvent *event);
    void finalize();

    QSqlDatabase m_connection;
    LedgerFilter m_filter;
    QDate m_asOf;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_cases = nullptr;
    bool m_pending = false; // m_cases is on the first row of the next case
    bool m_done = false;
    QByteArray m_lastExecutor; // the events of a case mostly name one executor: decoded once
    QString m_lastExecutorText;

    bool m_readAhead = false;
    std::thread m_reader;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches; // read, not yet taken
    bool m_stop = false;
    Batch m_current; // taken by next()
    int m_currentIndex = 0;
};

} // namespace exitdesk
