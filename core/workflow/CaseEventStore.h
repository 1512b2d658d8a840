// The events of the cases in the database (table case_events, migration 020_events.sql).
// record() checks the actor's permission for the event (eventPermission: the head alone
// signs decisions and refusals), then the new event against the workflow inside the writing
// transaction, with the case row locked on PostgreSQL, so two workstations cannot both move a
// case on; the event's audit record ("case.event") is written in the same transaction.
#pragma once

#include "accounts/Actor.h"
#include "workflow/CaseEvent.h"
#include "workflow/Workflow.h"
#include "workflow/WorkflowCase.h"

#include <QHash>

#include <optional>

namespace exitdesk {

class Database;

class CaseEventStore
{
public:
    // Without an actor, record() is allowed only on a database without accounts (setup).
    explicit CaseEventStore(Database &db) : m_db(db) {}
    CaseEventStore(Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

    bool list(qint64 caseId, QList<CaseEvent> *out, QString *error) const;
    // The events of every case, by case id (for lists such as the overdue report).
    bool listAll(QHash<qint64, QList<CaseEvent>> *out, QString *error) const;
    // The events of the given cases, by case id (one query for a batch of a list).
    bool listFor(const QList<qint64> &caseIds, QHash<qint64, QList<CaseEvent>> *out, QString *error) const;

    // Adds the event when the actor may record it and the workflow allows it. Returns false
    // with *refusal set (the permission's or the workflow's message) or *error set (database).
    // The audit record is dated e.recordedAt. On success e.id is set and *result is
    // the case's new state.
    bool record(const Workflow &workflow, const WorkflowCase &c, CaseEvent &e, WorkflowResult *result,
                LocalizedText *refusal, QString *error);

private:
    Database &m_db;
    std::optional<Actor> m_actor;
};

} // namespace exitdesk
