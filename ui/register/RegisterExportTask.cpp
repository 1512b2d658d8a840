#include "register/RegisterExportTask.h"

#include "ledger/LedgerWorkflow.h"
#include "storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace exitdesk::ui {

RegisterExportTask::RegisterExportTask(QString location, Actor actor, const Clock &clock, QObject *parent)
    : QObject(parent), m_location(std::move(location)), m_actor(std::move(actor)), m_clock(clock)
{
    connect(&m_watcher, &QFutureWatcher<LedgerExportResult>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

RegisterExportTask::~RegisterExportTask()
{
    // The worker refers to this object's members: stop it and wait before they go.
    m_cancel.store(true);
    m_watcher.waitForFinished();
}

bool RegisterExportTask::start(const LedgerExportRequest &request)
{
    if (m_watcher.isRunning())
        return false;
    m_cancel.store(false);
    m_watcher.setFuture(QtConcurrent::run([this, request]() -> LedgerExportResult {
        LedgerExportResult result;
        if (m_location.isEmpty() || m_location == QLatin1String(":memory:")) {
            result.error = QStringLiteral("an in-memory database cannot be read from a second connection");
            return result;
        }
        std::unique_ptr<Database> db = Database::open(m_location, &result.error);
        if (!db)
            return result;
        const std::unique_ptr<Workflow> workflow = LedgerWorkflow::load(*db, &result.error);
        if (!workflow)
            return result;
        LedgerExportJob job(*db, *workflow, m_actor, m_clock);
        job.setCancelFlag(&m_cancel);
        // Often enough for a smooth bar on small registers, rarely enough not to flood the
        // event loop on a million lines.
        job.setProgress(
            [this](qint64 done, qint64 total) {
                // Queued to the GUI thread; dropped by Qt if this object is gone by then (the
                // destructor waits for the worker, so `this` is alive while the worker runs).
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            },
            50);
        return job.run(request);
    }));
    return true;
}

} // namespace exitdesk::ui
