#include "validation/Age.h"

namespace exitdesk {

int Age::fullYears(const QDate &birthDate, const QDate &day)
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return -1;
    int years = day.year() - birthDate.year();
    // Comparing (month, day) pairs puts the birthday of 29 February after 28 February, so in a
    // common year the birthday is reached on 1 March.
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --years;
    return years;
}

} // namespace exitdesk
