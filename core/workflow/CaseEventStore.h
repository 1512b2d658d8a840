// The events of the cases in the database (table case_events, migration 020_events.sql).
// record() checks the new event against the workflow inside the writing transaction, with
// the case row locked on PostgreSQL, so two workstations cannot both move a case on.
#pragma once

#include "workflow/CaseEvent.h"
#include "workflow/Workflow.h"
#include "workflow/WorkflowCase.h"

#include <QHash>

namespace exitdesk {

class Database;

class CaseEventStore
{
public:
    explicit CaseEventStore(Database &db) : m_db(db) {}

    bool list(qint64 caseId, QList<CaseEvent> *out, QString *error) const;
    // The events of every case, by case id (for lists such as the overdue report).
    bool listAll(QHash<qint64, QList<CaseEvent>> *out, QString *error) const;

    // Adds the event when the workflow allows it. Returns false with *refusal set (the
    // workflow's message) or *error set (database). On success e.id is set and *result is
    // the case's new state.
    bool record(const Workflow &workflow, const WorkflowCase &c, CaseEvent &e, WorkflowResult *result,
                LocalizedText *refusal, QString *error);

private:
    Database &m_db;
};

} // namespace exitdesk
