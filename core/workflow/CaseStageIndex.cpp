#include "workflow/CaseStageIndex.h"

#include "interchange/JsonReader.h"
#include "ledger/LedgerDerivation.h"
#include "storage/CaseBodyColumns.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "workflow/CaseEventStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace exitdesk {

namespace {

constexpr int kBatch = 500;

struct Pending
{
    qint64 id = 0;
    QDateTime submittedAt;
    QString channel;
};

enum class Scope { Missing, Open };

// The next batch of cases after `afterId`, read whole before anything is written.
bool nextBatch(Database &db, Scope scope, qint64 afterId, QList<Pending> *out, QString *error)
{
    const QString channel = db.dialect() == Dialect::PostgreSQL
                                ? QStringLiteral("COALESCE(body::json ->> 'channel', 'counter')")
                                : QStringLiteral("COALESCE(json_extract(body, '$.channel'), 'counter')");
    const QString which =
        scope == Scope::Missing
            ? QStringLiteral("NOT EXISTS (SELECT 1 FROM case_stages s WHERE s.case_id = cases.id)")
            : QStringLiteral("EXISTS (SELECT 1 FROM case_stages s WHERE s.case_id = cases.id "
                             "AND s.stage_due IS NOT NULL)");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, submitted_at, %1 FROM cases WHERE status = 'accepted' AND id > ? AND %2 "
                             "ORDER BY id LIMIT %3")
                  .arg(channel, which)
                  .arg(kBatch));
    q.addBindValue(afterId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Pending p;
        p.id = q.value(0).toLongLong();
        JsonReader::parseDateTime(q.value(1).toString(), &p.submittedAt);
        p.channel = q.value(2).toString();
        out->append(p);
    }
    return true;
}

int refresh(Database &db, const Workflow &workflow, Scope scope, QString *error,
            const CaseStageIndex::Progress &progress)
{
    int done = 0;
    qint64 afterId = 0;
    for (;;) {
        QList<Pending> batch;
        if (!nextBatch(db, scope, afterId, &batch, error))
            return -1;
        if (batch.isEmpty())
            return done;
        QList<qint64> ids;
        for (const Pending &p : batch)
            ids << p.id;
        QHash<qint64, QList<CaseEvent>> events;
        if (!CaseEventStore(db).listFor(ids, &events, error))
            return -1;
        Transaction tx(db);
        if (!tx.isActive()) {
            *error = tx.error();
            return -1;
        }
        for (const Pending &p : batch) {
            if (!p.submittedAt.isValid())
                continue; // an accepted case always has its submission time; nothing to derive
            const WorkflowResult r = workflow.derive(p.submittedAt, p.channel, events.value(p.id), QDate(),
                                                     Workflow::Detail::DatesOnly);
            if (!CaseStageIndex::store(db, p.id, r, error))
                return -1;
        }
        if (!tx.commit()) {
            *error = tx.error();
            return -1;
        }
        done += int(batch.size());
        afterId = batch.last().id;
        if (progress && !progress(done))
            return done;
    }
}

} // namespace

bool CaseStageIndex::store(Database &db, qint64 caseId, const WorkflowResult &result, QString *error)
{
    const Deadline *current = result.state.currentDeadline();
    const LedgerDerivation line = LedgerDerivation::of(result);
    const auto date = [](const QDate &d) {
        return d.isValid() ? QVariant(JsonReader::formatDate(d)) : QVariant(QMetaType(QMetaType::QString));
    };
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; }; // NOT NULL columns
    QSqlQuery q(db.connection());
    // SQLite (3.24+) and PostgreSQL share this upsert.
    q.prepare(QStringLiteral("INSERT INTO case_stages (case_id, stage, stage_due, finished, service_due, "
                             "overdue_from, security_date, security_number, decision_date, permit_date, "
                             "refusal_grounds, executor, note, last_event_day) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (case_id) DO UPDATE SET stage = excluded.stage, "
                             "stage_due = excluded.stage_due, finished = excluded.finished, "
                             "service_due = excluded.service_due, overdue_from = excluded.overdue_from, "
                             "security_date = excluded.security_date, "
                             "security_number = excluded.security_number, "
                             "decision_date = excluded.decision_date, permit_date = excluded.permit_date, "
                             "refusal_grounds = excluded.refusal_grounds, executor = excluded.executor, "
                             "note = excluded.note, last_event_day = excluded.last_event_day"));
    q.addBindValue(caseId);
    q.addBindValue(line.stage);
    q.addBindValue(date(current ? current->due : QDate()));
    q.addBindValue(line.finished ? 1 : 0);
    q.addBindValue(date(line.dueDate));
    q.addBindValue(date(line.overdueFrom));
    q.addBindValue(date(line.securityAnswerDate));
    q.addBindValue(text(line.securityAnswerNumber));
    q.addBindValue(date(line.decisionDate));
    q.addBindValue(date(line.permitDate));
    q.addBindValue(text(LedgerDerivation::groundsText(line.refusalGrounds)));
    q.addBindValue(text(line.executor));
    q.addBindValue(text(line.note));
    q.addBindValue(date(line.lastEventDay));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return CaseBodyColumns::copyToStageCache(db, caseId, error);
}

int CaseStageIndex::refreshMissing(Database &db, const Workflow &workflow, QString *error, const Progress &progress)
{
    // Only accepted cases have a row: as many rows as accepted cases means none is missing,
    // found from the two indexes without looking at every case.
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM cases WHERE status = 'accepted') - "
                              "(SELECT COUNT(*) FROM case_stages)"))
        && q.next() && q.value(0).toLongLong() == 0)
        return 0;
    return refresh(db, workflow, Scope::Missing, error, progress);
}

int CaseStageIndex::refreshOpen(Database &db, const Workflow &workflow, QString *error, const Progress &progress)
{
    return refresh(db, workflow, Scope::Open, error, progress);
}

} // namespace exitdesk
