// The register's export, in phases, on a database filled by `exitdesk-cli demo generate`
// (EXITDESK_BENCH_DB, a SQLite file or a postgresql:// URL; default /tmp/ledger-bench.sqlite):
// reading the cases with their stage cache rows (and the events of any case to replay),
// deriving the lines, writing the workbook from lines held in memory, and the whole export.
// Figures: bench/README.md.
#include "ledger/LedgerExporter.h"
#include "ledger/LedgerPostgresStream.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerSqliteStream.h"
#include "ledger/LedgerWorkflow.h"
#include "storage/Database.h"
#include "workflow/Workflow.h"

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>

using namespace exitdesk;

namespace {

const QDate kAsOf(2026, 3, 2);

QString location()
{
    const QString env = qEnvironmentVariable("EXITDESK_BENCH_DB");
    return env.isEmpty() ? QStringLiteral("/tmp/ledger-bench.sqlite") : env;
}

struct Setup
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Workflow> workflow;
    QString error;
    Setup()
    {
        db = Database::open(location(), &error);
        if (db)
            workflow = LedgerWorkflow::load(*db, &error);
    }
};

class RowsInMemory : public LedgerRowReader
{
public:
    explicit RowsInMemory(const QList<LedgerRow> &rows) : m_rows(rows) {}
    bool next(LedgerRow *row) override
    {
        if (m_next >= m_rows.size())
            return false;
        *row = m_rows.at(m_next++);
        return true;
    }
    qint64 expectedRows() const override { return m_rows.size(); }
    QString error() const override { return QString(); }

private:
    const QList<LedgerRow> &m_rows;
    int m_next = 0;
};

void BM_ReadCases(benchmark::State &state)
{
    Setup s;
    if (!s.workflow) {
        state.SkipWithError(s.error.toUtf8().constData());
        return;
    }
    for (auto _ : state) {
        std::unique_ptr<LedgerCaseStream> stream;
        if (s.db->isPostgres())
            stream = std::make_unique<LedgerPostgresStream>(s.db->connection(), LedgerFilter(), kAsOf);
        else
            stream = std::make_unique<LedgerSqliteStream>(s.db->connection(), LedgerFilter(), kAsOf);
        QString error;
        stream->start(&error);
        LedgerCaseRecord record;
        qint64 cases = 0, events = 0;
        while (stream->next(&record, &error)) {
            ++cases;
            events += record.events.size();
        }
        state.counters["cases"] = double(cases);
        state.counters["events"] = double(events);
    }
}

void BM_ReadAndDerive(benchmark::State &state)
{
    Setup s;
    if (!s.workflow) {
        state.SkipWithError(s.error.toUtf8().constData());
        return;
    }
    for (auto _ : state) {
        LedgerQuery query(*s.db, *s.workflow, LedgerFilter(), kAsOf);
        QString error;
        query.start(&error);
        LedgerRow row;
        qint64 rows = 0;
        while (query.next(&row))
            ++rows;
        state.counters["rows"] = double(rows);
    }
}

void BM_WriteXlsxFromMemory(benchmark::State &state)
{
    Setup s;
    if (!s.workflow) {
        state.SkipWithError(s.error.toUtf8().constData());
        return;
    }
    QList<LedgerRow> rows;
    {
        LedgerQuery query(*s.db, *s.workflow, LedgerFilter(), kAsOf);
        QString error;
        query.start(&error);
        LedgerRow row;
        while (query.next(&row))
            rows << row;
    }
    for (auto _ : state) {
        RowsInMemory reader(rows);
        LedgerXlsxWriter::Options o;
        o.language = LedgerLanguage::Both;
        o.createdAt = QDateTime(kAsOf, QTime(0, 0), Qt::UTC);
        LedgerExporter exporter(o);
        const LedgerExportResult r = exporter.run(reader, QStringLiteral("/tmp/ledger-bench-memory.xlsx"));
        state.counters["rows"] = double(r.rows);
    }
    QFile::remove(QStringLiteral("/tmp/ledger-bench-memory.xlsx"));
}

// state.range(0): 1 = reading on a thread of its own (as LedgerExportJob does), 0 = on the
// deriving thread.
void BM_ExportFromDatabase(benchmark::State &state)
{
    Setup s;
    if (!s.workflow) {
        state.SkipWithError(s.error.toUtf8().constData());
        return;
    }
    for (auto _ : state) {
        LedgerQuery query(*s.db, *s.workflow, LedgerFilter(), kAsOf);
        query.setReadAhead(state.range(0) != 0);
        QString error;
        query.start(&error);
        LedgerXlsxWriter::Options o;
        o.language = LedgerLanguage::Both;
        o.createdAt = QDateTime(kAsOf, QTime(0, 0), Qt::UTC);
        LedgerExporter exporter(o);
        const LedgerExportResult r = exporter.run(query, QStringLiteral("/tmp/ledger-bench-db.xlsx"));
        state.counters["rows"] = double(r.rows);
    }
    QFile::remove(QStringLiteral("/tmp/ledger-bench-db.xlsx"));
}

BENCHMARK(BM_ReadCases)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_ReadAndDerive)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_WriteXlsxFromMemory)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_ExportFromDatabase)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
