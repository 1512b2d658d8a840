// The checks of a case (SPEC.md §1, §4, §8): IINs, dates, names, ages, items 11-16,
// work history, consents, and the documents of the package.
#pragma once

#include "model/Case.h"
#include "validation/Finding.h"

#include <QDate>

namespace exitdesk {

class CaseValidator
{
public:
    // Every finding for the case. Ages and expiry are judged on referenceDay: the day of
    // submission for a submitted case, today (from the injected clock) for a draft.
    static Findings validate(const Case &c, const QDate &referenceDay);
    // The field checks only, without the package of documents.
    static Findings validateFields(const Case &c, const QDate &referenceDay);
};

} // namespace exitdesk
