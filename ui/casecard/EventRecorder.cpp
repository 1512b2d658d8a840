#include "casecard/EventRecorder.h"

#include "Clock.h"

namespace exitdesk::ui {

bool EventRecorder::record(const Actor &actor, const WorkflowCase &c, CaseEvent &e, const QString &lang,
                           QString *message)
{
    e.recordedAt = m_clock.now();
    LocalizedText refusal;
    QString error;
    if (!CaseEventStore(m_db, actor).record(m_workflow, c, e, nullptr, &refusal, &error)) {
        *message = refusal.isEmpty() ? error : refusal.in(lang);
        return false;
    }
    return true;
}

} // namespace exitdesk::ui
