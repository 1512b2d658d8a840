// What the register reads about one case before deriving its line: the case's columns (and the
// few fields of its JSON body the ledger prints), and either what its events say as kept in the
// stage cache (CaseStageIndex) or, when the cache has no row for the case or the register is as
// of a day before its latest event, the events themselves to replay.
#pragma once

#include "ledger/LedgerDerivation.h"
#include "ledger/LedgerRow.h"
#include "workflow/CaseEvent.h"

#include <QDateTime>
#include <QList>

namespace exitdesk {

struct LedgerCaseRecord
{
    LedgerRow row; // case columns filled; stage, dates and executor still to derive
    QDateTime submittedAt;
    QString channel;
    QString childrenJson; // the body's "children" array, as JSON text
    bool cached = false;     // `derived` holds for the register's day (the query decided): no replay
    LedgerDerivation derived; // when cached
    QList<CaseEvent> events;  // when not cached
};

// Streams LedgerCaseRecords from the database in case id order.
class LedgerCaseStream
{
public:
    virtual ~LedgerCaseStream() = default;
    virtual bool start(QString *error) = 0;
    // False at the end or on an error (then *error is set).
    virtual bool next(LedgerCaseRecord *record, QString *error) = 0;
};

} // namespace exitdesk
