// exitdesk-cli ledger export [--from DATE] [--to DATE] [--status S] [--office O] [--country C]
//     [--executor E] [--on DATE] [--lang kk|ru|both] -o FILE.xlsx
// The register of exit cases as an Excel workbook (SPEC.md §7).
#include "CliAuth.h"
#include "CliDatabase.h"
#include "CommandRegistry.h"
#include "SystemClock.h"
#include "ledger/LedgerExportJob.h"
#include "ledger/LedgerWorkflow.h"

#include <QCoreApplication>

namespace exitdesk::cli {

namespace {

// main() takes --lang for the language of messages; the register's own kk|ru|both is read
// from the original arguments (as `render` does), or from --sheet-lang.
QString sheetLanguageArgument(const CliContext &ctx)
{
    if (ctx.hasOption(QStringLiteral("sheet-lang")))
        return ctx.option(QStringLiteral("sheet-lang"));
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return QString();
}

bool readDate(CliContext &ctx, const QString &name, QDate *out)
{
    if (!ctx.hasOption(name))
        return true;
    const QString text = ctx.option(name);
    *out = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !out->isValid()) {
        ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("--%1: %2 is not a date YYYY-MM-DD"),
                                       QStringLiteral("--%1: %2 — не дата ГГГГ-ММ-ДД"),
                                       QStringLiteral("--%1: %2 ЖЖЖЖ-АА-КК күні емес"))
                                   .arg(name, text));
        return false;
    }
    return true;
}

int runExport(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions(
                       {QStringLiteral("db"), QStringLiteral("from"), QStringLiteral("to"),
                        QStringLiteral("status"), QStringLiteral("stage"), QStringLiteral("office"),
                        QStringLiteral("country"), QStringLiteral("executor"), QStringLiteral("on"),
                        QStringLiteral("sheet-lang"), QStringLiteral("rows-per-sheet"), QStringLiteral("o")}),
                   {QStringLiteral("progress")}))
        return ExitUsage;
    const QString usage =
        QStringLiteral("ledger export [--from DATE] [--to DATE] [--status S] [--office O] "
                       "[--country C] [--executor E] [--on DATE] [--lang kk|ru|both] -o FILE.xlsx");
    if (!ctx.positional().isEmpty() || ctx.option(QStringLiteral("o")).isEmpty())
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: %1"), QStringLiteral("использование: %1"),
                                      QStringLiteral("қолданылуы: %1"))
                                  .arg(usage));

    LedgerExportRequest request;
    request.path = ctx.option(QStringLiteral("o"));
    const QString langKey = sheetLanguageArgument(ctx);
    if (!langKey.isEmpty() && !ledgerLanguageFromKey(langKey, &request.language))
        return ctx.usageError(ctx.tr3(QStringLiteral("the register's language is kk, ru or both, not %1"),
                                      QStringLiteral("язык реестра: kk, ru или both, а не %1"),
                                      QStringLiteral("тізілім тілі: kk, ru немесе both, %1 емес"))
                                  .arg(langKey));
    LedgerFilter &filter = request.filter;
    request.asOf = SystemClock().today();
    if (!readDate(ctx, QStringLiteral("from"), &filter.from) ||
        !readDate(ctx, QStringLiteral("to"), &filter.to) ||
        !readDate(ctx, QStringLiteral("on"), &request.asOf))
        return ExitBadInput;
    // --status takes the storage status or a workflow stage; --stage only the latter.
    for (const QString &name : {QStringLiteral("status"), QStringLiteral("stage")}) {
        if (!ctx.hasOption(name))
            continue;
        const QString value = ctx.option(name);
        if (name == QLatin1String("status") && LedgerFilter::isStorageStatus(value)) {
            filter.status = value;
        } else if (LedgerFilter::stageKeys().contains(value)) {
            filter.stage = value;
        } else {
            return ctx.fail(ExitBadInput,
                            ctx.tr3(QStringLiteral("--%1: unknown status or stage %2 (draft, accepted, "
                                                   "refused-at-intake, %3)"),
                                    QStringLiteral("--%1: неизвестный статус или этап %2 (draft, accepted, "
                                                   "refused-at-intake, %3)"),
                                    QStringLiteral("--%1: белгісіз күй немесе кезең %2 (draft, accepted, "
                                                   "refused-at-intake, %3)"))
                                .arg(name, value, LedgerFilter::stageKeys().join(QStringLiteral(", "))));
        }
    }
    filter.office = ctx.option(QStringLiteral("office"));
    filter.country = ctx.option(QStringLiteral("country"));
    filter.executor = ctx.option(QStringLiteral("executor"));
    if (ctx.hasOption(QStringLiteral("rows-per-sheet"))) {
        bool ok = false;
        request.rowsPerSheet = ctx.option(QStringLiteral("rows-per-sheet")).toLongLong(&ok);
        if (!ok || request.rowsPerSheet < 1 || request.rowsPerSheet > LedgerXlsxWriter::MaxRowsPerSheet)
            return ctx.usageError(ctx.tr3(QStringLiteral("--rows-per-sheet: a number from 1 to %1"),
                                          QStringLiteral("--rows-per-sheet: число от 1 до %1"),
                                          QStringLiteral("--rows-per-sheet: 1-ден %1-ге дейінгі сан"))
                                      .arg(LedgerXlsxWriter::MaxRowsPerSheet));
    }

    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const std::optional<Actor> actor = requireActor(ctx, *db, Permission::LedgerExport);
    if (!actor)
        return ExitBadInput;
    QString error;
    const std::unique_ptr<Workflow> workflow = LedgerWorkflow::load(*db, &error);
    if (!workflow)
        return ctx.fail(ExitBadInput, error);

    const SystemClock clock;
    LedgerExportJob job(*db, *workflow, *actor, clock);
    if (ctx.flag(QStringLiteral("progress"))) {
        job.setProgress([&ctx](qint64 done, qint64 total) { ctx.err() << done << '/' << total << Qt::endl; },
                        10000);
    }
    const LedgerExportResult result = job.run(request);
    if (!result.ok)
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("the register was not exported: %1"),
                                              QStringLiteral("реестр не выгружен: %1"),
                                              QStringLiteral("тізілім шығарылмады: %1"))
                                          .arg(result.error));
    ctx.out() << ctx.tr3(QStringLiteral("%1 cases exported to %2"), QStringLiteral("выгружено дел: %1 в %2"),
                         QStringLiteral("%1 іс %2 файлына шығарылды"))
                     .arg(result.rows)
                     .arg(request.path)
              << Qt::endl;
    return ExitOk;
}

const CommandRegistration registration({
    {QStringLiteral("ledger"), QStringLiteral("export")},
    QStringLiteral(
        "[--from DATE] [--to DATE] [--status S] [--office O] [--country C] [--executor E] [--on DATE] "
        "[--lang kk|ru|both] -o FILE.xlsx"),
    QStringLiteral(
        "the register of exit cases as an Excel workbook, with totals and a chart (FILE.csv: as CSV)"),
    runExport,
});

} // namespace

} // namespace exitdesk::cli
