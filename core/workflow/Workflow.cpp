#include "workflow/Workflow.h"

#include "workflow/EventData.h"
#include "workflow/WorkflowDeadlines.h"
#include "workflow/WorkflowTransitions.h"

#include <algorithm>
#include <limits>

namespace exitdesk {

Workflow::Workflow(std::shared_ptr<const WorkingCalendar> calendar, WorkflowSettings settings)
    : m_calendar(std::move(calendar)), m_settings(settings)
{
}

ServiceTerm Workflow::serviceTerm(const QDateTime &submittedAt, const QString &channel) const
{
    return ServiceTerm::compute(*m_calendar, m_settings, submittedAt, channel);
}

void Workflow::sort(QList<CaseEvent> &events)
{
    auto key = [](const CaseEvent &e) { return e.id == 0 ? std::numeric_limits<qint64>::max() : e.id; };
    std::stable_sort(events.begin(), events.end(), [&](const CaseEvent &a, const CaseEvent &b) {
        if (a.day() != b.day())
            return a.day() < b.day();
        return key(a) < key(b);
    });
}

WorkflowResult Workflow::derive(const QDateTime &submittedAt, const QString &channel, QList<CaseEvent> events,
                                const QDate &asOf, Detail detail) const
{
    const bool full = detail == Detail::Full;
    WorkflowResult r;
    r.state.service = ServiceTerm::compute(*m_calendar, m_settings, submittedAt, channel, full);
    const WorkflowTransitions transitions(*m_calendar);
    const WorkflowDeadlines deadlines(*m_calendar, full);
    // Full keeps the deadlines current after every event. DatesOnly computes them once at the
    // end: between events only a refusal's message reads them (it names the current stage),
    // and a refused event leaves the state as it was, so it is replayed with them brought
    // up to date, giving the same message.
    if (full)
        deadlines.compute(r.state);
    sort(events);
    for (int i = 0; i < events.size(); ++i) {
        const CaseEvent &e = events.at(i);
        if (asOf.isValid() && e.day() > asOf)
            break;
        std::optional<LocalizedText> error = EventData::check(e);
        if (!error) {
            error = transitions.apply(r.state, e);
            if (error && !full) {
                deadlines.compute(r.state);
                error = transitions.apply(r.state, e);
            }
        }
        if (error) {
            r.ok = false;
            r.failedEvent = i;
            r.error = *error;
            break;
        }
        if (full)
            deadlines.compute(r.state);
    }
    if (!full)
        deadlines.compute(r.state);
    return r;
}

WorkflowResult Workflow::tryAdd(const QDateTime &submittedAt, const QString &channel, const QList<CaseEvent> &stored,
                                const CaseEvent &candidate) const
{
    QList<CaseEvent> all = stored;
    CaseEvent e = candidate;
    e.id = 0;
    all << e;
    return derive(submittedAt, channel, all);
}

} // namespace exitdesk
