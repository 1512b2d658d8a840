// exitdesk-cli case event / case deadlines / overdue: the workflow of accepted cases
// (docs/workflow.md).
//   case event NUMBER EVENT [--at DATETIME] [--data JSON] [--executor NAME]
//   case deadlines NUMBER             the service term and every open due date, explained
//   overdue [--on DATE] [--json]      stages overdue or due within one working day
#include "CliAuth.h"
#include "CliDatabase.h"
#include "CommandRegistry.h"
#include "workflow/CaseEventStore.h"
#include "workflow/OverdueReport.h"
#include "workflow/WorkflowFactory.h"

#include "SystemClock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace exitdesk::cli {

namespace {

// "2026-03-03T10:15:00", "2026-03-03T10:15" or "2026-03-03" (the time then is 00:00: the
// replay orders events by day and by recording, so the time of day is only informative).
QDateTime parseAt(const QString &text)
{
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? QDateTime(d, QTime(0, 0)) : QDateTime();
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

bool loadCase(CliContext &ctx, Database &db, const QString &number, WorkflowCase *c)
{
    QString error;
    if (!WorkflowCase::loadByNumber(db, number, c, &error)) {
        ctx.fail(ExitBadInput, error.isEmpty() ? ctx.tr3(QStringLiteral("no case with the number %1"),
                                                         QStringLiteral("нет дела с номером %1"),
                                                         QStringLiteral("%1 нөмірлі іс жоқ"))
                                                     .arg(number)
                                               : error);
        return false;
    }
    if (c->status != QLatin1String("accepted") || !c->submittedAt.isValid()) {
        ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("case %1 is not accepted (status %2): it has no workflow"),
                                       QStringLiteral("дело %1 не принято (статус %2): у него нет этапов"),
                                       QStringLiteral("%1 ісі қабылданбаған (күйі %2): оның кезеңдері жоқ"))
                                   .arg(number, c->status));
        return false;
    }
    return true;
}

std::unique_ptr<Workflow> loadWorkflow(CliContext &ctx, Database &db)
{
    QString error;
    std::unique_ptr<Workflow> w = WorkflowFactory::fromDatabase(db, &error);
    if (!w)
        ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("cannot load the calendar: %1"),
                                       QStringLiteral("не удалось загрузить календарь: %1"),
                                       QStringLiteral("күнтізбе жүктелмеді: %1"))
                                   .arg(error));
    return w;
}

QString statusText(CliContext &ctx, const DeadlineStatus &s)
{
    if (s.kind == DeadlineStatus::Overdue)
        return ctx.tr3(QStringLiteral("overdue, %1 working days late"), QStringLiteral("просрочено на %1 раб. дн."),
                       QStringLiteral("мерзімі %1 жұмыс күнге өтті"))
            .arg(-s.workingDays);
    if (s.workingDays == 0)
        return ctx.tr3(QStringLiteral("due today"), QStringLiteral("срок сегодня"), QStringLiteral("мерзімі бүгін"));
    return ctx.tr3(QStringLiteral("%1 working days left"), QStringLiteral("осталось %1 раб. дн."),
                   QStringLiteral("%1 жұмыс күні қалды"))
        .arg(s.workingDays);
}

void printState(CliContext &ctx, const Workflow &w, const WorkflowState &s, bool explain)
{
    const QString lang = ctx.lang();
    ctx.out() << ctx.tr3(QStringLiteral("Stage: %1"), QStringLiteral("Этап: %1"), QStringLiteral("Кезең: %1"))
                     .arg(stageTitle(s.stage, lang))
              << '\n';
    ctx.out() << ctx.tr3(QStringLiteral("Service due: %1"), QStringLiteral("Срок услуги: %1"),
                         QStringLiteral("Қызмет мерзімі: %1"))
                     .arg(isoWithWeekday(s.service.dueDate(), lang))
              << '\n';
    if (explain) {
        for (const QString &line : s.service.lines(w.calendar(), w.settings(), lang))
            ctx.out() << "  " << line << '\n';
    }
    for (const Deadline &d : s.deadlines) {
        QString title = stageTitle(d.stage, lang);
        if (d.complaint > 0)
            title += QStringLiteral(" #%1").arg(d.complaint);
        ctx.out() << ctx.tr3(QStringLiteral("Due %1: %2"), QStringLiteral("Срок %1: %2"), QStringLiteral("Мерзімі %1: %2"))
                         .arg(isoWithWeekday(d.due, lang), title)
                  << '\n';
        if (explain) {
            for (const QString &line : d.lines(lang))
                ctx.out() << "  " << line << '\n';
        }
    }
}

