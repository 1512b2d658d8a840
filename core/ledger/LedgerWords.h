// The words the register prints in its cells and totals: stage names, country names, marks.
// In Kazakh and Russian; unknown keys print as they are.
#pragma once

#include "ledger/LedgerLanguage.h"

#include <QString>

namespace exitdesk {

class LedgerWords
{
public:
    static QString stage(const QString &stageKey, LedgerLanguage language);
    // "8) салық берешегі": a ground of refusal (SPEC.md §5, 1-9) by its number.
    static QString ground(int number, LedgerLanguage language);
    static QString country(const QString &isoCode, LedgerLanguage language);
    static QString status(const QString &statusKey, LedgerLanguage language);
    static QString overdue(LedgerLanguage language);
    static QString total(LedgerLanguage language);
};

} // namespace exitdesk
