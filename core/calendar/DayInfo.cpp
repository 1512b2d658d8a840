#include "calendar/DayInfo.h"

namespace exitdesk {

QString dayKindKey(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
        return QStringLiteral("working");
    case DayKind::TransferredWorking:
        return QStringLiteral("transferred-working");
    case DayKind::WeeklyDayOff:
        return QStringLiteral("weekly-day-off");
    case DayKind::Holiday:
        return QStringLiteral("holiday");
    case DayKind::CarriedHoliday:
        return QStringLiteral("carried-holiday");
    case DayKind::TransferredDayOff:
        return QStringLiteral("transferred-day-off");
    }
    return QString();
}

} // namespace exitdesk