int runEvent(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db"), QStringLiteral("at"), QStringLiteral("data"),
                                    QStringLiteral("executor")}),
                   {}))
        return ExitUsage;
    if (ctx.positional().size() != 2)
        return ctx.usageError(
            ctx.tr3(QStringLiteral("usage: case event NUMBER EVENT [--at DATETIME] [--data JSON] [--executor NAME]"),
                    QStringLiteral("использование: case event НОМЕР СОБЫТИЕ [--at ВРЕМЯ] [--data JSON] [--executor ИМЯ]"),
                    QStringLiteral("қолданылуы: case event НӨМІР ОҚИҒА [--at УАҚЫТ] [--data JSON] [--executor АТЫ]")));
    const QString number = ctx.positional().at(0);
    CaseEvent e;
    if (!eventKindFromKey(ctx.positional().at(1), &e.kind)) {
        QStringList keys;
        for (EventKind k : allEventKinds())
            keys << eventKindKey(k);
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("unknown event %1; events: %2"),
                                              QStringLiteral("неизвестное событие %1; события: %2"),
                                              QStringLiteral("белгісіз оқиға %1; оқиғалар: %2"))
                                          .arg(ctx.positional().at(1), keys.join(QStringLiteral(", "))));
    }
    const SystemClock clock;
    const QDateTime now = clock.now();
    e.at = ctx.hasOption(QStringLiteral("at")) ? parseAt(ctx.option(QStringLiteral("at"))) : now;
    if (!e.at.isValid())
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("--at: not a time YYYY-MM-DDTHH:MM[:SS] or a date: %1"),
                                              QStringLiteral("--at: не время ГГГГ-ММ-ДДTЧЧ:ММ[:СС] и не дата: %1"),
                                              QStringLiteral("--at: ЖЖЖЖ-АА-ККTСС:ММ[:СС] уақыты не күн емес: %1"))
                                          .arg(ctx.option(QStringLiteral("at"))));
    if (ctx.hasOption(QStringLiteral("data"))) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(ctx.option(QStringLiteral("data")).toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("--data: not a JSON object"),
                                                  QStringLiteral("--data: не объект JSON"),
                                                  QStringLiteral("--data: JSON объектісі емес")));
        e.data = doc.object();
    }
    e.recordedAt = now;
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    // Seeing the case is checked here; whether this actor may record this event (the head alone
    // signs decisions and refusals) is checked by CaseEventStore, in core.
    const std::optional<Actor> actor = requireActor(ctx, *db, Permission::CaseView);
    if (!actor)
        return ExitBadInput;
    e.executor = ctx.option(QStringLiteral("executor"));
    if (e.executor.isEmpty() && !actor->setup)
        e.executor = actor->fullName.isEmpty() ? actor->login : actor->fullName;
    if (e.executor.isEmpty())
        e.executor = qEnvironmentVariable("USER");
    WorkflowCase c;
    if (!loadCase(ctx, *db, number, &c))
        return ExitBadInput;
    const std::unique_ptr<Workflow> workflow = loadWorkflow(ctx, *db);
    if (!workflow)
        return ExitBadInput;
    WorkflowResult result;
    LocalizedText refusal;
    QString error;
    if (!CaseEventStore(*db, *actor).record(*workflow, c, e, &result, &refusal, &error))
        return ctx.fail(ExitBadInput, refusal.isEmpty() ? error : number + QStringLiteral(": ") + refusal.in(ctx.lang()));
    ctx.out() << ctx.tr3(QStringLiteral("%1: %2 recorded (%3)"), QStringLiteral("%1: записано %2 (%3)"),
                         QStringLiteral("%1: %2 тіркелді (%3)"))
                     .arg(number, eventKindKey(e.kind), e.at.toString(Qt::ISODate))
              << '\n';
    printState(ctx, *workflow, result.state, false);
    ctx.out().flush();
    return ExitOk;
}

int runDeadlines(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db"), QStringLiteral("on")}), {}))
        return ExitUsage;
    if (ctx.positional().size() != 1)
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: case deadlines NUMBER [--on DATE]"),
                                      QStringLiteral("использование: case deadlines НОМЕР [--on ДАТА]"),
                                      QStringLiteral("қолданылуы: case deadlines НӨМІР [--on КҮН]")));
    QDate on;
    if (ctx.hasOption(QStringLiteral("on"))) {
        on = QDate::fromString(ctx.option(QStringLiteral("on")), Qt::ISODate);
        if (!on.isValid())
            return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("--on: not a date YYYY-MM-DD"),
                                                  QStringLiteral("--on: не дата ГГГГ-ММ-ДД"),
                                                  QStringLiteral("--on: ЖЖЖЖ-АА-КК күні емес")));
    }
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    if (!requireActor(ctx, *db, Permission::CaseView))
        return ExitBadInput;
    WorkflowCase c;
    if (!loadCase(ctx, *db, ctx.positional().first(), &c))
        return ExitBadInput;
    const std::unique_ptr<Workflow> workflow = loadWorkflow(ctx, *db);
    if (!workflow)
        return ExitBadInput;
    QList<CaseEvent> events;
    QString error;
    if (!CaseEventStore(*db).list(c.id, &events, &error))
        return ctx.fail(ExitBadInput, error);
    const WorkflowResult r = workflow->derive(c.submittedAt, c.channel, events, on);
    ctx.out() << c.number << "  " << c.applicant << '\n';
    printState(ctx, *workflow, r.state, true);
    if (!r.ok)
        ctx.out() << ctx.tr3(QStringLiteral("Warning: a recorded event no longer fits: %1"),
                             QStringLiteral("Внимание: записанное событие больше не подходит: %1"),
                             QStringLiteral("Ескерту: тіркелген оқиға енді сәйкес емес: %1"))
                         .arg(r.error.in(ctx.lang()))
                  << '\n';
    ctx.out().flush();
    return ExitOk;
}

