// Due-date computations per second with the shipped production calendar: the N-th working
// day after a date (the hot path of every list of deadlines), and the same with the full
// explanation. Figures in bench/README.md.
#include "calendar/CalendarDefaults.h"
#include "calendar/WorkingCalendar.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <random>
#include <vector>

using namespace exitdesk;

namespace {

struct Inputs
{
    std::vector<QDate> from;
    std::vector<int> days;
};

const Inputs &inputs()
{
    static const Inputs in = [] {
        Inputs i;
        std::mt19937 rng(42);
        std::uniform_int_distribution<int> day(0, 3 * 365);
        std::uniform_int_distribution<int> norm(1, 40);
        for (int k = 0; k < 4096; ++k) {
            i.from.push_back(QDate(2024, 1, 1).addDays(day(rng)));
            i.days.push_back(norm(rng));
        }
        return i;
    }();
    return in;
}

const WorkingCalendar &calendar()
{
    static const WorkingCalendar c(CalendarDefaults::load());
    return c;
}

void BM_AddWorkingDays(benchmark::State &state)
{
    const WorkingCalendar &c = calendar();
    const Inputs &in = inputs();
    size_t k = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(c.addWorkingDays(in.from[k], in.days[k]));
        k = (k + 1) & 4095;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AddWorkingDays);

void BM_WorkingDaysBetween(benchmark::State &state)
{
    const WorkingCalendar &c = calendar();
    const Inputs &in = inputs();
    size_t k = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(c.workingDaysBetween(in.from[k], in.from[(k + 1) & 4095]));
        k = (k + 1) & 4095;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_WorkingDaysBetween);

void BM_ExplainDue(benchmark::State &state)
{
    const WorkingCalendar &c = calendar();
    const Inputs &in = inputs();
    size_t k = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(c.explainDue(in.from[k], 20));
        k = (k + 1) & 4095;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ExplainDue);

void BM_BuildCalendar(benchmark::State &state)
{
    const CalendarData data = CalendarDefaults::load();
    for (auto _ : state)
        benchmark::DoNotOptimize(WorkingCalendar(data));
}
BENCHMARK(BM_BuildCalendar)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the defaults are a Qt resource
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
