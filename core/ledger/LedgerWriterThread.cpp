#include "ledger/LedgerWriterThread.h"

namespace exitdesk {

LedgerWriterThread::LedgerWriterThread(LedgerXlsxWriter &writer) : m_writer(writer)
{
    m_current.reserve(BatchSize);
    m_thread = std::thread([this] { run(); });
}

LedgerWriterThread::~LedgerWriterThread()
{
    abandon();
}

void LedgerWriterThread::run()
{
    while (true) {
        QList<LedgerXlsxWriter::Line> batch;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_abandoned || !m_batches.empty() || m_closing; });
            if (m_abandoned || (m_batches.empty() && m_closing))
                return;
            batch = std::move(m_batches.front());
            m_batches.pop_front();
        }
        m_changed.notify_all(); // room for the producer
        for (const LedgerXlsxWriter::Line &line : batch) {
            if (!m_writer.writeLine(line)) {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_failed = true;
                m_abandoned = true;
                m_changed.notify_all();
                return;
            }
        }
    }
}

void LedgerWriterThread::flushBatch()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_abandoned || int(m_batches.size()) < MaxBatches; });
    if (!m_abandoned)
        m_batches.push_back(std::move(m_current));
    m_current = QList<LedgerXlsxWriter::Line>();
    m_current.reserve(BatchSize);
    lock.unlock();
    m_changed.notify_all();
}

bool LedgerWriterThread::push(const LedgerRow &row)
{
    m_writer.count(row);
    m_current.append(LedgerXlsxWriter::line(row, ++m_pushed, m_writer.language()));
    if (m_current.size() >= BatchSize)
        flushBatch();
    return !failed();
}

bool LedgerWriterThread::finish()
{
    if (!m_current.isEmpty())
        flushBatch();
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    return !failed();
}

void LedgerWriterThread::abandon()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_abandoned = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool LedgerWriterThread::failed()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_failed;
}

} // namespace exitdesk
