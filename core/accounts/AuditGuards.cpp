#include "accounts/AuditGuards.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace exitdesk {

namespace {

bool run(Database &db, const QString &sql, QString *error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

bool AuditGuards::present(Database &db)
{
    QSqlQuery q(db.connection());
    if (db.dialect() == Dialect::SQLite) {
        q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                 "AND name IN ('audit_log_no_update', 'audit_log_no_delete')"));
    } else {
        q.prepare(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal "
                                 "AND tgrelid = 'audit_log'::regclass "
                                 "AND tgname IN ('audit_log_no_update', 'audit_log_no_delete')"));
    }
    return q.exec() && q.next() && q.value(0).toInt() == 2;
}

bool AuditGuards::install(Database &db, QString *error)
{
    if (db.dialect() == Dialect::SQLite) {
        return run(db,
                   QStringLiteral(
                       "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
                   error) &&
               run(db,
                   QStringLiteral(
                       "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
                   error);
    }
    const QStringList statements = {
        QStringLiteral("CREATE OR REPLACE FUNCTION exitdesk_audit_append_only() RETURNS trigger "
                       "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete ON audit_log"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION exitdesk_audit_append_only()"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION exitdesk_audit_append_only()"),
        QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                       "FOR EACH STATEMENT EXECUTE FUNCTION exitdesk_audit_append_only()"),
    };
    for (const QString &s : statements) {
        if (!run(db, s, error))
            return false;
    }
    return true;
}

} // namespace exitdesk
