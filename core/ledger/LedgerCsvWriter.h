// The register as CSV (RFC 4180, UTF-8, comma-separated, dates ISO YYYY-MM-DD): the same
// columns and values as the workbook, for other tools and for the benchmark that compares the
// Excel export with what a user would otherwise do (LibreOffice converting a CSV).
#pragma once

#include "ledger/LedgerLanguage.h"
#include "ledger/LedgerRowReader.h"

#include <QString>

namespace exitdesk {

class LedgerCsvWriter
{
public:
    // Writes FILE.part and renames it; false with *error on failure. *rows: lines written.
    static bool write(LedgerRowReader &rows, const QString &path, LedgerLanguage language, qint64 *written,
                      QString *error);
    // One field, quoted when it holds a comma, a quote or a line break.
    static QString field(const QString &text);
};

} // namespace exitdesk
