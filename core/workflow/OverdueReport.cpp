#include "workflow/OverdueReport.h"

#include "workflow/CaseEventStore.h"

#include <algorithm>

namespace exitdesk {

QList<OverdueRow> OverdueReport::rowsFor(const Workflow &workflow, const WorkflowCase &c,
                                         const QList<CaseEvent> &events, const QDate &on)
{
    QList<OverdueRow> rows;
    if (!c.submittedAt.isValid() || c.submittedAt.date() > on)
        return rows;
    const WorkflowResult r = workflow.derive(c.submittedAt, c.channel, events, on);
    bool mainSeen = false;
    for (const Deadline &d : r.state.deadlines) {
        const bool complaint = isComplaintStage(d.stage);
        // The main line is reported by its current stage only.
        if (!complaint && mainSeen)
            continue;
        mainSeen = mainSeen || !complaint;
        if (!d.due.isValid())
            continue;
        const DeadlineStatus status = DeadlineStatus::of(d.due, on, workflow.calendar());
        if (status.kind == DeadlineStatus::OnTime)
            continue;
        rows << OverdueRow{c, d, status, r.state.service.dueDate(), !r.ok};
    }
    return rows;
}

bool OverdueReport::build(Database &db, const Workflow &workflow, const QDate &on, QList<OverdueRow> *rows,
                          QString *error)
{
    QList<WorkflowCase> cases;
    if (!WorkflowCase::loadAccepted(db, &cases, error))
        return false;
    QHash<qint64, QList<CaseEvent>> events;
    if (!CaseEventStore(db).listAll(&events, error))
        return false;
    for (const WorkflowCase &c : cases)
        *rows << rowsFor(workflow, c, events.value(c.id), on);
    std::stable_sort(rows->begin(), rows->end(), [](const OverdueRow &a, const OverdueRow &b) {
        if (a.deadline.due != b.deadline.due)
            return a.deadline.due < b.deadline.due;
        return a.c.number < b.c.number;
    });
    return true;
}

} // namespace exitdesk
