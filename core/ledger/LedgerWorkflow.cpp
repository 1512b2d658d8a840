#include "ledger/LedgerWorkflow.h"

#include "calendar/CalendarStore.h"

namespace exitdesk {

std::unique_ptr<Workflow> LedgerWorkflow::load(Database &db, QString *error)
{
    CalendarStore store(db);
    std::shared_ptr<const WorkingCalendar> calendar = store.loadWorkingCalendar(error);
    if (!calendar)
        return nullptr;
    WorkflowSettings settings;
    const QTime counter =
        QTime::fromString(store.setting(WorkflowSettings::counterClosesKey()), QStringLiteral("HH:mm"));
    const QTime portal =
        QTime::fromString(store.setting(WorkflowSettings::portalClosesKey()), QStringLiteral("HH:mm"));
    if (counter.isValid())
        settings.counterClosesAt = counter;
    if (portal.isValid())
        settings.portalClosesAt = portal;
    return std::make_unique<Workflow>(std::move(calendar), settings);
}

} // namespace exitdesk
