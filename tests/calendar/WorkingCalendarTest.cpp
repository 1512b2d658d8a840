// The shipped production calendar counted against whole years and against the hand-made list
// of SPEC.md §3 (CalendarTestSupport.h), and the working-day arithmetic.
#include "CalendarTestSupport.h"

#include <gtest/gtest.h>

using namespace exitdesk;
using exitdesk::test::d;

namespace {

const WorkingCalendar &cal()
{
    return *exitdesk::test::defaultCalendar();
}

} // namespace

// Working days of the five-day week:
//  2024: leap year starting on Monday: 366 days = 52 weeks + Mon, Tue → 262 weekdays;
//        14 weekdays off (see CalendarTestSupport.h) and 1 Saturday worked → 262 − 14 + 1 = 249.
//  2025: starts on Wednesday: 52 weeks + Wed → 261 weekdays; 16 weekdays off, 1 Sunday worked
//        → 261 − 16 + 1 = 246.
//  2026: starts on Thursday: 52 weeks + Thu → 261 weekdays; 14 weekdays off → 247.
TEST(WorkingCalendar, WorkingDaysOfWholeYears)
{
    EXPECT_EQ(cal().workingDaysInYear(2024), 249);
    EXPECT_EQ(cal().workingDaysInYear(2025), 246);
    EXPECT_EQ(cal().workingDaysInYear(2026), 247);
}

TEST(WorkingCalendar, EveryDayOf2024To2027MatchesTheHandMadeList)
{
    for (QDate day = d("2024-01-01"); day <= d("2027-12-31"); day = day.addDays(1))
        ASSERT_EQ(cal().isWorkingDay(day), exitdesk::test::handIsWorking(day)) << day.toString(Qt::ISODate).toStdString();
}

TEST(WorkingCalendar, DueDatesMatchTheHandMadeListFor2024To2026)
{
    for (QDate from = d("2023-12-25"); from <= d("2026-12-31"); from = from.addDays(1)) {
        for (int n : {1, 2, 3, 5, 10, 15, 20, 25, 40}) {
            const QDate due = cal().addWorkingDays(from, n);
            ASSERT_EQ(due, exitdesk::test::handAddWorkingDays(from, n))
                << from.toString(Qt::ISODate).toStdString() << " + " << n;
            ASSERT_EQ(cal().workingDaysBetween(from, due), n);
        }
    }
}

TEST(WorkingCalendar, NauryzAcrossAWeekendIsCarriedAfterAllThreeDays)
{
    // 2026: 21 Sat, 22 Sun, 23 Mon → the two weekend days give Tue 24 and Wed 25 March.
    EXPECT_EQ(cal().dayInfo(d("2026-03-21")).kind, DayKind::Holiday);
    EXPECT_EQ(cal().dayInfo(d("2026-03-23")).kind, DayKind::Holiday);
    const DayInfo tue = cal().dayInfo(d("2026-03-24"));
    const DayInfo wed = cal().dayInfo(d("2026-03-25"));
    EXPECT_EQ(tue.kind, DayKind::CarriedHoliday);
    EXPECT_EQ(tue.carriedFrom, d("2026-03-21"));
    EXPECT_EQ(wed.kind, DayKind::CarriedHoliday);
    EXPECT_EQ(wed.carriedFrom, d("2026-03-22"));
    EXPECT_TRUE(tue.reason.ru.contains(QStringLiteral("Наурыз")));
    EXPECT_TRUE(tue.reason.ru.contains(QStringLiteral("перенос")));
    EXPECT_TRUE(cal().isWorkingDay(d("2026-03-26")));
    EXPECT_EQ(cal().nextWorkingDay(d("2026-03-20")), d("2026-03-26"));
    // 2027: only 21 March (Sunday) is carried, over the two holidays after it, to Wed 24.
    EXPECT_EQ(cal().dayInfo(d("2027-03-24")).kind, DayKind::CarriedHoliday);
    EXPECT_EQ(cal().dayInfo(d("2027-03-24")).carriedFrom, d("2027-03-21"));
    EXPECT_TRUE(cal().isWorkingDay(d("2027-03-25")));
}

