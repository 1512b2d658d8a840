#include "demo/DemoGenerator.h"

#include "accounts/AuditLog.h"
#include "demo/DemoBatchWriter.h"

namespace exitdesk {

bool DemoGenerator::generate(const DemoOptions &options, QString *error, const Progress &progress)
{
    m_cases = 0;
    m_events = 0;
    if (!options.today.isValid()) {
        *error = QStringLiteral("the demo needs a day to count back from");
        return false;
    }
    DemoStream stream(m_calendar, options);
    DemoBatchWriter writer(m_db);
    QList<DemoCase> batch;
    batch.reserve(m_batchSize);
    while (!stream.atEnd()) {
        batch.clear();
        while (!stream.atEnd() && batch.size() < m_batchSize)
            batch << stream.next();
        // The first batch carries the audit record in its transaction.
        DemoBatchWriter::Extra audit;
        if (m_audit && m_cases == 0)
            audit = [this](QString *e) { return AuditLog::append(m_db, *m_audit, e); };
        if (!writer.write(batch, error, audit))
            return false;
        m_cases += batch.size();
        for (const DemoCase &d : batch)
            m_events += d.events.size();
        if (progress)
            progress(m_cases, options.cases);
    }
    return true;
}

} // namespace exitdesk
