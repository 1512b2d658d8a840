// The due dates of a case's open steps (docs/workflow.md, "Norms"): computed from the state's
// dates with the calendar; each one carries its explanation.
#pragma once

#include "calendar/WorkingCalendar.h"
#include "workflow/WorkflowState.h"

namespace exitdesk {

class WorkflowDeadlines
{
public:
    // explain = false: due dates only (Workflow::Detail::DatesOnly), no basis and no count of
    // the skipped days, which is most of the cost of replaying a case.
    explicit WorkflowDeadlines(const WorkingCalendar &calendar, bool explain = true)
        : m_calendar(calendar), m_explain(explain)
    {
    }

    // Fills state.deadlines and state.stage.
    void compute(WorkflowState &state) const;
    // The hearing deadline: 2 working days from the notice (rules §9).
    QDate hearingDue(const WorkflowState &state) const;

private:
    // A deadline's basis, kept as the literals until a LocalizedText is needed.
    struct Basis
    {
        const char16_t *kk;
        const char16_t *ru;
        const char16_t *en;
    };

    // Counts `norm` working days from `start`; `capped` steps end no later than the service term.
    Deadline make(const WorkflowState &s, Stage stage, const QDate &start, int norm, const Basis &basis,
                  bool capped = true) const;
    void mainLine(const WorkflowState &s, QList<Deadline> &out) const;
    void approvals(const WorkflowState &s, QList<Deadline> &out) const;
    void complaints(const WorkflowState &s, QList<Deadline> &out) const;

    const WorkingCalendar &m_calendar;
    bool m_explain = true;
};

} // namespace exitdesk
