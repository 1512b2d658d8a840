#include "ledger/LedgerExporter.h"

#include "ledger/LedgerWriterThread.h"

#include <QFile>

#include <cstdio>

namespace exitdesk {

LedgerExportResult LedgerExporter::run(LedgerRowReader &rows, const QString &path)
{
    LedgerExportResult result;
    const QString part = partPath(path);
    QFile::remove(part);

    LedgerXlsxWriter writer(m_options);
    if (!writer.open(part, &result.error))
        return result;

    const qint64 expected = rows.expectedRows();
    LedgerRow row;
    qint64 done = 0;
    {
        // Reading stays on this thread (it owns the database connection); writing goes to another.
        LedgerWriterThread writing(writer);
        while (true) {
            if (cancelled()) {
                writing.abandon();
                writer.discard();
                QFile::remove(part);
                result.cancelled = true;
                result.rows = done;
                return result;
            }
            if (!rows.next(&row))
                break;
            if (!writing.push(row))
                break;
            ++done;
            if (m_progress && done % m_interval == 0)
                m_progress(done, expected);
        }
        const bool written = writing.finish();
        if (!written || !rows.error().isEmpty()) {
            result.error = written ? rows.error() : writer.error();
            writer.discard();
            QFile::remove(part);
            return result;
        }
    }
    result.totals = writer.totals();
    result.registerSheets = writer.registerSheets();
    if (!writer.close(&result.error)) {
        QFile::remove(part);
        return result;
    }
    if (cancelled()) { // cancelled while the file was being assembled
        QFile::remove(part);
        result.cancelled = true;
        result.rows = done;
        return result;
    }
    // rename(2) replaces an existing file in one step; QFile::rename would refuse.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0) {
        result.error = QStringLiteral("cannot rename %1 to %2").arg(part, path);
        QFile::remove(part);
        return result;
    }
    if (m_progress)
        m_progress(done, expected);
    result.ok = true;
    result.rows = done;
    return result;
}

} // namespace exitdesk
