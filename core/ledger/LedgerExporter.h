// Exports the register to an .xlsx file: streams lines from a LedgerRowReader into a
// LedgerXlsxWriter, reports progress and honours cancellation. Writes FILE.part and renames it
// to FILE only when complete, so a cancelled or failed export leaves no partial file (and an
// older FILE stays as it was). No GUI; call it from a worker thread, with the callbacks
// forwarding to the GUI thread.
#pragma once

#include "ledger/LedgerRowReader.h"
#include "ledger/LedgerTotals.h"
#include "ledger/LedgerXlsxWriter.h"

#include <QString>

#include <atomic>
#include <functional>

namespace exitdesk {

struct LedgerExportResult
{
    bool ok = false;
    bool cancelled = false;
    qint64 rows = 0;
    int registerSheets = 0;
    LedgerTotals totals;
    QString error; // English, for logs; empty when ok or cancelled
};

class LedgerExporter
{
public:
    // done, total (-1 when unknown). Called every progressInterval lines and once at the end.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit LedgerExporter(LedgerXlsxWriter::Options options) : m_options(std::move(options)) {}

    void setProgress(Progress progress, qint64 interval = 1000)
    {
        m_progress = std::move(progress);
        m_interval = interval > 0 ? interval : 1;
    }
    // Checked between lines; set it from any thread to stop the export.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    LedgerExportResult run(LedgerRowReader &rows, const QString &path);

    // The temporary name written while exporting.
    static QString partPath(const QString &path) { return path + QStringLiteral(".part"); }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    LedgerXlsxWriter::Options m_options;
    Progress m_progress;
    qint64 m_interval = 1000;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace exitdesk
