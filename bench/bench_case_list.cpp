// The case list's stage and "overdue" filters on a database filled by `exitdesk-cli demo
// generate` (EXITDESK_BENCH_DB; it is written to: give a copy): filling the stage cache once
// for every accepted case, then one page of 100 cases (newest first, as the list asks) at a
// common stage, at a rare stage, and overdue. Figures: bench/README.md.
#include "storage/CaseSearch.h"
#include "storage/Database.h"
#include "workflow/CaseStageIndex.h"
#include "workflow/WorkflowFactory.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

using namespace exitdesk;

namespace {

struct Setup
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Workflow> workflow;
    QString error;
    Setup()
    {
        const QString location = qEnvironmentVariable("EXITDESK_BENCH_DB");
        db = Database::open(location.isEmpty() ? QStringLiteral("/tmp/case-list-bench.sqlite") : location, &error);
        if (db)
            workflow = WorkflowFactory::fromDatabase(*db, &error);
    }
};

Setup &setup()
{
    static Setup s;
    return s;
}

void BM_FillStageCache(benchmark::State &state)
{
    Setup &s = setup();
    if (!s.workflow) {
        state.SkipWithError(s.error.toUtf8().constData());
        return;
    }
    for (auto _ : state) {
        QSqlQuery(s.db->connection()).exec(QStringLiteral("DELETE FROM case_stages"));
        QString error;
        const int n = CaseStageIndex::refreshMissing(*s.db, *s.workflow, &error);
        if (n < 0)
            state.SkipWithError(error.toUtf8().constData());
        state.counters[QStringLiteral("cases").toStdString()] = n;
    }
}
BENCHMARK(BM_FillStageCache)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_NothingToFill(benchmark::State &state)
{
    Setup &s = setup();
    for (auto _ : state) {
        QString error;
        benchmark::DoNotOptimize(CaseStageIndex::refreshMissing(*s.db, *s.workflow, &error));
    }
}
BENCHMARK(BM_NothingToFill)->Unit(benchmark::kMillisecond);

void page(benchmark::State &state, const CaseFilter &base)
{
    Setup &s = setup();
    CaseFilter f = base;
    f.status = CaseStatus::Accepted;
    f.order = CaseOrder::IdDescending;
    f.limit = 100;
    for (auto _ : state) {
        const QList<CaseSummary> rows = CaseSearch(*s.db).list(f);
        state.counters["rows"] = double(rows.size());
    }
}

// The stage held by most cases, and the one held by fewest (at least one).
QString stageByFrequency(bool most)
{
    QSqlQuery q(setup().db->connection());
    q.exec(QStringLiteral("SELECT stage FROM case_stages GROUP BY stage ORDER BY COUNT(*) ") +
           (most ? QStringLiteral("DESC") : QStringLiteral("ASC")) + QStringLiteral(" LIMIT 1"));
    return q.next() ? q.value(0).toString() : QString();
}

void BM_PageCommonStage(benchmark::State &state)
{
    CaseFilter f;
    f.stage = stageByFrequency(true);
    state.SetLabel(f.stage.toStdString());
    page(state, f);
}
BENCHMARK(BM_PageCommonStage)->Unit(benchmark::kMillisecond);

void BM_PageRareStage(benchmark::State &state)
{
    CaseFilter f;
    f.stage = stageByFrequency(false);
    state.SetLabel(f.stage.toStdString());
    page(state, f);
}
BENCHMARK(BM_PageRareStage)->Unit(benchmark::kMillisecond);

void BM_PageOverdue(benchmark::State &state)
{
    CaseFilter f;
    f.stageDueBefore = QDate(2026, 3, 2);
    page(state, f);
}
BENCHMARK(BM_PageOverdue)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    // As both programs do at start (app/LocalTimeZone.h): local times without a stat() each.
    if (!qEnvironmentVariableIsSet("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
