// Item 16 of the questionnaire: the work history must cover the last five years without gaps
// or overlaps (warnings the operator may confirm; SPEC.md §8, Annex 1).
//
// The rule, on whole years as the form asks for them: the last five years are the calendar
// years referenceYear-4 .. referenceYear. Records are taken in order of their years. Two
// records may share a boundary year (left in 2019, joined the next place in 2019); a record
// that starts before the previous one has ended is an overlap. An empty leaving year marks the
// job still held ("to the present", on one row only): it runs to referenceYear. Years of the window that no
// record covers form a gap, reported on the record after it (or the last one for a trailing gap).
#pragma once

#include "model/FamilyMembers.h"
#include "validation/Finding.h"

#include <QList>

namespace exitdesk {

class WorkHistoryCheck
{
public:
    // Row checks (joining year present, leaving year present except on the one current job, joining not after leaving, no future year) always; the
    // five-year coverage only when `coverageRequired` (applicants aged 16 and over).
    static void check(Findings &out, const QList<WorkRecord> &records, int referenceYear,
                      bool coverageRequired);
};

} // namespace exitdesk
