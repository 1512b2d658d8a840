// The production calendar as data (SPEC.md §3): the weekly days off, the dated holiday
// rules and the per-year entries. This is what the database stores, what the defaults
// resource and an imported file contain, and what the calendar editor changes;
// WorkingCalendar is built from it for counting.
#pragma once

#include "calendar/CalendarError.h"
#include "calendar/CalendarYear.h"
#include "calendar/HolidayRule.h"

#include <QList>
#include <QMap>

namespace exitdesk {

// What a year's calendar lacks for deadlines to be trusted.
enum class YearGap {
    NoKurbanAit,  // the first day of Kurban Ait is not entered
    NotConfirmed, // no administrator confirmed the year
};

LocalizedText yearGapText(YearGap gap);

struct CalendarData
{
    QList<int> weeklyDaysOff{Qt::Saturday, Qt::Sunday}; // Qt::DayOfWeek values, 1 = Monday
    QList<HolidayRule> holidays;
    QMap<int, CalendarYear> years;

    bool isWeeklyDayOff(const QDate &date) const { return weeklyDaysOff.contains(date.dayOfWeek()); }
    // The holiday rules that give a day off on this date (several when two coincide).
    QList<const HolidayRule *> rulesOn(const QDate &date) const;
    // What the year lacks: nothing for a complete year.
    QList<YearGap> gaps(int year) const;
    bool isComplete(int year) const { return gaps(year).isEmpty(); }

    // Checks a year entry against the weekly days off and the holiday rules: dates inside the
    // year, one transfer per date, a working-day transfer on a weekly day off, a day-off
    // transfer on a working weekday, no transfer on a holiday. Empty when the entry is sound.
    CalendarErrors validateYear(const CalendarYear &year) const;
    // Checks the rules and the weekly days off, then every year.
    CalendarErrors validate() const;
};

} // namespace exitdesk
