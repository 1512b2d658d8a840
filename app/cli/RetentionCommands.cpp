// exitdesk-cli retention list | act | show | destroy: cases whose retention period ended
// (SPEC.md §7), the destruction act, and carrying it out.
#include "CliAuth.h"
#include "CliDatabase.h"
#include "CommandRegistry.h"
#include "SystemClock.h"
#include "backup/RetentionRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace exitdesk::cli {

namespace {

bool parseDate(CliContext &ctx, const QString &text, QDate *date)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    *date = QDate::fromString(text, Qt::ISODate);
    if (iso.match(text).hasMatch() && date->isValid())
        return true;
    ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("not a date (YYYY-MM-DD): %1"),
                                   QStringLiteral("это не дата (ГГГГ-ММ-ДД): %1"),
                                   QStringLiteral("күн емес (ЖЖЖЖ-АА-КК): %1"))
                               .arg(text));
    return false;
}

bool parseActId(CliContext &ctx, qint64 *id)
{
    bool ok = false;
    *id = ctx.option(QStringLiteral("act")).toLongLong(&ok);
    if (ok && *id > 0)
        return true;
    ctx.usageError(ctx.tr3(QStringLiteral("--act needs the act's number"),
                           QStringLiteral("--act требует номер акта"),
                           QStringLiteral("--act актінің нөмірін қажет етеді")));
    return false;
}

QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("-");
}

QJsonObject candidateJson(const RetentionCandidate &c)
{
    return QJsonObject{
        {QStringLiteral("number"), c.caseNumber},
        {QStringLiteral("fullName"), c.fullName},
        {QStringLiteral("birthDate"), c.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("submittedOn"), c.submittedOn.toString(Qt::ISODate)},
        {QStringLiteral("decision"), c.decision},
        {QStringLiteral("decisionDate"), c.decisionDate.toString(Qt::ISODate)},
        {QStringLiteral("keepUntil"), c.keepUntil.toString(Qt::ISODate)},
        {QStringLiteral("act"), c.pendingActId == 0 ? QJsonValue() : QJsonValue(c.pendingActId)}};
}

void printCandidates(CliContext &ctx, const QList<RetentionCandidate> &cases)
{
    for (const RetentionCandidate &c : cases) {
        ctx.out() << c.caseNumber << '\t' << c.fullName << '\t' << dmy(c.birthDate) << '\t' << c.decision
                  << ' ' << dmy(c.decisionDate) << '\t' << dmy(c.keepUntil);
        if (c.pendingActId)
            ctx.out() << '\t'
                      << ctx.tr3(QStringLiteral("act %1"), QStringLiteral("акт %1"), QStringLiteral("%1 акт"))
                             .arg(c.pendingActId);
        ctx.out() << '\n';
    }
}

int runList(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db"), QStringLiteral("on")}), {QStringLiteral("json")}))
        return ExitUsage;
    const SystemClock clock;
    QDate on = clock.today();
    if (ctx.hasOption(QStringLiteral("on")) && !parseDate(ctx, ctx.option(QStringLiteral("on")), &on))
        return ExitBadInput;
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const std::optional<Actor> actor = requireActor(ctx, *db, Permission::RetentionList);
    if (!actor)
        return ExitBadInput;
    Finding error;
    const std::optional<QList<RetentionCandidate>> due = RetentionRepository::dueOn(*db, *actor, on, &error);
    if (!due)
        return ctx.fail(ExitBadInput, error.message(ctx.lang()));
    if (ctx.flag(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RetentionCandidate &c : *due)
            array.append(candidateJson(c));
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        printCandidates(ctx, *due);
    }
    ctx.out().flush();
    return ExitOk;
}

