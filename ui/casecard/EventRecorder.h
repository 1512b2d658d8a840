// Records a workflow step entered on the case card through core's CaseEventStore, which
// checks the actor's permission, checks the step against the workflow and audits it. A
// refusal comes back as core's message in the UI language.
#pragma once

#include "accounts/Actor.h"
#include "workflow/CaseEventStore.h"

namespace exitdesk {
class Clock;
}

namespace exitdesk::ui {

class EventRecorder
{
public:
    EventRecorder(Database &db, const Workflow &workflow, const Clock &clock)
        : m_db(db), m_workflow(workflow), m_clock(clock)
    {
    }

    // True when the step was stored (e.id set); false with *message otherwise.
    bool record(const Actor &actor, const WorkflowCase &c, CaseEvent &e, const QString &lang, QString *message);

private:
    Database &m_db;
    const Workflow &m_workflow;
    const Clock &m_clock;
};

} // namespace exitdesk::ui
