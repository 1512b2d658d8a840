#include "accounts/ConnectionTester.h"

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace exitdesk::ui {

ConnectionTester::ConnectionTester(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ConnectionTestResult>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

// The worker keeps running if the dialog closes first: it owns copies of everything it uses
// and ends with the connect timeout at the latest.
ConnectionTester::~ConnectionTester() = default;

bool ConnectionTester::isRunning() const
{
    return m_watcher.isRunning();
}

void ConnectionTester::start(const QString &location)
{
    if (isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run([location] { return ConnectionTester::test(location); }));
}

ConnectionTestResult::Problem ConnectionTester::classify(const QString &error)
{
    using Problem = ConnectionTestResult::Problem;
    const QString e = error.toLower();
    if (e.contains(QLatin1String("password authentication failed")) ||
        e.contains(QLatin1String("no pg_hba.conf entry")) ||
        e.contains(QLatin1String("no password supplied")) ||
        e.contains(QLatin1String("authentication failed")) ||
        (e.contains(QLatin1String("role")) && e.contains(QLatin1String("does not exist"))))
        return Problem::Authentication;
    if (e.contains(QLatin1String("database")) && e.contains(QLatin1String("does not exist")))
        return Problem::NoDatabase;
    if (e.contains(QLatin1String("could not connect")) || e.contains(QLatin1String("connection refused")) ||
        e.contains(QLatin1String("timeout expired")) ||
        e.contains(QLatin1String("could not translate host")) ||
        e.contains(QLatin1String("no route to host")) ||
        e.contains(QLatin1String("network is unreachable")) ||
        e.contains(QLatin1String("connection to server")) ||
        e.contains(QLatin1String("name or service not known")))
        return Problem::Unreachable;
    return Problem::Other;
}

ConnectionTestResult ConnectionTester::test(const QString &location)
{
    ConnectionTestResult r;
    DatabaseLocation loc;
    if (!DatabaseLocation::parse(location, &loc, &r.error)) {
        r.problem = ConnectionTestResult::Problem::Other;
        return r;
    }
    r.display = loc.display();
    if (loc.dialect == Dialect::SQLite && loc.path != QLatin1String(":memory:")) {
        const QFileInfo file(loc.path);
        if (!file.exists()) {
            // Do not create a file just to test: say whether it can be created.
            const QFileInfo dir(file.absolutePath());
            if (!dir.isDir() || !dir.isWritable()) {
                r.problem = ConnectionTestResult::Problem::NoFolder;
                r.error = QDir::toNativeSeparators(file.absolutePath());
                return r;
            }
            r.ok = true;
            r.willCreate = true;
            return r;
        }
    }
    const std::unique_ptr<Database> db = Database::open(location, &r.error);
    if (!db) {
        r.problem = classify(r.error);
        return r;
    }
    r.ok = true;
    r.schemaVersion = db->schemaVersion();
    r.error.clear();
    return r;
}

} // namespace exitdesk::ui
