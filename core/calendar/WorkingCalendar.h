// The production calendar ready for counting: built once from CalendarData, immutable and
// cheap to share between threads (std::shared_ptr<const WorkingCalendar>). Every day of the
// covered range is precomputed with prefix sums of working days, so "the N-th working day
// after a date" and "working days between two dates" are O(1).
//
// Counting rules (SPEC.md §3, docs/calendar.md):
// - a day is working unless it is a weekly day off, a holiday, a carried-over holiday or a
//   transferred day off; a transferred working day (a weekly day off made working) is working;
// - a holiday always gives a day off, also on a Saturday made working by a transfer;
// - a movable (national) holiday that falls on a weekly day off gives a day off on the next
//   working day after it; carried days are placed in date order, each on the first day that
//   is still working after every holiday and earlier carried day has been marked, so
//   21–23 March on Sat–Mon gives Tue 24 and Wed 25 March off; religious holidays
//   (7 January, Kurban Ait) are not carried; two holidays on one weekday give no extra day.
#pragma once

#include "calendar/CalendarData.h"
#include "calendar/DayInfo.h"
#include "calendar/DueExplanation.h"

#include <QHash>

#include <memory>
#include <vector>

namespace exitdesk {

class WorkingCalendar
{
public:
    explicit WorkingCalendar(CalendarData data);
    static std::shared_ptr<const WorkingCalendar> create(CalendarData data);

    const CalendarData &data() const { return m_data; }

    // The range of days the calendar counts in (at least 2000-01-01 … 2099-12-31).
    QDate firstDate() const { return QDate::fromJulianDay(m_baseJd); }
    QDate lastDate() const { return QDate::fromJulianDay(m_baseJd + qint64(m_kind.size()) - 1); }
    bool covers(const QDate &date) const { return offsetOf(date) >= 0; }

    // Outside the range a day is counted by the weekly days off alone.
    bool isWorkingDay(const QDate &date) const;
    DayInfo dayInfo(const QDate &date) const;
    // Every day of a year, 1 January first: the calendar editor's year view.
    QList<DayInfo> yearDays(int year) const;
    int workingDaysInYear(int year) const;

    // The N-th working day strictly after `date` (N > 0), the |N|-th working day strictly
    // before it (N < 0), `date` itself for N = 0. Invalid when the result is out of range.
    QDate addWorkingDays(const QDate &date, int n) const;
    // The first working day strictly after `date`.
    QDate nextWorkingDay(const QDate &date) const { return addWorkingDays(date, 1); }
    // `date` when it is a working day, else the first working day after it.
    QDate workingDayOnOrAfter(const QDate &date) const;
    // The number of working days d with from < d <= to; negative (minus those with
    // to < d <= from) when to is before from. So addWorkingDays(a, n) == b gives n.
    int workingDaysBetween(const QDate &from, const QDate &to) const;

    // addWorkingDays with its explanation: every day skipped and its reason.
    DueExplanation explainDue(const QDate &from, int n) const;

    QList<YearGap> gaps(int year) const { return m_data.gaps(year); }
    bool isComplete(int year) const { return m_data.isComplete(year); }
    // The years from `a` to `b` (either order) whose calendar is incomplete.
    QList<int> incompleteYears(const QDate &a, const QDate &b) const;

private:
    struct Extra
    {
        LocalizedText reason;
        QDate carriedFrom;
        QString key;
    };

    qint64 offsetOf(const QDate &date) const
    {
        if (!date.isValid())
            return -1;
        const qint64 i = date.toJulianDay() - m_baseJd;
        return i >= 0 && i < qint64(m_kind.size()) ? i : -1;
    }
    void build();

    CalendarData m_data;
    qint64 m_baseJd = 0;
    std::vector<DayKind> m_kind;
    std::vector<qint32> m_cum;     // m_cum[i]: working days among offsets [0, i)
    std::vector<qint32> m_workIdx; // offsets of the working days, ascending
    QHash<qint32, Extra> m_extra;  // reasons of the days that are not ordinary
};

} // namespace exitdesk
