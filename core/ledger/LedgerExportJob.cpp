#include "ledger/LedgerExportJob.h"

#include "accounts/AuditEntry.h"
#include "accounts/AuditLog.h"
#include "accounts/Authorization.h"
#include "ledger/LedgerCsvWriter.h"
#include "ledger/LedgerQuery.h"
#include "workflow/CaseStageIndex.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace exitdesk {

namespace {

QJsonObject describe(const LedgerExportRequest &r, qint64 rows)
{
    QJsonObject o;
    const LedgerFilter &f = r.filter;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("from", f.from.isValid() ? f.from.toString(Qt::ISODate) : QString());
    put("to", f.to.isValid() ? f.to.toString(Qt::ISODate) : QString());
    put("status", f.status);
    put("stage", f.stage);
    put("office", f.office);
    put("country", f.country);
    put("executor", f.executor);
    put("asOf", r.asOf.toString(Qt::ISODate));
    put("lang", ledgerLanguageKey(r.language));
    put("file", QFileInfo(r.path).fileName());
    o.insert(QStringLiteral("rows"), rows);
    return o;
}

} // namespace

LedgerExportResult LedgerExportJob::writeWorkbook(LedgerRowReader &rows, const LedgerExportRequest &request)
{
    LedgerXlsxWriter::Options options;
    options.language = request.language;
    // The day the register is as of, not the hour it was written: the same data gives the
    // same file.
    options.createdAt = QDateTime(request.asOf, QTime(0, 0), Qt::UTC);
    options.rowsPerSheet = request.rowsPerSheet;
    LedgerExporter exporter(options);
    if (m_progress)
        exporter.setProgress(m_progress, m_interval);
    exporter.setCancelFlag(m_cancel);
    return exporter.run(rows, request.path);
}

LedgerExportResult LedgerExportJob::run(const LedgerExportRequest &request)
{
    LedgerExportResult result;
    // Like every core service: the setup actor counts only while the database has no accounts.
    if (const std::optional<Finding> denied = Authorization::check(m_db, m_actor, Permission::LedgerExport)) {
        result.error = denied->message(m_actor.lang);
        return result;
    }

    // The register reads what each case's events say from the stage cache; cases it has no row
    // for yet (a database from before the cache held the register's columns) are filled first,
    // once, rather than replayed at every export. If that fails, the query replays them.
    QString cacheError;
    CaseStageIndex::refreshMissing(m_db, m_workflow, &cacheError,
                                   [this](int) { return !(m_cancel && m_cancel->load()); });

    {
        LedgerQuery query(m_db, m_workflow, request.filter, request.asOf);
        // Nothing else uses the connection until the query is gone (end of this block).
        query.setReadAhead(true);
        if (!query.start(&result.error))
            return result;

        if (request.path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
            result.ok =
                LedgerCsvWriter::write(query, request.path, request.language, &result.rows, &result.error);
        } else {
            result = writeWorkbook(query, request);
        }
        if (!result.ok)
            return result;
    }

    const AuditEntry entry =
        AuditEntry::make(m_actor, m_clock, QStringLiteral("ledger.export"), QStringLiteral("ledger"),
                         QFileInfo(request.path).fileName(), QJsonValue(), describe(request, result.rows));
    QString error;
    if (!AuditLog::append(m_db, entry, &error)) {
        // An export that cannot be audited does not happen.
        QFile::remove(request.path);
        result.ok = false;
        result.error = error;
    }
    return result;
}

} // namespace exitdesk
