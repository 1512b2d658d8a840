#include "casecard/EventRecorder.h"

#include "Clock.h"
#include "accounts/Permissions.h"
#include "workflow/EventPermission.h"

namespace exitdesk::ui {

bool EventRecorder::record(const Actor &actor, const WorkflowCase &c, CaseEvent &e, const QString &lang,
                           QString *message)
{
    if (const auto denied = Permissions::require(actor, eventPermission(e.kind))) {
        *message = denied->message(lang);
        return false;
    }
    e.recordedAt = m_clock.now();
    LocalizedText refusal;
    QString error;
    if (!CaseEventStore(m_db).record(m_workflow, c, e, nullptr, &refusal, &error)) {
        *message = refusal.isEmpty() ? error : refusal.in(lang);
        return false;
    }
    return true;
}

} // namespace exitdesk::ui
