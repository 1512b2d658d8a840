// The cases whose current stage (or an open complaint) is overdue or due within one working
// day on a given day: what `exitdesk-cli overdue` prints and the deadlines dashboard shows.
#pragma once

#include "workflow/Workflow.h"
#include "workflow/WorkflowCase.h"

namespace exitdesk {

class Database;

struct OverdueRow
{
    WorkflowCase c;
    Deadline deadline;
    DeadlineStatus status;
    QDate serviceDue;
    bool replayFailed = false; // a stored event was refused on replay (e.g. the calendar changed)
};

class OverdueReport
{
public:
    // Rows for one case on day `on` (events after `on` are ignored), in deadline order.
    static QList<OverdueRow> rowsFor(const Workflow &workflow, const WorkflowCase &c, const QList<CaseEvent> &events,
                                     const QDate &on);
    // Every accepted case of the database; sorted by due date, then number.
    static bool build(Database &db, const Workflow &workflow, const QDate &on, QList<OverdueRow> *rows,
                      QString *error);
};

} // namespace exitdesk
