// The transition table of the workflow: which events each phase accepts and what they do to
// the state. Used by Workflow; docs/workflow.md describes the same table for people.
#pragma once

#include "calendar/WorkingCalendar.h"
#include "workflow/WorkflowState.h"

#include <optional>

namespace exitdesk {

class WorkflowTransitions
{
public:
    explicit WorkflowTransitions(const WorkingCalendar &calendar) : m_calendar(calendar) {}

    // Applies the event, or returns why it is refused (the state is then unchanged).
    std::optional<LocalizedText> apply(WorkflowState &state, const CaseEvent &event) const;
    // The main-line events the phase accepts (complaint events are accepted in every phase).
    static QList<EventKind> expected(Phase phase);
    // The stage a phase stands for when it has one deadline (Approvals: the answers).
    static Stage stageOf(Phase phase);

private:
    std::optional<LocalizedText> applyMain(WorkflowState &s, const CaseEvent &e) const;
    std::optional<LocalizedText> applyApprovals(WorkflowState &s, const CaseEvent &e) const;
    std::optional<LocalizedText> applyComplaint(WorkflowState &s, const CaseEvent &e) const;
    LocalizedText notAllowed(const WorkflowState &s, const CaseEvent &e) const;

    const WorkingCalendar &m_calendar;
};

} // namespace exitdesk
