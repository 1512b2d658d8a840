// The case workflow (SPEC.md §2, docs/workflow.md) as a pure function: submission time +
// events + calendar + settings → the case's state with its current stage and due dates.
// Recording an event is "derive with the new event added": when the replay refuses it, the
// message (kk/ru/en) names the stage and what is expected there.
#pragma once

#include "calendar/WorkingCalendar.h"
#include "workflow/WorkflowSettings.h"
#include "workflow/WorkflowState.h"

#include <memory>

namespace exitdesk {

struct WorkflowResult
{
    WorkflowState state; // as far as the events could be applied
    bool ok = true;
    int failedEvent = -1; // index (in replay order) of the refused event
    LocalizedText error;
};

class Workflow
{
public:
    // How much derive() works out. Full: every deadline with its basis and its count of skipped
    // days (the case screen, tryAdd). DatesOnly: the same state, stage, facts and due dates, but
    // deadlines without basis and count explanation (Deadline::basis empty, count without the
    // skipped days): for bulk readers such as the register that replay every case.
    enum class Detail { Full, DatesOnly };

    explicit Workflow(std::shared_ptr<const WorkingCalendar> calendar, WorkflowSettings settings = {});

    const WorkingCalendar &calendar() const { return *m_calendar; }
    const WorkflowSettings &settings() const { return m_settings; }

    ServiceTerm serviceTerm(const QDateTime &submittedAt, const QString &channel) const;

    // Replays the events in order (see sort()). Events after `asOf` (when valid) are ignored,
    // giving the state as it was on that day.
    WorkflowResult derive(const QDateTime &submittedAt, const QString &channel, QList<CaseEvent> events,
                          const QDate &asOf = QDate(), Detail detail = Detail::Full) const;
    // Whether `candidate` may be added to the stored events: the replay with it must succeed.
    WorkflowResult tryAdd(const QDateTime &submittedAt, const QString &channel, const QList<CaseEvent> &stored,
                          const CaseEvent &candidate) const;

    // Replay order: by day, then by storage id (a new event, id 0, last). Within a day the
    // order of recording counts, not the time of day, so an event recorded with a date only
    // never jumps before one recorded earlier that day.
    static void sort(QList<CaseEvent> &events);

private:
    std::shared_ptr<const WorkingCalendar> m_calendar;
    WorkflowSettings m_settings;
};

} // namespace exitdesk
