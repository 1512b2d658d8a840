// The service term of a case (SPEC.md §2): 20 working days; the day of handing in is not
// counted; an application handed in after closing time, on a day off or on a holiday is
// received on the next working day, and that day is then the one not counted:
//     effective day = submission day, if it is a working day and the time is not after closing;
//                     otherwise the first working day after the submission day;
//     due date      = the 20th working day strictly after the effective day.
#pragma once

#include "calendar/DueExplanation.h"
#include "calendar/WorkingCalendar.h"
#include "workflow/WorkflowSettings.h"

#include <QDateTime>

namespace exitdesk {

struct ServiceTerm
{
    static constexpr int kWorkingDays = 20;

    QDateTime submittedAt;
    QString channel;   // counter | portal
    QDate effectiveDay; // the day the application counts as received (not counted itself)
    bool afterHours = false;
    bool onDayOff = false;
    DueExplanation due; // from effectiveDay, 20 working days

    QDate dueDate() const { return due.due; }
    bool shifted() const { return afterHours || onDayOff; }

    // explain = false: `due` holds the count's start, norm and due date without the skipped
    // days (Workflow::Detail::DatesOnly).
    static ServiceTerm compute(const WorkingCalendar &calendar, const WorkflowSettings &settings,
                               const QDateTime &submittedAt, const QString &channel, bool explain = true);
    // The explanation: how the effective day was found, then the count.
    QStringList lines(const WorkingCalendar &calendar, const WorkflowSettings &settings, const QString &lang) const;
};

} // namespace exitdesk
