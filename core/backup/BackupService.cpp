#include "backup/BackupService.h"

#include "Clock.h"
#include "accounts/AuditLog.h"
#include "accounts/Authorization.h"
#include "accounts/Permissions.h"
#include "backup/PgTools.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

namespace exitdesk {

namespace {

constexpr int kPgToolTimeoutMs = 6 * 60 * 60 * 1000; // a large office database takes a while

bool set(Finding *out, const QString &code, const QString &en, const QString &ru, const QString &kk)
{
    if (out) {
        out->code = code;
        out->path = QStringLiteral("backup");
        out->severity = Severity::Error;
        out->messageEn = en;
        out->messageRu = ru;
        out->messageKk = kk;
    }
    return false;
}

bool failed(Finding *out, const QString &why)
{
    return set(out, QStringLiteral("backup.failed"), QStringLiteral("backup or restore failed: %1").arg(why),
               QStringLiteral("резервное копирование или восстановление не удалось: %1").arg(why),
               QStringLiteral("сақтық көшірме жасау не қалпына келтіру сәтсіз аяқталды: %1").arg(why));
}

bool permitted(const Actor &actor, Permission p, Finding *error)
{
    if (const auto denied = Permissions::require(actor, p)) {
        if (error)
            *error = denied->toFinding();
        return false;
    }
    return true;
}

// The same against an open database: there the setup actor counts only while it has no accounts.
bool permitted(Database &db, const Actor &actor, Permission p, Finding *error)
{
    if (const auto denied = Authorization::check(db, actor, p)) {
        if (error)
            *error = *denied;
        return false;
    }
    return true;
}

QString temporaryNameFor(const QString &file)
{
    return file + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
}

// rename(2) replaces the target atomically; QFile::rename refuses an existing target.
bool replaceFile(const QString &from, const QString &to, QString *error)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        *error = QStringLiteral("cannot rename %1 to %2").arg(from, to);
        return false;
    }
    return true;
}

void removeSqliteFile(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

bool auditOperation(Database &db, const Actor &actor, const Clock &clock, const QString &action,
                    const QString &file, Finding *error)
{
    QJsonObject after{{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()}};
    QString why;
    if (!AuditLog::append(db,
                          AuditEntry::make(actor, clock, action, QStringLiteral("database"),
                                           db.displayLocation(), QJsonValue(), after),
                          &why))
        return failed(error, why);
    return true;
}

bool restoreSqlite(const QString &backupFile, const QString &target, Finding *error)
{
    const QString temp = temporaryNameFor(target);
    removeSqliteFile(temp);
    if (!QFile::copy(backupFile, temp))
        return failed(error, QStringLiteral("cannot copy %1 to %2").arg(backupFile, temp));
    QString why;
    {
        // Opening checks the copy is a database and brings an older backup's schema up to date.
        std::unique_ptr<Database> copy = Database::open(temp, &why);
        if (!copy) {
            removeSqliteFile(temp);
            return failed(error, why);
        }
        QSqlQuery q(copy->connection());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
            q.value(0).toString() != QLatin1String("ok")) {
            removeSqliteFile(temp);
            return failed(error, QStringLiteral("the backup is damaged (integrity check failed)"));
        }
    } // closing checkpoints the copy's WAL into the file
    // A WAL left by the replaced database would be replayed into the restored one.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (!replaceFile(temp, target, &why)) {
        removeSqliteFile(temp);
        return failed(error, why);
    }
    return true;
}

} // namespace

BackupFormat BackupService::formatOf(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return BackupFormat::Unknown;
    const QByteArray head = f.read(16);
    if (head == QByteArray("SQLite format 3\0", 16))
        return BackupFormat::SQLite;
    if (head.startsWith("PGDMP"))
        return BackupFormat::PgCustom;
    return BackupFormat::Unknown;
}

