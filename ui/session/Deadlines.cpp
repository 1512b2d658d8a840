#include "session/Deadlines.h"

#include "Clock.h"
#include "calendar/CalendarDefaults.h"
#include "calendar/CalendarStore.h"
#include "workflow/CaseStageIndex.h"
#include "workflow/WorkflowFactory.h"
#include "workflow/Deadline.h"

namespace exitdesk::ui {

Deadlines::Deadlines(Database *db, const Clock &clock) : m_db(db), m_clock(clock)
{
    reload();
}

void Deadlines::reload()
{
    m_error.clear();
    std::shared_ptr<const WorkingCalendar> calendar;
    WorkflowSettings settings;
    if (m_db) {
        calendar = CalendarStore(*m_db).loadWorkingCalendar(&m_error);
        settings = WorkflowFactory::settings(*m_db);
    }
    // Without a database (or with a broken calendar table) the shipped calendar still counts.
    if (!calendar)
        calendar = WorkingCalendar::create(CalendarDefaults::load());
    m_workflow = std::make_unique<Workflow>(calendar, settings);
}

void Deadlines::calendarChanged()
{
    reload();
    if (!m_db)
        return;
    QString error;
    if (CaseStageIndex::refreshOpen(*m_db, *m_workflow, &error) < 0)
        qWarning("stage index: %s", qPrintable(error));
}

QDate Deadlines::serviceDue(const QDateTime &submittedAt, const QString &channel) const
{
    if (!m_workflow || !submittedAt.isValid())
        return {};
    return m_workflow->serviceTerm(submittedAt, channel).dueDate();
}

std::optional<StageStatus> Deadlines::status(const QDateTime &submittedAt, const QString &channel,
                                             const QList<CaseEvent> &events) const
{
    if (!m_workflow || !submittedAt.isValid())
        return std::nullopt;
    const WorkflowResult r = m_workflow->derive(submittedAt, channel, events);
    StageStatus s;
    s.stage = r.state.stage;
    s.serviceDue = r.state.service.dueDate();
    if (const Deadline *d = r.state.currentDeadline()) {
        s.due = d->due;
        s.workingDaysLeft = DeadlineStatus::of(d->due, m_clock.today(), m_workflow->calendar()).workingDays;
    }
    return s;
}

} // namespace exitdesk::ui
