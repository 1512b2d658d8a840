// A forward-only source of register lines: LedgerQuery reads them from the database; tests and
// benchmarks give rows built in code. Read once, front to back.
#pragma once

#include "ledger/LedgerRow.h"

#include <QString>

namespace exitdesk {

class LedgerRowReader
{
public:
    virtual ~LedgerRowReader() = default;
    // The next line; false at the end or on an error (then error() is set).
    virtual bool next(LedgerRow *row) = 0;
    // How many lines to expect, for progress; -1 when unknown. May be more than next() gives
    // when some lines are filtered after reading (e.g. by stage).
    virtual qint64 expectedRows() const = 0;
    virtual QString error() const = 0;
};

} // namespace exitdesk