qint64 BackupService::contentRows(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM accounts) "
                               "+ (SELECT count(*) FROM audit_log)")) ||
        !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool BackupService::backup(Database &db, const QString &location, const Actor &actor, const Clock &clock,
                           const QString &outFile, bool overwrite, Finding *error)
{
    if (!permitted(db, actor, Permission::Backup, error))
        return false;
    if (QFileInfo::exists(outFile) && !overwrite) {
        return set(error, QStringLiteral("backup.exists"),
                   QStringLiteral("%1 already exists (--force replaces it)").arg(outFile),
                   QStringLiteral("%1 уже существует (--force заменит его)").arg(outFile),
                   QStringLiteral("%1 бар (--force оны ауыстырады)").arg(outFile));
    }
    const QString temp = temporaryNameFor(outFile);
    QFile::remove(temp);
    QString why;
    if (db.dialect() == Dialect::SQLite) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temp);
        if (!q.exec()) {
            QFile::remove(temp);
            return failed(error, q.lastError().text());
        }
    } else {
        DatabaseLocation loc;
        if (!DatabaseLocation::parse(location, &loc, &why))
            return failed(error, why);
        const QString pgDump = PgTools::find(QStringLiteral("pg_dump"));
        if (pgDump.isEmpty())
            return failed(error,
                          QStringLiteral("pg_dump is not installed (Debian package postgresql-client)"));
        if (!PgTools::run(pgDump,
                          {QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                           QStringLiteral("--file=") + temp,
                           QStringLiteral("--dbname=") + PgTools::conninfo(loc)},
                          loc, kPgToolTimeoutMs, &why)) {
            QFile::remove(temp);
            return failed(error, why);
        }
    }
    if (!replaceFile(temp, outFile, &why)) {
        QFile::remove(temp);
        return failed(error, why);
    }
    return auditOperation(db, actor, clock, QStringLiteral("database.backup"), outFile, error);
}

bool BackupService::restore(const QString &backupFile, const QString &targetLocation, const Actor &actor,
                            const Clock &clock, bool force, Finding *error)
{
    if (!permitted(actor, Permission::Restore, error))
        return false;
    const BackupFormat format = formatOf(backupFile);
    if (format == BackupFormat::Unknown) {
        return set(
            error, QStringLiteral("backup.format"),
            QStringLiteral("%1 is not an ExitDesk backup (neither a SQLite file nor a pg_dump archive)")
                .arg(backupFile),
            QStringLiteral("%1 — не резервная копия ExitDesk (ни файл SQLite, ни архив pg_dump)")
                .arg(backupFile),
            QStringLiteral("%1 — ExitDesk сақтық көшірмесі емес (SQLite файлы да, pg_dump архиві де емес)")
                .arg(backupFile));
    }
    DatabaseLocation target;
    QString why;
    if (!DatabaseLocation::parse(targetLocation, &target, &why))
        return failed(error, why);
    const bool targetIsPg = target.dialect == Dialect::PostgreSQL;
    if (targetIsPg != (format == BackupFormat::PgCustom)) {
        return set(
            error, QStringLiteral("backup.dialect"),
            QStringLiteral("a %1 backup cannot be restored into a %2 database")
                .arg(format == BackupFormat::SQLite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"),
                     targetIsPg ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")),
            QStringLiteral("копию %1 нельзя восстановить в базу %2")
                .arg(format == BackupFormat::SQLite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"),
                     targetIsPg ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")),
            QStringLiteral("%1 көшірмесін %2 дерекқорына қалпына келтіру мүмкін емес")
                .arg(format == BackupFormat::SQLite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"),
                     targetIsPg ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")));
    }
    if (!targetIsPg && target.path == QLatin1String(":memory:"))
        return failed(error, QStringLiteral("cannot restore into a private in-memory database"));

    // Is there anything to lose?
    if (targetIsPg || QFileInfo::exists(target.path)) {
        std::unique_ptr<Database> existing = Database::open(targetLocation, &why);
        if (!existing)
            return failed(error, why);
        const qint64 rows = contentRows(*existing);
        if (rows < 0)
            return failed(error, QStringLiteral("cannot read the target database"));
        if (rows > 0 && !force) {
            return set(error, QStringLiteral("backup.target-not-empty"),
                       QStringLiteral("the database %1 is not empty (%2 records); --force replaces it")
                           .arg(existing->displayLocation())
                           .arg(rows),
                       QStringLiteral("база данных %1 не пуста (записей: %2); --force заменит её")
                           .arg(existing->displayLocation())
                           .arg(rows),
                       QStringLiteral("%1 дерекқоры бос емес (%2 жазба); --force оны ауыстырады")
                           .arg(existing->displayLocation())
                           .arg(rows));
        }
    }

    if (targetIsPg) {
        const QString pgRestore = PgTools::find(QStringLiteral("pg_restore"));
        if (pgRestore.isEmpty())
            return failed(error,
                          QStringLiteral("pg_restore is not installed (Debian package postgresql-client)"));
        // One transaction: a failed restore leaves the target as it was.
        if (!PgTools::run(pgRestore,
                          {QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                           QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                           QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
                           QStringLiteral("--no-password"),
                           QStringLiteral("--dbname=") + PgTools::conninfo(target), backupFile},
                          target, kPgToolTimeoutMs, &why))
            return failed(error, why);
    } else if (!restoreSqlite(backupFile, target.path, error)) {
        return false;
    }

    std::unique_ptr<Database> restored = Database::open(targetLocation, &why);
    if (!restored)
        return failed(error, why);
    return auditOperation(*restored, actor, clock, QStringLiteral("database.restore"), backupFile, error);
}

} // namespace exitdesk
