// The register exported by a staff member: checks the permission (ledger export), reads the
// register (LedgerQuery), writes the file (LedgerExporter) and records the export in the audit
// log, which names the filter and the number of lines but never the personal data. Used by
// `exitdesk-cli ledger export` and by the desktop program's export (in a worker thread: give
// it a Database opened in that thread).
#pragma once

#include "accounts/Actor.h"
#include "ledger/LedgerExporter.h"
#include "ledger/LedgerFilter.h"
#include "ledger/LedgerRowReader.h"

#include <QDate>

namespace exitdesk {

class Clock;
class Database;
class Workflow;

struct LedgerExportRequest
{
    LedgerFilter filter;
    QDate asOf; // the day stages and overdue are judged on; also the file's creation date
    LedgerLanguage language = LedgerLanguage::Both;
    QString path;
    qint64 rowsPerSheet = LedgerXlsxWriter::MaxRowsPerSheet;
};

class LedgerExportJob
{
public:
    LedgerExportJob(Database &db, const Workflow &workflow, const Actor &actor, const Clock &clock)
        : m_db(db), m_workflow(workflow), m_actor(actor), m_clock(clock)
    {
    }

    void setProgress(LedgerExporter::Progress progress, qint64 interval = 1000)
    {
        m_progress = std::move(progress);
        m_interval = interval;
    }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // On a refusal, result.error is the refusal in the actor's language and nothing is read.
    // A path ending in .csv gives the register as CSV (LedgerCsvWriter), else a workbook.
    LedgerExportResult run(const LedgerExportRequest &request);

private:
    LedgerExportResult writeWorkbook(LedgerRowReader &rows, const LedgerExportRequest &request);

    Database &m_db;
    const Workflow &m_workflow;
    const Actor &m_actor;
    const Clock &m_clock;
    LedgerExporter::Progress m_progress;
    qint64 m_interval = 1000;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace exitdesk
