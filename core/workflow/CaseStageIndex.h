// Keeps table case_stages (migrations 022, 042): each accepted case's current stage and the
// stage's due date, derived from its events (Workflow::derive), so that lists filter by stage or
// lateness in SQL instead of replaying every case, and the register's columns that come from
// the events (LedgerDerivation), so that the register reads them instead of replaying.
// CaseEventStore::record() rewrites a case's row with each event; refreshOpen() recomputes the
// unfinished cases after the calendar or the office hours changed; refreshMissing() fills the
// cases that have no row yet (demo data, imports, databases from before the table).
#pragma once

#include "workflow/Workflow.h"

#include <QList>

#include <functional>

namespace exitdesk {

class Database;

class CaseStageIndex
{
public:
    // Writes the case's row from its replay (inside the caller's transaction): the stage, and the
    // register's derived columns (LedgerDerivation). The replay must cover every event (no
    // reference day), as the register relies on it.
    static bool store(Database &db, qint64 caseId, const WorkflowResult &result, QString *error);

    // Called after each batch with the number of cases done so far; false cancels (the
    // batches already written stay: each is a correct cache of its cases).
    using Progress = std::function<bool(int done)>;
    // Rows for accepted cases that have none. Returns how many were written, -1 on error.
    static int refreshMissing(Database &db, const Workflow &workflow, QString *error, const Progress &progress = {});
    // Recomputes the rows of the cases whose stage is not finished. Returns how many, -1 on error.
    static int refreshOpen(Database &db, const Workflow &workflow, QString *error, const Progress &progress = {});
};

} // namespace exitdesk
