// One open database: the embedded SQLite file (the default) or a PostgreSQL server, reached
// through Qt Sql. Opening applies the pending schema migrations (resources/core/migrations)
// in one transaction. Each Database owns its own QSqlDatabase connection, so use one
// Database per thread.
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace exitdesk {

enum class Dialect
{
    SQLite,
    PostgreSQL
};

class Database
{
public:
    // location: a SQLite file path, ":memory:" (a private in-memory database), or
    // postgresql://user[:password]@host[:port]/dbname[?host=/socket/dir&connect_timeout=10...]
    // (postgres:// is accepted too; user, password and dbname are percent-decoded).
    // Returns null and sets *error (English, with the driver's words) when the location is
    // malformed, the server is unreachable, or a migration fails.
    static std::unique_ptr<Database> open(const QString &location, QString *error);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::PostgreSQL; }
    // The location as given to open(), with any password removed (safe to print).
    QString displayLocation() const { return m_displayLocation; }
    // PostgreSQL: true when the server answers; a connection lost since the last statement
    // (server restarted, network cut) is opened again once. False with *error (the driver's
    // words) when the server cannot be reached. SQLite, or inside a Transaction (where
    // reconnecting would lose it): true, the statements themselves report.
    bool ensureConnected(QString *error = nullptr);

    // The highest migration number applied.
    int schemaVersion() const;

    // Replaces the portable tokens of migrations (@PK@, @BIGINT@) for this dialect.
    QString translateSql(const QString &sql) const;

private:
    Database(QString connectionName, Dialect dialect, QString displayLocation);
    bool migrate(QString *error);
    // The session settings every new PostgreSQL connection gets.
    static bool configurePostgres(QSqlDatabase &db, QString *error);

    friend class Transaction;
    QString m_connectionName;
    Dialect m_dialect;
    QString m_displayLocation;
    int m_transactionDepth = 0; // nesting of Transaction guards (inner ones are savepoints)
    int m_savepointCounter = 0;
};

} // namespace exitdesk