int runAct(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db"), QStringLiteral("on"), QStringLiteral("basis"),
                                    QStringLiteral("committee"), QStringLiteral("cases")}),
                   {}))
        return ExitUsage;
    const SystemClock clock;
    QDate on = clock.today();
    if (ctx.hasOption(QStringLiteral("on")) && !parseDate(ctx, ctx.option(QStringLiteral("on")), &on))
        return ExitBadInput;
    const QStringList committee =
        ctx.option(QStringLiteral("committee")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const QStringList numbers =
        ctx.option(QStringLiteral("cases")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const std::optional<Actor> actor = requireActor(ctx, *db, Permission::RetentionAct);
    if (!actor)
        return ExitBadInput;
    Finding error;
    QStringList trimmed;
    for (const QString &n : numbers)
        trimmed << n.trimmed();
    const std::optional<qint64> id = RetentionRepository::createAct(
        *db, *actor, clock, on, ctx.option(QStringLiteral("basis")), committee, trimmed, &error);
    if (!id)
        return ctx.fail(ExitBadInput, error.message(ctx.lang()));
    ctx.out() << *id << Qt::endl;
    return ExitOk;
}

int runShow(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db"), QStringLiteral("act")}), {QStringLiteral("json")}))
        return ExitUsage;
    qint64 actId = 0;
    if (!parseActId(ctx, &actId))
        return ExitUsage;
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const std::optional<Actor> actor = requireActor(ctx, *db, Permission::RetentionList);
    if (!actor)
        return ExitBadInput;
    Finding error;
    const std::optional<DestructionAct> act = RetentionRepository::loadAct(*db, *actor, actId, &error);
    if (!act)
        return ctx.fail(ExitBadInput, error.message(ctx.lang()));
    if (ctx.flag(QStringLiteral("json"))) {
        QJsonArray cases;
        for (const RetentionCandidate &c : act->cases)
            cases.append(candidateJson(c));
        const QJsonObject o{{QStringLiteral("id"), act->id},
                            {QStringLiteral("drawnUpOn"), act->drawnUpOn.toString(Qt::ISODate)},
                            {QStringLiteral("basis"), act->basis},
                            {QStringLiteral("committee"), QJsonArray::fromStringList(act->committee)},
                            {QStringLiteral("createdBy"), act->createdBy},
                            {QStringLiteral("destroyedBy"), act->destroyedBy},
                            {QStringLiteral("destroyedAt"), act->destroyedAt.toString(Qt::ISODate)},
                            {QStringLiteral("cases"), cases}};
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        ctx.out() << ctx.tr3(QStringLiteral("Act %1 of %2"), QStringLiteral("Акт %1 от %2"),
                             QStringLiteral("%2 күнгі %1 акт"))
                         .arg(act->id)
                         .arg(dmy(act->drawnUpOn))
                  << '\n'
                  << act->basis << '\n'
                  << act->committee.join(QStringLiteral("; ")) << '\n';
        printCandidates(ctx, act->cases);
        if (act->confirmed())
            ctx.out() << ctx.tr3(QStringLiteral("carried out %1 by %2"), QStringLiteral("исполнен %1, %2"),
                                 QStringLiteral("%1 орындалды, %2"))
                             .arg(act->destroyedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                                  act->destroyedBy)
                      << '\n';
    }
    ctx.out().flush();
    return ExitOk;
}

int runDestroy(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db"), QStringLiteral("act")}), {}))
        return ExitUsage;
    qint64 actId = 0;
    if (!parseActId(ctx, &actId))
        return ExitUsage;
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const std::optional<Actor> actor = requireActor(ctx, *db, Permission::RetentionDestroy);
    if (!actor)
        return ExitBadInput;
    const SystemClock clock;
    Finding error;
    if (!RetentionRepository::destroy(*db, *actor, clock, actId, &error))
        return ctx.fail(ExitBadInput, error.message(ctx.lang()));
    return ExitOk;
}

const CommandRegistration listCommand({
    {QStringLiteral("retention"), QStringLiteral("list")},
    QStringLiteral("[--on DATE] [--json] --user LOGIN"),
    QStringLiteral("cases due for destruction: 10 years after a positive decision, 5 after a refusal"),
    runList,
});
const CommandRegistration actCommand({
    {QStringLiteral("retention"), QStringLiteral("act")},
    QStringLiteral(
        "--basis TEXT --committee \"MEMBER; MEMBER; ...\" [--on DATE] [--cases N1,N2] --user LOGIN"),
    QStringLiteral("draw up a destruction act (all due cases, or the listed ones); prints its number"),
    runAct,
});
const CommandRegistration showCommand({
    {QStringLiteral("retention"), QStringLiteral("show")},
    QStringLiteral("--act ID [--json] --user LOGIN"),
    QStringLiteral("show a destruction act"),
    runShow,
});
const CommandRegistration destroyCommand({
    {QStringLiteral("retention"), QStringLiteral("destroy")},
    QStringLiteral("--act ID --user HEAD"),
    QStringLiteral(
        "carry out an act: delete the cases' personal data, keep numbers, dates, the act and the audit"),
    runDestroy,
});

} // namespace

} // namespace exitdesk::cli
