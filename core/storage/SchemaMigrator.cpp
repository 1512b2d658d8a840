#include "storage/SchemaMigrator.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace exitdesk {

namespace {
// Any constant: the key of the PostgreSQL advisory lock that serialises migrations.
constexpr qint64 kMigrationLockKey = 0x45786974446b; // "ExitDk"
} // namespace

bool SchemaMigrator::available(QList<Migration> *migrations, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_[A-Za-z0-9_-]+\\.sql$"));
    const QDir dir(QStringLiteral(":/core/migrations"));
    QList<Migration> result;
    QSet<int> seen;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (!m.hasMatch()) {
            *error = QStringLiteral("migration file name %1 is not NNN_name.sql").arg(file);
            return false;
        }
        Migration mig;
        mig.version = m.captured(1).toInt();
        mig.name = file;
        mig.resource = dir.filePath(file);
        if (seen.contains(mig.version)) {
            *error = QStringLiteral("two migrations have the number %1").arg(mig.version);
            return false;
        }
        seen.insert(mig.version);
        result << mig;
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    *migrations = result;
    return true;
}

QStringList SchemaMigrator::statements(const QString &sql)
{
    QStringList result;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        current += line + QLatin1Char('\n');
        const QString t = line.trimmed();
        if (t.endsWith(QLatin1Char(';')) && !t.startsWith(QLatin1String("--"))) {
            result << current;
            current.clear();
        }
    }
    result << current;
    // Drop pieces that hold only comments and blank lines.
    QStringList statements;
    for (const QString &piece : result) {
        bool hasCode = false;
        for (const QString &line : piece.split(QLatin1Char('\n'))) {
            const QString t = line.trimmed();
            if (!t.isEmpty() && !t.startsWith(QLatin1String("--"))) {
                hasCode = true;
                break;
            }
        }
        if (hasCode) {
            QString s = piece.trimmed();
            if (s.endsWith(QLatin1Char(';')))
                s.chop(1);
            statements << s;
        }
    }
    return statements;
}

bool SchemaMigrator::migrate(Database &db, QString *error)
{
    QList<Migration> migrations;
    if (!available(&migrations, error))
        return false;

    Transaction tx(db);
    if (!tx.isActive()) {
        *error = QStringLiteral("cannot start a transaction: %1").arg(tx.error());
        return false;
    }
    QSqlQuery q(db.connection());
    // SQLite: BEGIN IMMEDIATE already serialises. PostgreSQL: two programs opening a fresh
    // database at once must not both create the tables.
    if (db.dialect() == Dialect::PostgreSQL &&
        !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey))) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                               "version INTEGER PRIMARY KEY, name TEXT NOT NULL)"))) {
        *error = q.lastError().text();
        return false;
    }
    QSet<int> applied;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_migrations"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        applied.insert(q.value(0).toInt());
    q.finish();

    for (const Migration &mig : migrations) {
        if (applied.contains(mig.version))
            continue;
        QFile file(mig.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(mig.resource);
            return false;
        }
        const QString sql = db.translateSql(QString::fromUtf8(file.readAll()));
        const QStringList parts = statements(sql);
        for (const QString &statement : parts) {
            QSqlQuery s(db.connection());
            if (!s.exec(statement)) {
                *error = QStringLiteral("migration %1 failed: %2\nin: %3")
                             .arg(mig.name, s.lastError().text(), statement);
                return false;
            }
        }
        QSqlQuery record(db.connection());
        record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"));
        record.addBindValue(mig.version);
        record.addBindValue(mig.name);
        if (!record.exec()) {
            *error = record.lastError().text();
            return false;
        }
    }
    if (!tx.commit()) {
        *error = QStringLiteral("cannot commit the migrations: %1").arg(tx.error());
        return false;
    }
    return true;
}

} // namespace exitdesk
