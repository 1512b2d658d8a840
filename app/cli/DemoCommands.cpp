// exitdesk-cli demo generate --cases N [--seed S] [--today DATE] [--days D]
// Fills the database with realistic synthetic cases, for demonstrations and benchmarks.
#include "CliAuth.h"
#include "CliDatabase.h"
#include "CommandRegistry.h"
#include "SystemClock.h"
#include "accounts/AuditEntry.h"
#include "demo/DemoGenerator.h"
#include "ledger/LedgerWorkflow.h"
#include "workflow/CaseStageIndex.h"

#include <QJsonObject>

namespace exitdesk::cli {

namespace {

bool readNumber(CliContext &ctx, const QString &name, qint64 min, qint64 max, qint64 *out)
{
    if (!ctx.hasOption(name))
        return true;
    bool ok = false;
    const qint64 n = ctx.option(name).toLongLong(&ok);
    if (!ok || n < min || n > max) {
        ctx.usageError(ctx.tr3(QStringLiteral("--%1: a whole number from %2 to %3"),
                               QStringLiteral("--%1: целое число от %2 до %3"),
                               QStringLiteral("--%1: %2-ден %3-ге дейінгі бүтін сан"))
                           .arg(name)
                           .arg(min)
                           .arg(max));
        return false;
    }
    *out = n;
    return true;
}

int runGenerate(CliContext &ctx)
{
    if (!ctx.parse(
            withAuthOptions({QStringLiteral("db"), QStringLiteral("cases"), QStringLiteral("seed"),
                             QStringLiteral("today"), QStringLiteral("days"), QStringLiteral("batch")}),
            {QStringLiteral("progress")}))
        return ExitUsage;
    if (!ctx.positional().isEmpty() || !ctx.hasOption(QStringLiteral("cases")))
        return ctx.usageError(
            ctx.tr3(QStringLiteral("usage: demo generate --cases N [--seed S] [--today DATE]"),
                    QStringLiteral("использование: demo generate --cases N [--seed S] [--today DATE]"),
                    QStringLiteral("қолданылуы: demo generate --cases N [--seed S] [--today DATE]")));
    DemoOptions options;
    qint64 seed = 1;
    qint64 days = options.days;
    qint64 batch = 2000;
    if (!readNumber(ctx, QStringLiteral("cases"), 1, 100000000, &options.cases) ||
        !readNumber(ctx, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), &seed) ||
        !readNumber(ctx, QStringLiteral("days"), 1, 36500, &days) ||
        !readNumber(ctx, QStringLiteral("batch"), 1, 100000, &batch))
        return ExitUsage;
    options.seed = std::uint64_t(seed);
    options.days = int(days);
    // Core reads no clock: "today" comes from here.
    options.today = SystemClock().today();
    if (ctx.hasOption(QStringLiteral("today"))) {
        const QString text = ctx.option(QStringLiteral("today"));
        options.today = QDate::fromString(text, Qt::ISODate);
        if (text.size() != 10 || !options.today.isValid())
            return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("--today: %1 is not a date YYYY-MM-DD"),
                                                  QStringLiteral("--today: %1 — не дата ГГГГ-ММ-ДД"),
                                                  QStringLiteral("--today: %1 ЖЖЖЖ-АА-КК күні емес"))
                                              .arg(text));
    }

    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const std::optional<Actor> actor = requireActor(ctx, *db, Permission::CaseImport);
    if (!actor)
        return ExitBadInput;
    QString error;
    const std::unique_ptr<Workflow> workflow = LedgerWorkflow::load(*db, &error);
    if (!workflow)
        return ctx.fail(ExitBadInput, error);

    DemoGenerator generator(*db, workflow->calendar());
    generator.setBatchSize(int(batch));
    // Written with the first batch, so the data never exists without its record: it names what
    // was asked for (the events are not known before they are generated).
    const SystemClock clock;
    const QJsonObject after{{QStringLiteral("cases"), options.cases},
                            {QStringLiteral("seed"), QString::number(options.seed)},
                            {QStringLiteral("today"), options.today.toString(Qt::ISODate)}};
    generator.setAudit(AuditEntry::make(*actor, clock, QStringLiteral("demo.generate"), QStringLiteral("database"),
                                        db->displayLocation(), QJsonValue(), after));
    DemoGenerator::Progress progress;
    if (ctx.flag(QStringLiteral("progress")))
        progress = [&ctx](qint64 done, qint64 total) { ctx.err() << done << '/' << total << Qt::endl; };
    const bool ok = generator.generate(options, &error, progress);
    if (!ok)
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("demo data stopped after %1 cases: %2"),
                                              QStringLiteral("демо-данные остановлены после %1 дел: %2"),
                                              QStringLiteral("демо деректер %1 істен кейін тоқтады: %2"))
                                          .arg(generator.casesWritten())
                                          .arg(error));
    // The case list's stage filters select through the stage cache: fill it for the new cases.
    const CaseStageIndex::Progress indexProgress = [&](int done) {
        if (progress)
            ctx.err() << "stages " << done << Qt::endl;
        return true;
    };
    if (CaseStageIndex::refreshMissing(*db, *workflow, &error, indexProgress) < 0)
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("demo cases added, but their stages were not cached: %1"),
                                              QStringLiteral("демо-дела добавлены, но их этапы не сохранены: %1"),
                                              QStringLiteral("демо істер қосылды, бірақ кезеңдері сақталмады: %1"))
                                          .arg(error));
    ctx.out() << ctx.tr3(QStringLiteral("%1 demo cases with %2 events added"),
                         QStringLiteral("добавлено демо-дел: %1, событий: %2"),
                         QStringLiteral("%1 демо іс, %2 оқиға қосылды"))
                     .arg(generator.casesWritten())
                     .arg(generator.eventsWritten())
              << Qt::endl;
    return ExitOk;
}

const CommandRegistration registration({
    {QStringLiteral("demo"), QStringLiteral("generate")},
    QStringLiteral("--cases N [--seed S] [--today DATE] [--days D]"),
    QStringLiteral("realistic synthetic cases with their events, for demos and benchmarks"),
    runGenerate,
});

} // namespace

} // namespace exitdesk::cli
