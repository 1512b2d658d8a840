// Speed of the print module (bench/README.md, Forms): one decision (Annex 8) laid out and
// written to PDF, and 1 000 decisions written in one batch into one PDF. Target: < 30 ms a
// document. Run: build/release/bench/bench_forms
#include "FormFactory.h"
#include "PdfExporter.h"

#include <QBuffer>
#include <QGuiApplication>
#include <benchmark/benchmark.h>

using namespace exitdesk;
using namespace exitdesk::forms;

namespace {

FormData decisionData(int i)
{
    FormData d;
    Case &c = d.caseData;
    c.status = CaseStatus::Accepted;
    c.number = QStringLiteral("2026-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
    c.submittedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 15));
    c.applicant.surname = QStringLiteral("Сейітқали");
    c.applicant.name = QStringLiteral("Айгерім");
    c.applicant.patronymic = QStringLiteral("Бекқызы");
    c.applicant.iin = QStringLiteral("871008401427");
    c.applicant.birthDate = QDate(1987, 10, 8);
    c.to.country = QStringLiteral("DE");
    for (int k = 0; k < i % 3; ++k) {
        Child ch;
        ch.surname = QStringLiteral("Сейітқали");
        ch.name = QStringLiteral("Әлия");
        ch.birthDate = QDate(2012 + k, 4, 2);
        c.children << ch;
    }
    d.office.headName = QStringLiteral("Әбілқасымов Нұржан Қайратұлы");
    d.office.executorName = QStringLiteral("Жұмабекова Гүлназ Серікқызы");
    d.office.phone = QStringLiteral("+7 727 254 4000");
    d.language = FormLanguage::Kazakh;
    d.issueDate = QDate(2026, 12, 18);
    return d;
}

void BM_OneDecisionToPdf(benchmark::State &state)
{
    int i = 0;
    for (auto _ : state) {
        const auto form = FormFactory::make(FormKind::Decision, decisionData(i++));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        PdfExporter::write(*form, &buffer);
        benchmark::DoNotOptimize(buffer.data().size());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_OneDecisionToPdf)->Unit(benchmark::kMillisecond);

void BM_ThousandDecisionsInOneBatch(benchmark::State &state)
{
    const int n = int(state.range(0));
    for (auto _ : state) {
        std::vector<std::unique_ptr<OfficialForm>> forms;
        QList<const OfficialForm *> pointers;
        for (int i = 0; i < n; ++i) {
            forms.push_back(FormFactory::make(FormKind::Decision, decisionData(i)));
            pointers << forms.back().get();
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        PdfExporter::write(pointers, &buffer);
        state.counters["pdf_MB"] = double(buffer.data().size()) / 1e6;
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_ThousandDecisionsInOneBatch)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
