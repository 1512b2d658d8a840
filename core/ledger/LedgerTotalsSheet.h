// The register's last sheet: cases by stage, by destination country and by month of submission,
// each with its total, and a column chart of cases per month. Written after the register rows
// because in constant-memory mode a sheet is written row by row as it goes.
#pragma once

#include "ledger/LedgerLanguage.h"
#include "ledger/LedgerTotals.h"

#include <QString>

struct lxw_workbook;

namespace exitdesk {

class LedgerTotalsSheet
{
public:
    static QString sheetName(LedgerLanguage language);
    static bool write(lxw_workbook *workbook, const LedgerTotals &totals, LedgerLanguage language,
                      QString *error);
};

} // namespace exitdesk
