// Runs a LedgerXlsxWriter on a thread of its own, fed through a small bounded queue, so that
// reading the register (which must stay on the thread that owns the database connection) and
// writing the workbook use two cores. The caller's thread also turns each line into its cells
// and counts it into the totals (LedgerXlsxWriter::line, count), leaving the writing thread
// nothing but libxlsxwriter. The queue holds a few hundred lines at most: memory stays flat
// whatever the size of the register.
#pragma once

#include "ledger/LedgerXlsxWriter.h"

#include <QList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace exitdesk {

class LedgerWriterThread
{
public:
    explicit LedgerWriterThread(LedgerXlsxWriter &writer);
    ~LedgerWriterThread(); // stops the thread; lines still queued are dropped

    // Queues a line; false when the writer has failed (see failed()).
    bool push(const LedgerRow &row);
    // Writes what is queued and stops the thread; false when a write failed.
    bool finish();
    // Stops the thread as soon as possible, dropping what is queued.
    void abandon();
    bool failed();

private:
    void run();
    void flushBatch();

    static constexpr int BatchSize = 256;
    static constexpr int MaxBatches = 8;

    LedgerXlsxWriter &m_writer;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<LedgerXlsxWriter::Line>> m_batches;
    QList<LedgerXlsxWriter::Line> m_current; // being filled by push(), not yet queued
    qint64 m_pushed = 0;
    bool m_closing = false;
    bool m_abandoned = false;
    bool m_failed = false;
    std::thread m_thread;
};

} // namespace exitdesk
