#include "backup/RetentionRows.h"

#include "backup/RetentionPolicy.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace exitdesk::retention {

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

bool loadCandidates(Database &db, const QList<qint64> &caseIds, QList<RetentionCandidate> *out,
                    QString *error)
{
    // ids come from the database itself (integers), never from user text.
    const QString only =
        caseIds.isEmpty() ? QString() : QStringLiteral(" AND c.id IN (%1)").arg(idList(caseIds));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral(
                "SELECT c.id, c.number, c.surname, c.name, c.patronymic, c.birth_date, c.submitted_at "
                "FROM cases c WHERE c.status = 'accepted'") +
            only +
            QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM destruction_act_cases d JOIN destruction_acts a "
                           "ON a.id = d.act_id WHERE d.case_id = c.id AND a.destroyed_at IS NOT NULL)")))
        return fail(q, error);
    QHash<qint64, RetentionCandidate> byId;
    QList<qint64> order;
    while (q.next()) {
        RetentionCandidate c;
        c.caseId = q.value(0).toLongLong();
        c.caseNumber = q.value(1).toString();
        QStringList names{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
        names.removeAll(QString());
        c.fullName = names.join(QLatin1Char(' '));
        c.birthDate = dateOf(q.value(5));
        c.submittedOn = dateOf(q.value(6));
        byId.insert(c.caseId, c);
        order << c.caseId;
    }
    q.finish();

    QHash<qint64, QList<CaseEvent>> events;
    if (!q.exec(
            QStringLiteral("SELECT case_id, id, kind, at, data FROM case_events WHERE kind IN "
                           "('decision-prepared', 'decision-recorded', 'hearing-held', 'refusal-issued', "
                           "'decision-issued')") +
            (caseIds.isEmpty() ? QString() : QStringLiteral(" AND case_id IN (%1)").arg(idList(caseIds)))))
        return fail(q, error);
    while (q.next()) {
        CaseEvent e;
        if (!eventKindFromKey(q.value(2).toString(), &e.kind))
            continue;
        e.id = q.value(1).toLongLong();
        e.at = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        if (!e.at.isValid())
            e.at = QDateTime(dateOf(q.value(3)), QTime(0, 0));
        e.data = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        events[q.value(0).toLongLong()].append(e);
    }
    q.finish();

    QHash<qint64, qint64> pending;
    if (!q.exec(
            QStringLiteral("SELECT d.case_id, d.act_id FROM destruction_act_cases d JOIN destruction_acts a "
                           "ON a.id = d.act_id WHERE a.destroyed_at IS NULL")))
        return fail(q, error);
    while (q.next())
        pending.insert(q.value(0).toLongLong(), q.value(1).toLongLong());

    for (qint64 id : order) {
        const RetentionTerm term = RetentionPolicy::term(events.value(id));
        if (!term.decided)
            continue;
        RetentionCandidate c = byId.value(id);
        c.decision = term.decisionKey();
        c.decisionDate = term.decisionDate;
        c.keepUntil = term.keepUntil;
        c.pendingActId = pending.value(id, 0);
        out->append(c);
    }
    return true;
}

std::optional<DestructionAct> loadAct(Database &db, qint64 actId, bool forUpdate, QString *error)
{
    QSqlQuery q(db.connection());
    QString sql =
        QStringLiteral("SELECT id, drawn_up_on, basis, committee, created_by, created_at, destroyed_by, "
                       "destroyed_at FROM destruction_acts WHERE id = ?");
    if (forUpdate && db.dialect() == Dialect::PostgreSQL)
        sql += QStringLiteral(" FOR UPDATE");
    q.prepare(sql);
    q.addBindValue(actId);
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    DestructionAct act;
    act.id = q.value(0).toLongLong();
    act.drawnUpOn = dateOf(q.value(1));
    act.basis = q.value(2).toString();
    act.committee = q.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    act.createdBy = q.value(4).toString();
    act.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    act.destroyedBy = q.value(6).toString();
    act.destroyedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    q.finish();

    q.prepare(QStringLiteral("SELECT case_id, case_number, full_name, birth_date, submitted_on, decision, "
                             "decision_date, retention_until FROM destruction_act_cases WHERE act_id = ? "
                             "ORDER BY case_number"));
    q.addBindValue(actId);
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    while (q.next()) {
        RetentionCandidate c;
        c.caseId = q.value(0).toLongLong();
        c.caseNumber = q.value(1).toString();
        c.fullName = q.value(2).toString();
        c.birthDate = dateOf(q.value(3));
        c.submittedOn = dateOf(q.value(4));
        c.decision = q.value(5).toString();
        c.decisionDate = dateOf(q.value(6));
        c.keepUntil = dateOf(q.value(7));
        c.pendingActId = act.confirmed() ? 0 : act.id;
        act.cases << c;
    }
    return act;
}

} // namespace exitdesk::retention
