// One day of the production calendar as counted: its kind and, for a day that is not an
// ordinary working day, why. The calendar editor's year view and the explanation of a due
// date are made of these.
#pragma once

#include "calendar/LocalizedText.h"

#include <QDate>
#include <QString>

namespace exitdesk {

enum class DayKind : quint8 {
    Working,            // an ordinary working day
    TransferredWorking, // a weekly day off made a working day by a transfer
    WeeklyDayOff,       // Saturday or Sunday (or whatever the office set)
    Holiday,            // a public holiday (a dated rule or Kurban Ait)
    CarriedHoliday,     // the day off given for a national holiday that fell on a weekly day off
    TransferredDayOff,  // a working weekday made a day off by a transfer
};

inline bool isWorkingKind(DayKind kind)
{
    return kind == DayKind::Working || kind == DayKind::TransferredWorking;
}

// working | transferred-working | weekly-day-off | holiday | carried-holiday | transferred-day-off
QString dayKindKey(DayKind kind);

struct DayInfo
{
    QDate date;
    DayKind kind = DayKind::Working;
    LocalizedText reason; // the holiday's name, "(перенос)", "weekend", …; empty for ordinary working days
    QDate carriedFrom;    // CarriedHoliday: the date of the holiday that fell on the day off
    QString holidayKey;   // Holiday / CarriedHoliday: the rule's key ("kurban-ait" for Kurban Ait)

    bool isWorking() const { return isWorkingKind(kind); }
};

} // namespace exitdesk
