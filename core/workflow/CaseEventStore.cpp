#include "workflow/CaseEventStore.h"

#include "accounts/AuditEntry.h"
#include "accounts/AuditLog.h"
#include "accounts/Authorization.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "workflow/CaseStageIndex.h"
#include "workflow/EventPermission.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace exitdesk {

namespace {

const QString kSelect = QStringLiteral("SELECT id, case_id, kind, at, data, executor, recorded_at FROM case_events ");

bool fromRow(const QSqlQuery &q, CaseEvent *e)
{
    if (!eventKindFromKey(q.value(2).toString(), &e->kind))
        return false; // a kind from a newer program version: ignored by this one
    e->id = q.value(0).toLongLong();
    e->at = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    e->data = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    e->executor = q.value(5).toString();
    e->recordedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    return true;
}

} // namespace

bool CaseEventStore::list(qint64 caseId, QList<CaseEvent> *out, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        CaseEvent e;
        if (fromRow(q, &e))
            out->append(e);
    }
    return true;
}

bool CaseEventStore::listAll(QHash<qint64, QList<CaseEvent>> *out, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral("ORDER BY case_id, id"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        CaseEvent e;
        if (fromRow(q, &e))
            (*out)[q.value(1).toLongLong()].append(e);
    }
    return true;
}

bool CaseEventStore::listFor(const QList<qint64> &caseIds, QHash<qint64, QList<CaseEvent>> *out,
                             QString *error) const
{
    if (caseIds.isEmpty())
        return true;
    QStringList marks;
    for (int i = 0; i < caseIds.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral("WHERE case_id IN (%1) ORDER BY case_id, id").arg(marks.join(QLatin1Char(','))));
    for (qint64 id : caseIds)
        q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        CaseEvent e;
        if (fromRow(q, &e))
            (*out)[q.value(1).toLongLong()].append(e);
    }
    return true;
}

bool CaseEventStore::record(const Workflow &workflow, const WorkflowCase &c, CaseEvent &e, WorkflowResult *result,
                            LocalizedText *refusal, QString *error)
{
    Finding denied;
    const std::optional<Actor> actor = Authorization::resolve(m_db, m_actor, eventPermission(e.kind), &denied);
    if (!actor) {
        *refusal = LocalizedText{denied.messageKk, denied.messageRu, denied.messageEn};
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (m_db.dialect() == Dialect::PostgreSQL) {
        // Serialises the events of one case between workstations.
        q.prepare(QStringLiteral("SELECT id FROM cases WHERE id = ? FOR UPDATE"));
        q.addBindValue(c.id);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    QList<CaseEvent> stored;
    if (!list(c.id, &stored, error))
        return false;
    WorkflowResult r = workflow.tryAdd(c.submittedAt, c.channel, stored, e);
    if (!r.ok) {
        *refusal = r.error;
        return false;
    }
    const bool pg = m_db.dialect() == Dialect::PostgreSQL;
    // QPSQL has no lastInsertId for tables without OIDs: PostgreSQL returns the id instead.
    q.prepare(QStringLiteral("INSERT INTO case_events (case_id, kind, at, data, executor, recorded_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)")
              + (pg ? QStringLiteral(" RETURNING id") : QString()));
    q.addBindValue(c.id);
    q.addBindValue(eventKindKey(e.kind));
    q.addBindValue(e.at.toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)));
    q.addBindValue(e.executor.isNull() ? QStringLiteral("") : e.executor); // NOT NULL column
    q.addBindValue(e.recordedAt.toString(Qt::ISODate));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    e.id = pg ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    q.finish();

    const WorkflowResult previous = workflow.derive(c.submittedAt, c.channel, stored);
    const QJsonObject before{{QStringLiteral("stage"), stageKey(previous.state.stage)}};
    const QJsonObject after{{QStringLiteral("stage"), stageKey(r.state.stage)},
                            {QStringLiteral("event"), eventKindKey(e.kind)},
                            {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                            {QStringLiteral("data"), e.data},
                            {QStringLiteral("executor"), e.executor},
                            {QStringLiteral("id"), e.id}};
    const QDateTime auditAt = e.recordedAt.isValid() ? e.recordedAt : e.at;
    const QString caseLabel = c.number.isEmpty() ? QStringLiteral("#%1").arg(c.id) : c.number;
    if (!CaseStageIndex::store(m_db, c.id, r, error))
        return false;
    if (!AuditLog::append(m_db,
                          AuditEntry::make(*actor, auditAt, QStringLiteral("case.event"), QStringLiteral("case"),
                                           caseLabel, before, after),
                          error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    if (result)
        *result = r;
    return true;
}

} // namespace exitdesk
