#include "accounts/AuditLog.h"

#include "accounts/AuditGuards.h"
#include "accounts/Authorization.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace exitdesk {

namespace {

const QString kColumns =
    QStringLiteral("id, seq, at, actor_login, actor_role, workstation, action, entity_kind, "
                   "entity_id, before_json, after_json, prev_hash, hash");

AuditRecord readRecord(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.seq = q.value(1).toLongLong();
    r.at = q.value(2).toString();
    r.actorLogin = q.value(3).toString();
    r.actorRole = q.value(4).toString();
    r.workstation = q.value(5).toString();
    r.action = q.value(6).toString();
    r.entityKind = q.value(7).toString();
    r.entityId = q.value(8).toString();
    r.beforeJson = q.value(9).toString();
    r.afterJson = q.value(10).toString();
    r.prevHash = q.value(11).toString();
    r.hash = q.value(12).toString();
    return r;
}

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

bool AuditLog::append(Database &db, const AuditEntry &entry, QString *error)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(db.connection());
    // Taking the head row's lock first serialises appenders, so two transactions never chain
    // onto the same predecessor; it is released when the caller's transaction ends.
    if (!q.exec(QStringLiteral("UPDATE audit_head SET last_seq = last_seq + 1 WHERE id = 1")))
        return fail(q, error);
    if (!q.exec(QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")) || !q.next()) {
        if (error)
            *error = QStringLiteral("the audit log has no head row: %1").arg(q.lastError().text());
        return false;
    }
    AuditRecord r;
    r.seq = q.value(0).toLongLong();
    r.prevHash = q.value(1).toString();
    q.finish();

    if (!AuditGuards::present(db) && !AuditGuards::install(db, error))
        return false;

    r.at = entry.at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    r.actorLogin = entry.actorLogin;
    r.actorRole = entry.actorRole;
    r.workstation = entry.workstation;
    r.action = entry.action;
    r.entityKind = entry.entityKind;
    r.entityId = entry.entityId;
    r.beforeJson = AuditEntry::jsonText(entry.before);
    r.afterJson = AuditEntry::jsonText(entry.after);
    r.hash = r.computeHash();

    q.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, actor_login, actor_role, workstation, action, "
                             "entity_kind, entity_id, before_json, after_json, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.seq);
    // Qt binds a null QString as NULL; every text column of the log is NOT NULL.
    for (const QString *s : {&r.at, &r.actorLogin, &r.actorRole, &r.workstation, &r.action, &r.entityKind,
                             &r.entityId, &r.beforeJson, &r.afterJson, &r.prevHash, &r.hash})
        q.addBindValue(s->isNull() ? QStringLiteral("") : *s);
    if (!q.exec())
        return fail(q, error);
    q.prepare(QStringLiteral("UPDATE audit_head SET last_hash = ? WHERE id = 1"));
    q.addBindValue(r.hash);
    if (!q.exec())
        return fail(q, error);
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

QList<AuditRecord> AuditLog::list(Database &db, const Actor &actor, const AuditFilter &filter, QString *error,
                                  bool *refused)
{
    if (refused)
        *refused = false;
    if (const std::optional<Finding> denied = Authorization::check(db, actor, Permission::AuditView)) {
        if (error)
            *error = denied->message(actor.lang);
        if (refused)
            *refused = true;
        return {};
    }
    return list(db, filter, error);
}

AuditVerification AuditLog::verify(Database &db, const Actor &actor)
{
    if (const std::optional<Finding> denied = Authorization::check(db, actor, Permission::AuditVerify)) {
        AuditVerification v;
        v.refused = true;
        v.error = denied->message(actor.lang);
        return v;
    }
    return verify(db);
}

QList<AuditRecord> AuditLog::list(Database &db, const AuditFilter &filter, QString *error)
{
    QString where;
    QVariantList binds;
    auto addCondition = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        where += column + QStringLiteral(" = ?");
        binds << value;
    };
    addCondition(QStringLiteral("entity_kind"), filter.entityKind);
    addCondition(QStringLiteral("entity_id"), filter.entityId);
    addCondition(QStringLiteral("actor_login"), filter.actorLogin);
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log") + where +
                  QStringLiteral(" ORDER BY seq DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<AuditRecord> records;
    if (!q.exec()) {
        fail(q, error);
        return records;
    }
    while (q.next())
        records.prepend(readRecord(q));
    return records;
}

AuditVerification AuditLog::verify(Database &db)
{
    AuditVerification v;
    auto bad = [&v](const AuditRecord &r, const QString &en, const QString &ru, const QString &kk) {
        v.ok = false;
        v.firstBadId = r.id;
        v.firstBadSeq = r.seq;
        v.reasonEn = en;
        v.reasonRu = ru;
        v.reasonKk = kk;
        return v;
    };

    // The head first: records appended after this moment chain onto it and are checked too,
    // but cannot make the end of the chain look wrong.
    QSqlQuery head(db.connection());
    if (!head.exec(QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")) ||
        !head.next()) {
        v.error = QStringLiteral("the audit log has no head row");
        return v;
    }
    const qint64 headSeq = head.value(0).toLongLong();
    const QString headHash = head.value(1).toString();
    head.finish();

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY seq, id"))) {
        v.error = q.lastError().text();
        return v;
    }
    qint64 expectedSeq = 1;
    QString previousHash;
    AuditRecord last;
    while (q.next()) {
        const AuditRecord r = readRecord(q);
        ++v.records;
        if (r.seq != expectedSeq) {
            return bad(r,
                       QStringLiteral("record %1 follows a removed record (position %2 expected, %3 found)")
                           .arg(r.id)
                           .arg(expectedSeq)
                           .arg(r.seq),
                       QStringLiteral("перед записью %1 удалена запись (ожидалась позиция %2, найдена %3)")
                           .arg(r.id)
                           .arg(expectedSeq)
                           .arg(r.seq),
                       QStringLiteral("%1 жазбасының алдындағы жазба жойылған (%2 орны күтілді, %3 табылды)")
                           .arg(r.id)
                           .arg(expectedSeq)
                           .arg(r.seq));
        }
        if (r.prevHash != previousHash) {
            return bad(r, QStringLiteral("record %1 does not link to the record before it").arg(r.id),
                       QStringLiteral("запись %1 не связана с предыдущей записью").arg(r.id),
                       QStringLiteral("%1 жазбасы алдыңғы жазбамен байланыспайды").arg(r.id));
        }
        if (r.computeHash() != r.hash) {
            return bad(r, QStringLiteral("record %1 was changed (its hash does not match)").arg(r.id),
                       QStringLiteral("запись %1 изменена (хеш не совпадает)").arg(r.id),
                       QStringLiteral("%1 жазбасы өзгертілген (хеші сәйкес емес)").arg(r.id));
        }
        if (r.seq == headSeq && r.hash != headHash) {
            return bad(
                r,
                QStringLiteral("record %1 was replaced (it is not the record the chain ends with)").arg(r.id),
                QStringLiteral("запись %1 подменена (цепочка заканчивалась другой записью)").arg(r.id),
                QStringLiteral("%1 жазбасы ауыстырылған (тізбек басқа жазбамен аяқталған)").arg(r.id));
        }
        previousHash = r.hash;
        last = r;
        ++expectedSeq;
    }
    q.finish();

    if (last.seq < headSeq) {
        // The last records are gone: no record is left to point at, so name the position.
        v.ok = false;
        v.firstBadId = 0;
        v.firstBadSeq = last.seq + 1;
        v.reasonEn = QStringLiteral("the last %1 records were removed (%2 written, %3 found)")
                         .arg(headSeq - last.seq)
                         .arg(headSeq)
                         .arg(v.records);
        v.reasonRu = QStringLiteral("удалены последние записи: %1 (записано %2, найдено %3)")
                         .arg(headSeq - last.seq)
                         .arg(headSeq)
                         .arg(v.records);
        v.reasonKk = QStringLiteral("соңғы жазбалар жойылған: %1 (%2 жазылған, %3 табылды)")
                         .arg(headSeq - last.seq)
                         .arg(headSeq)
                         .arg(v.records);
        return v;
    }
    v.ok = true;
    v.headHash = last.hash;
    return v;
}

} // namespace exitdesk
