#include "workflow/WorkflowState.h"

namespace exitdesk {

bool WorkflowState::anyNegative() const
{
    for (const ApprovalAnswer &a : answers) {
        if (!a.positive)
            return true;
    }
    return false;
}

const ApprovalAnswer *WorkflowState::securityAnswer() const
{
    const auto it = answers.constFind(ApprovalBody::Knb);
    return it == answers.constEnd() ? nullptr : &it.value();
}

const Deadline *WorkflowState::currentDeadline() const
{
    for (const Deadline &d : deadlines) {
        if (!isComplaintStage(d.stage))
            return &d;
    }
    return nullptr;
}

} // namespace exitdesk
