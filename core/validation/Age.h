// Age in full years, as staff count it for the age rules (SPEC.md §1, §4): a person turns N
// on the N-th birthday; someone born on 29 February turns N on 1 March in common years.
#pragma once

#include <QDate>

namespace exitdesk {

class Age
{
public:
    // Full years on `day`; -1 when either date is null or `day` is before the birth.
    static int fullYears(const QDate &birthDate, const QDate &day);
};

} // namespace exitdesk
