// Reads the register from SQLite with two forward-only statements walked side by side: the
// cases in id order, and their events in the same order (SQLite allows several statements
// active on one connection). The case columns, and the JSON fields extracted from the body,
// are read once per case, not once per event as a join would.
#pragma once

#include "ledger/LedgerCaseRecord.h"
#include "ledger/LedgerFilter.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace exitdesk {

class LedgerSqliteStream : public LedgerCaseStream
{
public:
    LedgerSqliteStream(QSqlDatabase connection, LedgerFilter filter);
    bool start(QString *error) override;
    bool next(LedgerCaseRecord *record, QString *error) override;

private:
    QSqlDatabase m_connection;
    LedgerFilter m_filter;
    QSqlQuery m_cases;
    QSqlQuery m_events;
    bool m_eventPending = false; // m_events is on a row not yet consumed
    bool m_eventsDone = false;
};

} // namespace exitdesk