int runOverdue(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db"), QStringLiteral("on")}), {QStringLiteral("json")}))
        return ExitUsage;
    if (!ctx.positional().isEmpty())
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: overdue [--on DATE] [--json]"),
                                      QStringLiteral("использование: overdue [--on ДАТА] [--json]"),
                                      QStringLiteral("қолданылуы: overdue [--on КҮН] [--json]")));
    QDate on = SystemClock().today();
    if (ctx.hasOption(QStringLiteral("on"))) {
        on = QDate::fromString(ctx.option(QStringLiteral("on")), Qt::ISODate);
        if (!on.isValid() || ctx.option(QStringLiteral("on")).size() != 10)
            return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("--on: not a date YYYY-MM-DD: %1"),
                                                  QStringLiteral("--on: не дата ГГГГ-ММ-ДД: %1"),
                                                  QStringLiteral("--on: ЖЖЖЖ-АА-КК күні емес: %1"))
                                              .arg(ctx.option(QStringLiteral("on"))));
    }
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    if (!requireActor(ctx, *db, Permission::CaseView))
        return ExitBadInput;
    const std::unique_ptr<Workflow> workflow = loadWorkflow(ctx, *db);
    if (!workflow)
        return ExitBadInput;
    QList<OverdueRow> rows;
    QString error;
    if (!OverdueReport::build(*db, *workflow, on, &rows, &error))
        return ctx.fail(ExitBadInput, error);
    const QString lang = ctx.lang();
    if (ctx.flag(QStringLiteral("json"))) {
        QJsonArray list;
        for (const OverdueRow &r : rows) {
            QJsonObject o{{QStringLiteral("number"), r.c.number},
                          {QStringLiteral("applicant"), r.c.applicant},
                          {QStringLiteral("stage"), stageKey(r.deadline.stage)},
                          {QStringLiteral("stageNumber"), stageNumber(r.deadline.stage)},
                          {QStringLiteral("stageName"), stageName(r.deadline.stage).in(lang)},
                          {QStringLiteral("due"), r.deadline.due.toString(Qt::ISODate)},
                          {QStringLiteral("status"), r.status.key()},
                          {QStringLiteral("workingDaysLeft"), r.status.workingDays},
                          {QStringLiteral("workingDaysLate"), r.status.kind == DeadlineStatus::Overdue ? -r.status.workingDays : 0},
                          {QStringLiteral("serviceDue"), r.serviceDue.toString(Qt::ISODate)},
                          {QStringLiteral("calendarIncomplete"), r.deadline.count.hasWarning()}};
            if (r.deadline.complaint > 0)
                o.insert(QStringLiteral("complaint"), r.deadline.complaint);
            list.append(o);
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        ctx.out().flush();
        return ExitOk;
    }
    if (rows.isEmpty())
        ctx.out() << ctx.tr3(QStringLiteral("Nothing overdue or due within a working day on %1."),
                             QStringLiteral("На %1 нет просроченного и истекающего в течение рабочего дня."),
                             QStringLiteral("%1 күні мерзімі өткен немесе бір жұмыс күнінде бітетін ештеңе жоқ."))
                         .arg(on.toString(Qt::ISODate))
                  << '\n';
    for (const OverdueRow &r : rows) {
        QString stage = stageTitle(r.deadline.stage, lang);
        if (r.deadline.complaint > 0)
            stage += QStringLiteral(" #%1").arg(r.deadline.complaint);
        ctx.out() << r.c.number << "  " << r.c.applicant << "  " << stage << "  "
                  << ctx.tr3(QStringLiteral("due %1"), QStringLiteral("срок %1"), QStringLiteral("мерзімі %1"))
                         .arg(r.deadline.due.toString(Qt::ISODate))
                  << "  " << statusText(ctx, r.status) << '\n';
    }
    ctx.out().flush();
    return ExitOk;
}

const CommandRegistration eventRegistration({
    {QStringLiteral("case"), QStringLiteral("event")},
    QStringLiteral("NUMBER EVENT [--at DATETIME] [--data JSON] [--executor NAME]"),
    QStringLiteral("record a workflow step (events: docs/workflow.md)"),
    runEvent,
});
const CommandRegistration deadlinesRegistration({
    {QStringLiteral("case"), QStringLiteral("deadlines")},
    QStringLiteral("NUMBER [--on DATE]"),
    QStringLiteral("the case's stage, service term and open due dates, each explained"),
    runDeadlines,
});
const CommandRegistration overdueRegistration({
    {QStringLiteral("overdue")},
    QStringLiteral("[--on DATE] [--json]"),
    QStringLiteral("cases whose stage is overdue or due within one working day"),
    runOverdue,
});

} // namespace

} // namespace exitdesk::cli