TEST(WorkingCalendar, ACarryOverThatMeetsASecondHolidayMovesPastIt)
{
    // 7 May 2022 was a Saturday and 9 May a Monday (a holiday): the day off is Tuesday 10 May.
    EXPECT_EQ(cal().dayInfo(d("2022-05-09")).kind, DayKind::Holiday);
    const DayInfo tue = cal().dayInfo(d("2022-05-10"));
    EXPECT_EQ(tue.kind, DayKind::CarriedHoliday);
    EXPECT_EQ(tue.carriedFrom, d("2022-05-07"));
    // 1–2 January 2022 were Saturday–Sunday: Monday 3 and Tuesday 4 January off.
    EXPECT_EQ(cal().dayInfo(d("2022-01-03")).carriedFrom, d("2022-01-01"));
    EXPECT_EQ(cal().dayInfo(d("2022-01-04")).carriedFrom, d("2022-01-02"));
    EXPECT_TRUE(cal().isWorkingDay(d("2022-01-05")));

    // The same with a made-up rule: a holiday on Saturday 6 July 2024 with the Monday after it
    // already a holiday and the Tuesday a transferred day off: the carry lands on Wednesday.
    CalendarData data = CalendarDefaults::load();
    data.holidays << HolidayRule{QStringLiteral("test-monday"), 7, 8, {QStringLiteral("T"), QStringLiteral("T"), QStringLiteral("T")}, true, 2024, 2024};
    data.years[2024].transfers << DayTransfer{d("2024-07-09"), TransferKind::DayOff, QString()};
    const WorkingCalendar c(data);
    EXPECT_EQ(c.dayInfo(d("2024-07-08")).kind, DayKind::Holiday);
    EXPECT_EQ(c.dayInfo(d("2024-07-09")).kind, DayKind::TransferredDayOff);
    EXPECT_EQ(c.dayInfo(d("2024-07-10")).kind, DayKind::CarriedHoliday);
    EXPECT_EQ(c.dayInfo(d("2024-07-10")).carriedFrom, d("2024-07-06"));
}

TEST(WorkingCalendar, ReligiousHolidaysAreNotCarried)
{
    // 7 January 2024 and Kurban Ait 16 June 2024 were Sundays: the Mondays after are working.
    EXPECT_EQ(cal().dayInfo(d("2024-01-07")).kind, DayKind::Holiday);
    EXPECT_TRUE(cal().isWorkingDay(d("2024-01-08")));
    EXPECT_EQ(cal().dayInfo(d("2024-06-16")).holidayKey, QStringLiteral("kurban-ait"));
    EXPECT_TRUE(cal().isWorkingDay(d("2024-06-17")));
    // Kurban Ait on a weekday is a day off.
    EXPECT_FALSE(cal().isWorkingDay(d("2025-06-06")));
    EXPECT_FALSE(cal().isWorkingDay(d("2026-05-27")));
}

TEST(WorkingCalendar, TransfersMoveDaysOff)
{
    EXPECT_EQ(cal().dayInfo(d("2024-05-04")).kind, DayKind::TransferredWorking);
    EXPECT_TRUE(cal().isWorkingDay(d("2024-05-04")));
    EXPECT_EQ(cal().dayInfo(d("2024-05-08")).kind, DayKind::TransferredDayOff);
    EXPECT_EQ(cal().dayInfo(d("2025-01-03")).kind, DayKind::TransferredDayOff);
    EXPECT_TRUE(cal().isWorkingDay(d("2025-01-05")));
    // Across the 2024/2025 year end: Mon 30, Tue 31 Dec, then Sunday 5 January (worked).
    EXPECT_EQ(cal().addWorkingDays(d("2024-12-27"), 3), d("2025-01-05"));
}

TEST(WorkingCalendar, ValidityRangesOfRules)
{
    EXPECT_EQ(cal().dayInfo(d("2025-09-01")).carriedFrom, d("2025-08-30")); // 30 Aug 2025 (Sat) carried
    EXPECT_TRUE(cal().isWorkingDay(d("2026-08-31")));  // no 30 August from 2026
    EXPECT_TRUE(cal().isWorkingDay(d("2026-03-16")));  // 15 March only from 2027
    EXPECT_FALSE(cal().isWorkingDay(d("2027-03-15")));
    EXPECT_FALSE(cal().isWorkingDay(d("2021-12-17"))); // 17 December until 2021
    EXPECT_TRUE(cal().isWorkingDay(d("2025-12-17")));
}

TEST(WorkingCalendar, ArithmeticEdges)
{
    EXPECT_EQ(cal().addWorkingDays(d("2026-03-20"), 0), d("2026-03-20"));
    EXPECT_EQ(cal().addWorkingDays(d("2026-03-26"), -1), d("2026-03-20"));
    EXPECT_EQ(cal().addWorkingDays(d("2026-03-22"), -1), d("2026-03-20"));
    EXPECT_EQ(cal().workingDaysBetween(d("2026-03-26"), d("2026-03-20")), -1);
    EXPECT_EQ(cal().workingDayOnOrAfter(d("2026-03-21")), d("2026-03-26"));
    EXPECT_EQ(cal().workingDayOnOrAfter(d("2026-03-26")), d("2026-03-26"));
    // Strictly after: a working day's own date is never the answer for N = 1.
    EXPECT_EQ(cal().addWorkingDays(d("2026-03-26"), 1), d("2026-03-27"));
    EXPECT_FALSE(cal().addWorkingDays(QDate(1990, 1, 1), 1).isValid());
    EXPECT_FALSE(cal().addWorkingDays(cal().lastDate(), 1).isValid());
}

