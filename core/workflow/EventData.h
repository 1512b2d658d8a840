// Checks the data object of a workflow event against what its kind accepts
// (docs/workflow.md): unknown keys and bad values are refused with the key named
// ("data.result: …"), so a typo never slips into the timeline.
#pragma once

#include "calendar/LocalizedText.h"
#include "workflow/CaseEvent.h"

#include <optional>

namespace exitdesk {

class EventData
{
public:
    // The problem with the event's data, or nothing when it is acceptable.
    static std::optional<LocalizedText> check(const CaseEvent &event);
    // The keys the kind accepts ("note" is accepted by all).
    static QStringList allowedKeys(EventKind kind);
};

} // namespace exitdesk
