// A dated public holiday of the production calendar (SPEC.md §3): a day of the year that is
// a day off in the years of its validity range. The law changes (30 August stops after 2025,
// 15 March starts in 2027), so the range is data an administrator can correct.
#pragma once

#include "calendar/LocalizedText.h"

#include <QDate>
#include <QString>

namespace exitdesk {

struct HolidayRule
{
    QString key; // stable identifier, e.g. "nauryz-1", "independence-day"
    int month = 1;
    int day = 1;
    LocalizedText name;
    // A national or state holiday that falls on a weekly day off gives a day off on the next
    // working day; religious holidays (7 January, Kurban Ait) do not (SPEC.md §3).
    bool movable = true;
    int validFrom = 0; // first year the rule applies; 0: no lower limit
    int validTo = 0;   // last year the rule applies; 0: no upper limit

    bool appliesIn(int year) const
    {
        return (validFrom == 0 || year >= validFrom) && (validTo == 0 || year <= validTo);
    }
    // The holiday's date in a year (invalid when the rule does not apply or the day does not
    // exist, e.g. 29 February of a common year).
    QDate dateIn(int year) const { return appliesIn(year) ? QDate(year, month, day) : QDate(); }

    bool operator==(const HolidayRule &o) const
    {
        return key == o.key && month == o.month && day == o.day && name == o.name && movable == o.movable
            && validFrom == o.validFrom && validTo == o.validTo;
    }
};

} // namespace exitdesk
