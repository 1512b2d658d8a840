#include "workflow/EventPermission.h"

namespace exitdesk {

Permission eventPermission(EventKind kind)
{
    switch (kind) {
    case EventKind::DecisionPrepared:
    case EventKind::PreliminaryDecisionSent:
    case EventKind::HearingNoticeSent:
    case EventKind::HearingHeld:
        return Permission::DraftPrepare;
    case EventKind::DecisionRecorded:
    case EventKind::RefusalIssued:
        return Permission::DecisionSign;
    case EventKind::ApplicantNotified:
    case EventKind::IdHandedOver:
    case EventKind::DecisionIssued:
        return Permission::ResultIssue;
    default:
        return Permission::CaseCheck;
    }
}

} // namespace exitdesk
