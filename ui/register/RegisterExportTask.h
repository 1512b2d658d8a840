// Exports the register to a file in a worker thread (LedgerExportJob), so the window stays
// responsive: progress and the end are reported by queued signals in the GUI thread, and
// cancel() stops the export between two lines (the exporter then leaves no partial file).
// The worker opens its own Database on the same location, since a connection may only be used
// in the thread that opened it; an in-memory database therefore cannot be exported this way.
#pragma once

#include "accounts/Actor.h"
#include "ledger/LedgerExportJob.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace exitdesk {
class Clock;
}

namespace exitdesk::ui {

class RegisterExportTask : public QObject
{
    Q_OBJECT
public:
    // location: what Database::open takes (the register view passes the open database's).
    RegisterExportTask(QString location, Actor actor, const Clock &clock, QObject *parent = nullptr);
    ~RegisterExportTask() override;

    // False (and nothing started) when an export is already running.
    bool start(const LedgerExportRequest &request);
    void cancel() { m_cancel.store(true); }
    bool isRunning() const { return m_watcher.isRunning(); }
    // Blocks until the worker ended (for shutdown and tests).
    void wait() { m_watcher.waitForFinished(); }

signals:
    void progress(qint64 done, qint64 total);
    void finished(const exitdesk::LedgerExportResult &result);

private:
    QString m_location;
    Actor m_actor;
    const Clock &m_clock;
    std::atomic_bool m_cancel{false};
    QFutureWatcher<LedgerExportResult> m_watcher;
};

} // namespace exitdesk::ui
