#include "workflow/Deadline.h"

#include "calendar/WorkingCalendar.h"

namespace exitdesk {

QStringList Deadline::lines(const QString &lang) const
{
    QStringList out;
    out << stageTitle(stage, lang) + QStringLiteral(": ") + basis.in(lang);
    out << count.lines(lang);
    if (cappedByServiceTerm)
        out << LocalizedText{QStringLiteral("Қызмет көрсету мерзімі бұрын аяқталады: мерзімі — %1."),
                             QStringLiteral("Срок оказания услуги истекает раньше: срок — %1."),
                             QStringLiteral("The service term ends earlier: due %1.")}
                   .arg(isoWithWeekday(due, lang))
                   .in(lang);
    return out;
}

DeadlineStatus DeadlineStatus::of(const QDate &due, const QDate &on, const WorkingCalendar &calendar)
{
    DeadlineStatus s;
    s.workingDays = calendar.workingDaysBetween(on, due);
    if (on > due)
        s.kind = Overdue;
    else if (s.workingDays <= 1)
        s.kind = DueSoon;
    return s;
}

QString DeadlineStatus::key() const
{
    switch (kind) {
    case Overdue:
        return QStringLiteral("overdue");
    case DueSoon:
        return QStringLiteral("due-soon");
    case OnTime:
        break;
    }
    return QStringLiteral("on-time");
}

} // namespace exitdesk