TEST(WorkingCalendar, ExplanationNamesEverySkippedDay)
{
    const DueExplanation e = cal().explainDue(d("2026-03-20"), 2);
    EXPECT_EQ(e.due, d("2026-03-27"));
    ASSERT_EQ(e.skipped.size(), 5); // 21, 22 (weekend + Nauryz), 23 Nauryz, 24–25 carried
    EXPECT_EQ(e.skipped.at(0).date, d("2026-03-21"));
    EXPECT_EQ(e.skipped.at(4).kind, DayKind::CarriedHoliday);
    EXPECT_FALSE(e.hasWarning());
    const QString ru = e.lines(QStringLiteral("ru")).join(QLatin1Char('\n'));
    EXPECT_TRUE(ru.contains(QStringLiteral("2026-03-24"))) << ru.toStdString();
    EXPECT_TRUE(ru.contains(QStringLiteral("(перенос с 2026-03-21)"))) << ru.toStdString();
    const DueExplanation weekend = cal().explainDue(d("2026-03-06"), 1);
    ASSERT_EQ(weekend.skipped.size(), 3); // Sat, Sun, Mon 9 March (8 March carried)
    EXPECT_EQ(weekend.skipped.at(0).kind, DayKind::WeeklyDayOff);
    EXPECT_EQ(weekend.skipped.at(2).kind, DayKind::CarriedHoliday);
}

TEST(WorkingCalendar, DueDatesIntoAnIncompleteYearWarn)
{
    EXPECT_TRUE(cal().isComplete(2026));
    EXPECT_FALSE(cal().isComplete(2027));
    const DueExplanation e = cal().explainDue(d("2026-12-20"), 20);
    ASSERT_TRUE(e.isValid());
    EXPECT_EQ(e.due.year(), 2027);
    EXPECT_EQ(e.incompleteYears, QList<int>{2027});
    EXPECT_FALSE(e.warning(QStringLiteral("en")).isEmpty());
    // 2026-12-20 (Sun) + 20: Dec 21–25 (5), 28–31 (9), Jan 1 holiday, Jan 4 carried from Sat
    // 2 Jan, Jan 5–6 (11), Jan 7 holiday, Jan 8 (12), 11–15 (17), 18–20 (20) → 20 January.
    EXPECT_EQ(e.due, d("2027-01-20"));
    EXPECT_FALSE(cal().explainDue(d("2026-03-02"), 20).hasWarning());
    EXPECT_EQ(cal().gaps(2027), (QList<YearGap>{YearGap::NoKurbanAit, YearGap::NotConfirmed}));
    EXPECT_TRUE(cal().gaps(2025).isEmpty());
}

TEST(WorkingCalendar, YearViewHasEveryDayWithItsKind)
{
    const QList<DayInfo> days = cal().yearDays(2024);
    ASSERT_EQ(days.size(), 366);
    int working = 0;
    int carried = 0;
    for (const DayInfo &i : days) {
        working += i.isWorking() ? 1 : 0;
        carried += i.kind == DayKind::CarriedHoliday ? 1 : 0;
        if (!i.isWorking()) {
            EXPECT_FALSE(i.reason.isEmpty()) << i.date.toString(Qt::ISODate).toStdString();
        }
    }
    EXPECT_EQ(working, 249);
    EXPECT_EQ(carried, 2); // 25 March, 8 July
}

TEST(WorkingCalendar, ConfigurableWeeklyDaysOff)
{
    CalendarData data = CalendarDefaults::load();
    data.weeklyDaysOff = {Qt::Sunday};
    data.years.clear();
    const WorkingCalendar six(data);
    EXPECT_TRUE(six.isWorkingDay(d("2026-03-07")));  // a Saturday
    EXPECT_FALSE(six.isWorkingDay(d("2026-03-08"))); // Sunday and 8 March
    EXPECT_EQ(six.dayInfo(d("2026-03-09")).kind, DayKind::CarriedHoliday);
    // Saturday 21 March 2026 is a working day of that week, so Nauryz falls on working days
    // except Sunday 22 March, carried to Tuesday 24 (23 is Nauryz itself).
    EXPECT_EQ(six.dayInfo(d("2026-03-24")).carriedFrom, d("2026-03-22"));
    EXPECT_TRUE(six.isWorkingDay(d("2026-03-25")));
}
