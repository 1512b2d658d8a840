// Shared helpers of the calendar tests: the shipped calendar, and an independent list of the
// days off of 2024–2027 written out by hand from SPEC.md §3 (not computed by the code under
// test), used as an oracle.
#pragma once

#include "calendar/CalendarDefaults.h"
#include "calendar/WorkingCalendar.h"

#include <QDate>
#include <QSet>

#include <memory>

namespace exitdesk::test {

inline std::shared_ptr<const WorkingCalendar> defaultCalendar()
{
    static const std::shared_ptr<const WorkingCalendar> calendar = WorkingCalendar::create(CalendarDefaults::load());
    return calendar;
}

inline QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Weekdays (Mon–Fri) that are days off, by hand from SPEC.md §3:
//  2024: 1–2 Jan; 8 Mar (Fri); Nauryz 21–22 Mar (Thu–Fri), 23 Mar is a Saturday → Mon 25 Mar;
//        1, 7, 9 May; 8 May (transfer, for Sat 4 May worked); 6 Jul is a Saturday → Mon 8 Jul;
//        30 Aug (Fri); 25 Oct (Fri); 16 Dec (Mon). 7 Jan and Kurban Ait (16 Jun) are Sundays and,
//        being religious, are not carried.
//  2025: 1–2 Jan; 3 Jan (transfer, for Sun 5 Jan worked); 7 Jan (Tue); 8 Mar is a Saturday →
//        Mon 10 Mar; 21 Mar (Fri), 22–23 Mar weekend → Mon 24, Tue 25 Mar; 1, 7, 9 May;
//        Kurban Ait 6 Jun (Fri); 6 Jul Sunday → Mon 7 Jul; 30 Aug Saturday → Mon 1 Sep;
//        25 Oct Saturday → Mon 27 Oct; 16 Dec (Tue).
//  2026: 1–2 Jan; 7 Jan (Wed); 8 Mar Sunday → Mon 9 Mar; 21–22 Mar weekend, 23 Mar (Mon) →
//        Tue 24, Wed 25 Mar; 1, 7 May; 9 May Saturday → Mon 11 May; Kurban Ait 27 May (Wed);
//        6 Jul (Mon); no 30 August from 2026 (a Sunday anyway: no carry to 31 Aug);
//        25 Oct Sunday → Mon 26 Oct; 16 Dec (Wed).
//  2027 (no Kurban Ait yet): 1 Jan (Fri), 2 Jan Saturday → Mon 4 Jan; 7 Jan; 8 Mar; 15 Mar
//        (new Constitution Day); 21 Mar Sunday, 22–23 Mar (Mon–Tue) → carried to Wed 24 Mar;
//        1 May Saturday → Mon 3 May; 7 May; 9 May Sunday → Mon 10 May; 6 Jul; 25 Oct; 16 Dec.
inline const QSet<QDate> &handWeekdaysOff()
{
    static const QSet<QDate> days = [] {
        QSet<QDate> s;
        for (const char *iso :
             {"2024-01-01", "2024-01-02", "2024-03-08", "2024-03-21", "2024-03-22", "2024-03-25", "2024-05-01",
              "2024-05-07", "2024-05-08", "2024-05-09", "2024-07-08", "2024-08-30", "2024-10-25", "2024-12-16",
              "2025-01-01", "2025-01-02", "2025-01-03", "2025-01-07", "2025-03-10", "2025-03-21", "2025-03-24",
              "2025-03-25", "2025-05-01", "2025-05-07", "2025-05-09", "2025-06-06", "2025-07-07", "2025-09-01",
              "2025-10-27", "2025-12-16", "2026-01-01", "2026-01-02", "2026-01-07", "2026-03-09", "2026-03-23",
              "2026-03-24", "2026-03-25", "2026-05-01", "2026-05-07", "2026-05-11", "2026-05-27", "2026-07-06",
              "2026-10-26", "2026-12-16", "2027-01-01", "2027-01-04", "2027-01-07", "2027-03-08", "2027-03-15",
              "2027-03-22", "2027-03-23", "2027-03-24", "2027-05-03", "2027-05-07", "2027-05-10", "2027-07-06",
              "2027-10-25", "2027-12-16"})
            s.insert(d(iso));
        return s;
    }();
    return days;
}

// Saturdays and Sundays that are working days (transfers).
inline const QSet<QDate> &handWeekendsWorked()
{
    static const QSet<QDate> days{d("2024-05-04"), d("2025-01-05")};
    return days;
}

inline bool handIsWorking(const QDate &day)
{
    if (handWeekendsWorked().contains(day))
        return true;
    return day.dayOfWeek() <= 5 && !handWeekdaysOff().contains(day);
}

// The N-th working day strictly after `from`, day by day with the hand-made lists.
inline QDate handAddWorkingDays(const QDate &from, int n)
{
    QDate day = from;
    while (n > 0) {
        day = day.addDays(1);
        if (handIsWorking(day))
            --n;
    }
    return day;
}

} // namespace exitdesk::test
