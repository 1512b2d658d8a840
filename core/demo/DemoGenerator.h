// Fills a database with demo cases (DemoStream) in large transactions (DemoBatchWriter), for
// demonstrations and benchmarks: `exitdesk-cli demo generate --cases N [--seed S]`.
#pragma once

#include "accounts/AuditEntry.h"
#include "demo/DemoStream.h"

#include <QString>

#include <functional>
#include <optional>

namespace exitdesk {

class Database;

class DemoGenerator
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    DemoGenerator(Database &db, const WorkingCalendar &calendar) : m_db(db), m_calendar(calendar) {}

    // Cases per transaction.
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }
    // The audit record of the generation: written in the first batch's transaction, so that
    // demo data never exists without it (none is written when no batch is stored).
    void setAudit(AuditEntry entry) { m_audit = std::move(entry); }
    // Stores options.cases cases; on failure the batches already committed stay.
    bool generate(const DemoOptions &options, QString *error, const Progress &progress = {});

    // What was stored by the last generate().
    qint64 casesWritten() const { return m_cases; }
    qint64 eventsWritten() const { return m_events; }

private:
    Database &m_db;
    const WorkingCalendar &m_calendar;
    int m_batchSize = 2000;
    std::optional<AuditEntry> m_audit;
    qint64 m_cases = 0;
    qint64 m_events = 0;
};

} // namespace exitdesk
