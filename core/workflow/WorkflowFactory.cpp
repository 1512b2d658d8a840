#include "workflow/WorkflowFactory.h"

#include "calendar/CalendarStore.h"

namespace exitdesk {

WorkflowSettings WorkflowFactory::settings(Database &db)
{
    const CalendarStore store(db);
    WorkflowSettings s;
    const QTime counter = QTime::fromString(store.setting(WorkflowSettings::counterClosesKey()), QStringLiteral("HH:mm"));
    const QTime portal = QTime::fromString(store.setting(WorkflowSettings::portalClosesKey()), QStringLiteral("HH:mm"));
    if (counter.isValid())
        s.counterClosesAt = counter;
    if (portal.isValid())
        s.portalClosesAt = portal;
    return s;
}

std::unique_ptr<Workflow> WorkflowFactory::fromDatabase(Database &db, QString *error)
{
    std::shared_ptr<const WorkingCalendar> calendar = CalendarStore(db).loadWorkingCalendar(error);
    if (!calendar)
        return nullptr;
    return std::make_unique<Workflow>(std::move(calendar), settings(db));
}

} // namespace exitdesk
