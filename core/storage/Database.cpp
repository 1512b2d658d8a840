#include "storage/Database.h"

#include "storage/DatabaseLocation.h"
#include "storage/SchemaMigrator.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace exitdesk {

namespace {

// How long a SQLite writer waits for another one (another process too) before giving up.
constexpr int kSqliteBusyTimeoutMs = 60000;

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("exitdesk-db-%1").arg(++counter);
}

bool execPragma(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool configureSqlite(QSqlDatabase &db, bool inMemory, QString *error)
{
    // The first statement is also what tells a non-database file apart.
    if (!execPragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), error))
        return false;
    if (!inMemory) {
        // WAL lets readers go on while one writer writes; FULL survives a power cut.
        if (!execPragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), error))
            return false;
    }
    return execPragma(db, QStringLiteral("PRAGMA synchronous = FULL"), error) &&
           execPragma(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kSqliteBusyTimeoutMs), error);
}

} // namespace

Database::Database(QString connectionName, Dialect dialect, QString displayLocation)
    : m_connectionName(std::move(connectionName)), m_dialect(dialect),
      m_displayLocation(std::move(displayLocation))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &location, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    DatabaseLocation loc;
    if (!DatabaseLocation::parse(location, &loc, error))
        return nullptr;

    const QString driver =
        loc.dialect == Dialect::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error =
            loc.dialect == Dialect::SQLite
                ? QStringLiteral(
                      "the Qt SQLite driver (QSQLITE) is not installed (Debian package libqt6sql6-sqlite)")
                : QStringLiteral(
                      "the Qt PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql)");
        return nullptr;
    }

    const bool inMemory = loc.dialect == Dialect::SQLite && loc.path == QLatin1String(":memory:");
    if (loc.dialect == Dialect::SQLite && !inMemory) {
        const QFileInfo file(loc.path);
        if (!file.absoluteDir().exists()) {
            *error = QStringLiteral("cannot open the SQLite database %1: the directory %2 does not exist")
                         .arg(loc.path, file.absolutePath());
            return nullptr;
        }
        if (file.exists() && file.isDir()) {
            *error = QStringLiteral("cannot open the SQLite database %1: it is a directory").arg(loc.path);
            return nullptr;
        }
    }

    std::unique_ptr<Database> database(new Database(newConnectionName(), loc.dialect, loc.display()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, database->m_connectionName);
        if (loc.dialect == Dialect::SQLite) {
            db.setDatabaseName(loc.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kSqliteBusyTimeoutMs));
        } else {
            db.setHostName(loc.host);
            if (loc.port > 0)
                db.setPort(loc.port);
            db.setUserName(loc.user);
            db.setPassword(loc.password);
            db.setDatabaseName(loc.databaseName);
            db.setConnectOptions(loc.connectOptions);
        }
        if (!db.open()) {
            if (loc.dialect == Dialect::SQLite) {
                *error = QStringLiteral("cannot open the SQLite database %1: %2")
                             .arg(loc.path, db.lastError().text());
            } else {
                *error = QStringLiteral("cannot connect to the PostgreSQL server (%1): %2")
                             .arg(loc.display(), db.lastError().text().trimmed());
            }
            return nullptr;
        }
        QString why;
        if (loc.dialect == Dialect::SQLite && !configureSqlite(db, inMemory, &why)) {
            *error = QStringLiteral("cannot use the SQLite database %1: %2").arg(loc.path, why);
            return nullptr;
        }
        if (loc.dialect == Dialect::PostgreSQL && !configurePostgres(db, &why)) {
            *error = QStringLiteral("cannot use the PostgreSQL database %1: %2").arg(loc.display(), why);
            return nullptr;
        }
    }
    if (!database->migrate(error))
        return nullptr;
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::configurePostgres(QSqlDatabase &db, QString *error)
{
    // Quiet notices ("already exists, skipping") would otherwise reach the user's terminal.
    return execPragma(db, QStringLiteral("SET client_encoding TO 'UTF8'"), error) &&
           execPragma(db, QStringLiteral("SET client_min_messages TO warning"), error);
}

bool Database::ensureConnected(QString *error)
{
    if (m_dialect != Dialect::PostgreSQL)
        return true;
    // Inside a transaction a failed statement (aborted transaction) would look like a dead
    // server, and reconnecting would drop the transaction: the statements will tell.
    if (m_transactionDepth > 0)
        return true;
    QString why;
    QSqlDatabase db = connection();
    // The driver does not notice a dead server until a statement fails, so ask it something.
    if (db.isOpen() && execPragma(db, QStringLiteral("SELECT 1"), &why))
        return true;
    db.close();
    if (!db.open()) {
        if (error)
            *error = db.lastError().text().trimmed();
        return false;
    }
    if (!configurePostgres(db, &why)) {
        db.close();
        if (error)
            *error = why.trimmed();
        return false;
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QString Database::translateSql(const QString &sql) const
{
    QString s = sql;
    if (m_dialect == Dialect::SQLite) {
        s.replace(QLatin1String("@PK@"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        s.replace(QLatin1String("@BIGINT@"), QLatin1String("INTEGER"));
    } else {
        s.replace(QLatin1String("@PK@"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        s.replace(QLatin1String("@BIGINT@"), QLatin1String("BIGINT"));
    }
    return s;
}

bool Database::migrate(QString *error)
{
    QString why;
    if (!SchemaMigrator::migrate(*this, &why)) {
        *error = QStringLiteral("cannot bring the database %1 up to date: %2").arg(m_displayLocation, why);
        return false;
    }
    return true;
}

} // namespace exitdesk
