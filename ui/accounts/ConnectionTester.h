// The "Test connection" of the database-settings dialog: opens the database with
// Database::open on a worker thread (QtConcurrent), so the window keeps responding while a
// PostgreSQL server that does not answer runs into its connect timeout, and classifies the
// failure (server unreachable, wrong password, no such database) for a clear message.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace exitdesk::ui {

struct ConnectionTestResult
{
    enum class Problem
    {
        None,
        Unreachable,    // no server answers at that host and port (or the name is unknown)
        Authentication, // the server refused the user or password
        NoDatabase,     // the server has no database of that name
        NoFolder,       // SQLite: the folder of the file is missing or read-only
        Other,
    };

    bool ok = false;
    bool willCreate = false; // SQLite: no file yet; the program creates it on the next start
    Problem problem = Problem::None;
    QString error;   // the driver's words (English)
    QString display; // the location without the password
    int schemaVersion = 0;
};

class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts the test in the background; ignored while one is running. finished() follows.
    void start(const QString &location);
    bool isRunning() const;

    // The test itself, in the calling thread (Database connections belong to their thread,
    // so the database is opened and closed on the same one).
    static ConnectionTestResult test(const QString &location);
    // Which problem the driver's message describes.
    static ConnectionTestResult::Problem classify(const QString &error);

signals:
    void finished(const exitdesk::ui::ConnectionTestResult &result);

private:
    QFutureWatcher<ConnectionTestResult> m_watcher;
};

} // namespace exitdesk::ui
