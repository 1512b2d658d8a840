// exitdesk-cli calendar …: the production calendar of the database (docs/calendar.md).
//   calendar due --from DATE --days N   the N-th working day strictly after DATE (first line),
//                                        then the explanation and a warning for incomplete years
//   calendar check YEAR                  what the year lacks; exit 1 when something is missing
//   calendar show YEAR [--json]          the year's days off with their reasons
//   calendar confirm YEAR [--by NAME]    the administrator's confirmation of a year
//   calendar import FILE [--confirm]     a year file or a whole calendar file
//   calendar export YEAR|--all -o FILE   a year (or the whole calendar) as a file
#include "CliAuth.h"
#include "CliDatabase.h"
#include "CommandRegistry.h"
#include "calendar/CalendarJson.h"
#include "calendar/CalendarStore.h"
#include "workflow/CaseStageIndex.h"
#include "workflow/WorkflowFactory.h"

#include "SystemClock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace exitdesk::cli {

namespace {

bool parseYear(CliContext &ctx, const QString &text, int *year)
{
    bool ok = false;
    *year = text.toInt(&ok);
    if (ok && *year >= 1900 && *year <= 2200)
        return true;
    ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("not a year: %1"), QStringLiteral("не год: %1"),
                                   QStringLiteral("жыл емес: %1"))
                               .arg(text));
    return false;
}

std::shared_ptr<const WorkingCalendar> loadCalendar(CliContext &ctx, Database &db)
{
    QString error;
    std::shared_ptr<const WorkingCalendar> calendar = CalendarStore(db).loadWorkingCalendar(&error);
    if (!calendar)
        ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("cannot load the calendar: %1"),
                                       QStringLiteral("не удалось загрузить календарь: %1"),
                                       QStringLiteral("күнтізбе жүктелмеді: %1"))
                                   .arg(error));
    return calendar;
}

// The YEAR argument of `check` and `show`, with the database and its calendar.
struct YearCalendar
{
    int year = 0;
    std::unique_ptr<Database> db;
    std::shared_ptr<const WorkingCalendar> calendar;
};

// ExitOk when *out is ready; otherwise the exit code, the message already printed.
int openYearCalendar(CliContext &ctx, const QString &usage, YearCalendar *out)
{
    if (ctx.positional().size() != 1)
        return ctx.usageError(usage);
    if (!parseYear(ctx, ctx.positional().first(), &out->year))
        return ExitBadInput;
    out->db = openDatabase(ctx);
    if (!out->db)
        return ExitBadInput;
    out->calendar = loadCalendar(ctx, *out->db);
    return out->calendar ? ExitOk : ExitBadInput;
}

void printErrors(CliContext &ctx, const CalendarErrors &errors)
{
    for (const CalendarError &e : errors)
        ctx.err() << e.text(ctx.lang()) << '\n';
    ctx.err().flush();
}

// The due dates cached for unfinished cases follow the calendar just saved. The calendar is
// saved already when this fails: the message says how to finish the job.
void recomputeOpenCases(CliContext &ctx, Database &db)
{
    QString error;
    const std::unique_ptr<Workflow> workflow = WorkflowFactory::fromDatabase(db, &error);
    if (workflow && CaseStageIndex::refreshOpen(db, *workflow, &error) >= 0)
        return;
    ctx.err() << ctx.tr3(QStringLiteral("warning: the due dates of open cases were not recomputed (%1); they will "
                                        "be when the calendar is saved again"),
                         QStringLiteral("предупреждение: сроки открытых дел не пересчитаны (%1); они будут "
                                        "пересчитаны при следующем сохранении календаря"),
                         QStringLiteral("ескерту: ашық істердің мерзімдері қайта есептелмеді (%1); күнтізбе "
                                        "қайта сақталғанда есептеледі"))
                     .arg(error)
              << Qt::endl;
}

int runDue(CliContext &ctx)
{
    if (!ctx.parse({QStringLiteral("db"), QStringLiteral("from"), QStringLiteral("days")}, {}))
        return ExitUsage;
    if (!ctx.positional().isEmpty() || !ctx.hasOption(QStringLiteral("from")) || !ctx.hasOption(QStringLiteral("days")))
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: calendar due --from DATE --days N"),
                                      QStringLiteral("использование: calendar due --from ДАТА --days N"),
                                      QStringLiteral("қолданылуы: calendar due --from КҮН --days N")));
    const QString fromText = ctx.option(QStringLiteral("from"));
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    if (!from.isValid() || fromText.size() != 10)
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("--from: not a date YYYY-MM-DD: %1"),
                                              QStringLiteral("--from: не дата ГГГГ-ММ-ДД: %1"),
                                              QStringLiteral("--from: ЖЖЖЖ-АА-КК күні емес: %1"))
                                          .arg(fromText));
    bool ok = false;
    const int days = ctx.option(QStringLiteral("days")).toInt(&ok);
    if (!ok || days < 0 || days > 10000)
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("--days: not a number of working days (0–10000): %1"),
                                              QStringLiteral("--days: не число рабочих дней (0–10000): %1"),
                                              QStringLiteral("--days: жұмыс күндерінің саны емес (0–10000): %1"))
                                          .arg(ctx.option(QStringLiteral("days"))));
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const std::shared_ptr<const WorkingCalendar> calendar = loadCalendar(ctx, *db);
    if (!calendar)
        return ExitBadInput;
    const DueExplanation e = calendar->explainDue(from, days);
    if (!e.isValid())
        return ctx.fail(ExitBadInput, e.lines(ctx.lang()).join(QLatin1Char('\n')));
    ctx.out() << e.due.toString(Qt::ISODate) << '\n';
    for (const QString &line : e.lines(ctx.lang()))
        ctx.out() << line << '\n';
    ctx.out().flush();
    return ExitOk;
}

int runCheck(CliContext &ctx)
{
    if (!ctx.parse({QStringLiteral("db")}, {}))
        return ExitUsage;
    YearCalendar opened;
    if (const int rc = openYearCalendar(ctx,
                                        ctx.tr3(QStringLiteral("usage: calendar check YEAR"),
                                                QStringLiteral("использование: calendar check ГОД"),
                                                QStringLiteral("қолданылуы: calendar check ЖЫЛ")),
                                        &opened);
        rc != ExitOk)
        return rc;
    const int year = opened.year;
    const std::shared_ptr<const WorkingCalendar> calendar = opened.calendar;
    const QList<YearGap> gaps = calendar->gaps(year);
    const CalendarYear entry = calendar->data().years.value(year);
    if (gaps.isEmpty()) {
        ctx.out() << ctx.tr3(QStringLiteral("%1: complete"), QStringLiteral("%1: полный"), QStringLiteral("%1: толық"))
                         .arg(year)
                  << '\n';
    } else {
        ctx.out() << ctx.tr3(QStringLiteral("%1: incomplete"), QStringLiteral("%1: неполный"),
                             QStringLiteral("%1: толық емес"))
                         .arg(year)
                  << '\n';
        for (YearGap g : gaps)
            ctx.out() << "  - " << yearGapText(g).in(ctx.lang()) << '\n';
    }
    ctx.out() << ctx.tr3(QStringLiteral("Kurban Ait: %1"), QStringLiteral("Курбан айт: %1"),
                         QStringLiteral("Құрбан айт: %1"))
                     .arg(entry.kurbanAit.isValid() ? entry.kurbanAit.toString(Qt::ISODate) : QStringLiteral("—"))
              << '\n';
    ctx.out() << ctx.tr3(QStringLiteral("Transfers: %1"), QStringLiteral("Переносы: %1"),
                         QStringLiteral("Ауыстырулар: %1"))
                     .arg(entry.transfers.size())
              << '\n';
    if (entry.confirmed())
        ctx.out() << ctx.tr3(QStringLiteral("Confirmed by %1 %2"), QStringLiteral("Подтвердил %1 %2"),
                             QStringLiteral("Растаған %1 %2"))
                         .arg(entry.confirmedBy, entry.confirmedAt.toString(Qt::ISODate))
                         .trimmed()
                  << '\n';
    ctx.out() << ctx.tr3(QStringLiteral("Working days: %1"), QStringLiteral("Рабочих дней: %1"),
                         QStringLiteral("Жұмыс күндері: %1"))
                     .arg(calendar->workingDaysInYear(year))
              << '\n';
    ctx.out().flush();
    return gaps.isEmpty() ? ExitOk : ExitBadInput;
}

int runShow(CliContext &ctx)
{
    if (!ctx.parse({QStringLiteral("db")}, {QStringLiteral("json")}))
        return ExitUsage;
    YearCalendar opened;
    if (const int rc = openYearCalendar(ctx,
                                        ctx.tr3(QStringLiteral("usage: calendar show YEAR [--json]"),
                                                QStringLiteral("использование: calendar show ГОД [--json]"),
                                                QStringLiteral("қолданылуы: calendar show ЖЫЛ [--json]")),
                                        &opened);
        rc != ExitOk)
        return rc;
    const int year = opened.year;
    const std::shared_ptr<const WorkingCalendar> calendar = opened.calendar;
    const QList<DayInfo> days = calendar->yearDays(year);
    if (ctx.flag(QStringLiteral("json"))) {
        QJsonArray list;
        for (const DayInfo &d : days) {
            if (d.kind == DayKind::Working)
                continue;
            QJsonObject o{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                          {QStringLiteral("kind"), dayKindKey(d.kind)},
                          {QStringLiteral("working"), d.isWorking()},
                          {QStringLiteral("reason"), d.reason.in(ctx.lang())}};
            if (d.carriedFrom.isValid())
                o.insert(QStringLiteral("carriedFrom"), d.carriedFrom.toString(Qt::ISODate));
            list.append(o);
        }
        QJsonArray gaps;
        for (YearGap g : calendar->gaps(year))
            gaps.append(g == YearGap::NoKurbanAit ? QStringLiteral("no-kurban-ait") : QStringLiteral("not-confirmed"));
        const QJsonObject o{{QStringLiteral("year"), year},
                            {QStringLiteral("workingDays"), calendar->workingDaysInYear(year)},
                            {QStringLiteral("gaps"), gaps},
                            {QStringLiteral("days"), list}};
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        for (const DayInfo &d : days) {
            // Ordinary weekends would drown the list.
            if (d.kind == DayKind::Working || d.kind == DayKind::WeeklyDayOff)
                continue;
            ctx.out() << isoWithWeekday(d.date, ctx.lang()) << "  " << dayKindKey(d.kind) << "  "
                      << d.reason.in(ctx.lang()) << '\n';
        }
        ctx.out() << ctx.tr3(QStringLiteral("Working days: %1"), QStringLiteral("Рабочих дней: %1"),
                             QStringLiteral("Жұмыс күндері: %1"))
                         .arg(calendar->workingDaysInYear(year))
                  << '\n';
    }
    ctx.out().flush();
    return ExitOk;
}

QString actorName(const Actor &a)
{
    if (a.setup) {
        const QString user = qEnvironmentVariable("USER");
        return user.isEmpty() ? a.login : user;
    }
    return a.fullName.isEmpty() ? a.login : a.fullName;
}

int runConfirm(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db"), QStringLiteral("by")}), {}))
        return ExitUsage;
    if (ctx.positional().size() != 1)
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: calendar confirm YEAR [--by NAME]"),
                                      QStringLiteral("использование: calendar confirm ГОД [--by ИМЯ]"),
                                      QStringLiteral("қолданылуы: calendar confirm ЖЫЛ [--by АТЫ]")));
    int year = 0;
    if (!parseYear(ctx, ctx.positional().first(), &year))
        return ExitBadInput;
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const std::optional<Actor> actor = requireActor(ctx, *db, Permission::CalendarConfirm);
    if (!actor)
        return ExitBadInput;
    CalendarStore store(*db, *actor);
    CalendarData data;
    QString error;
    if (!store.load(&data, &error))
        return ctx.fail(ExitBadInput, error);
    if (!data.years.value(year).kurbanAit.isValid())
        return ctx.fail(ExitBadInput,
                        ctx.tr3(QStringLiteral("%1: enter the first day of Kurban Ait before confirming the year"),
                                QStringLiteral("%1: перед подтверждением внесите первый день Курбан айта"),
                                QStringLiteral("%1: растау алдында Құрбан айттың бірінші күнін енгізіңіз"))
                            .arg(year));
    const QString by = ctx.option(QStringLiteral("by"), actorName(*actor));
    const QDateTime now = SystemClock().now();
    if (!store.confirmYear(year, by, now, &error))
        return ctx.fail(ExitBadInput, error);
    ctx.out() << ctx.tr3(QStringLiteral("%1 confirmed by %2"), QStringLiteral("%1 подтверждён: %2"),
                         QStringLiteral("%1 расталды: %2"))
                     .arg(QString::number(year), by)
              << Qt::endl;
    return ExitOk;
}

int runImport(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db"), QStringLiteral("by")}), {QStringLiteral("confirm")}))
        return ExitUsage;
    if (ctx.positional().size() != 1)
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: calendar import FILE [--confirm]"),
                                      QStringLiteral("использование: calendar import ФАЙЛ [--confirm]"),
                                      QStringLiteral("қолданылуы: calendar import ФАЙЛ [--confirm]")));
    QFile f(ctx.positional().first());
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("cannot read %1"), QStringLiteral("не удаётся прочитать %1"),
                                              QStringLiteral("%1 оқылмады"))
                                          .arg(f.fileName()));
    CalendarJson::FileKind kind = CalendarJson::FileKind::Unknown;
    CalendarData full;
    CalendarYear year;
    CalendarErrors errors;
    if (!CalendarJson::readFile(f.readAll(), &kind, &full, &year, &errors)) {
        printErrors(ctx, errors);
        return ExitBadInput;
    }
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const std::optional<Actor> actor = requireActor(ctx, *db, Permission::CalendarEdit);
    if (!actor)
        return ExitBadInput;
    CalendarStore store(*db, *actor);
    CalendarData current;
    QString error;
    if (!store.load(&current, &error))
        return ctx.fail(ExitBadInput, error);
    const QDateTime now = SystemClock().now();
    if (kind == CalendarJson::FileKind::Calendar) {
        if (!store.saveAll(full, now, &error))
            return ctx.fail(ExitBadInput, error);
        recomputeOpenCases(ctx, *db);
        ctx.out() << ctx.tr3(QStringLiteral("calendar replaced: %1 holiday rules, %2 years"),
                             QStringLiteral("календарь заменён: правил праздников %1, лет %2"),
                             QStringLiteral("күнтізбе ауыстырылды: %1 мереке ережесі, %2 жыл"))
                         .arg(full.holidays.size())
                         .arg(full.years.size())
                  << Qt::endl;
        return ExitOk;
    }
    // A year is checked against the stored rules and weekly days off.
    errors = current.validateYear(year);
    if (!errors.isEmpty()) {
        printErrors(ctx, errors);
        return ExitBadInput;
    }
    if (ctx.flag(QStringLiteral("confirm"))) {
        // Whether the actor may also confirm is checked by CalendarStore::saveYear.
        if (!year.kurbanAit.isValid())
            return ctx.fail(ExitBadInput,
                            ctx.tr3(QStringLiteral("%1: enter the first day of Kurban Ait before confirming the year"),
                                    QStringLiteral("%1: перед подтверждением внесите первый день Курбан айта"),
                                    QStringLiteral("%1: растау алдында Құрбан айттың бірінші күнін енгізіңіз"))
                                .arg(year.year));
        year.confirmedBy = ctx.option(QStringLiteral("by"), actorName(*actor));
        year.confirmedAt = now;
        if (!store.saveYear(year, now, &error))
            return ctx.fail(ExitBadInput, error);
    } else {
        CalendarYear stored;
        if (!store.importYear(year, now, &stored, &error))
            return ctx.fail(ExitBadInput, error);
        year = stored;
    }
    recomputeOpenCases(ctx, *db);
    ctx.out() << ctx.tr3(QStringLiteral("%1 imported (%2)"), QStringLiteral("%1 импортирован (%2)"),
                         QStringLiteral("%1 импортталды (%2)"))
                     .arg(QString::number(year.year),
                          year.confirmed() ? ctx.tr3(QStringLiteral("confirmed"), QStringLiteral("подтверждён"),
                                                     QStringLiteral("расталған"))
                                           : ctx.tr3(QStringLiteral("not confirmed"), QStringLiteral("не подтверждён"),
                                                     QStringLiteral("расталмаған")))
              << Qt::endl;
    return ExitOk;
}

int runExport(CliContext &ctx)
{
    if (!ctx.parse({QStringLiteral("db"), QStringLiteral("o")}, {QStringLiteral("all")}))
        return ExitUsage;
    const bool all = ctx.flag(QStringLiteral("all"));
    if (ctx.option(QStringLiteral("o")).isEmpty() || ctx.positional().size() != (all ? 0 : 1))
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: calendar export YEAR|--all -o FILE"),
                                      QStringLiteral("использование: calendar export ГОД|--all -o ФАЙЛ"),
                                      QStringLiteral("қолданылуы: calendar export ЖЫЛ|--all -o ФАЙЛ")));
    int year = 0;
    if (!all && !parseYear(ctx, ctx.positional().first(), &year))
        return ExitBadInput;
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    CalendarData data;
    QString error;
    if (!CalendarStore(*db).load(&data, &error))
        return ctx.fail(ExitBadInput, error);
    CalendarYear entry = data.years.value(year);
    entry.year = year;
    const QByteArray bytes = all ? CalendarJson::calendarFile(data) : CalendarJson::yearFile(entry);
    QSaveFile f(ctx.option(QStringLiteral("o")));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("cannot write %1"), QStringLiteral("не удаётся записать %1"),
                                              QStringLiteral("%1 жазылмады"))
                                          .arg(f.fileName()));
    return ExitOk;
}

const CommandRegistration dueRegistration({
    {QStringLiteral("calendar"), QStringLiteral("due")},
    QStringLiteral("--from DATE --days N"),
    QStringLiteral("the N-th working day strictly after DATE (first line), with its explanation"),
    runDue,
});
const CommandRegistration checkRegistration({
    {QStringLiteral("calendar"), QStringLiteral("check")},
    QStringLiteral("YEAR"),
    QStringLiteral("what the year's calendar lacks (Kurban Ait, confirmation); exit 1 when incomplete"),
    runCheck,
});
const CommandRegistration showRegistration({
    {QStringLiteral("calendar"), QStringLiteral("show")},
    QStringLiteral("YEAR [--json]"),
    QStringLiteral("the year's holidays, carried-over days and transfers"),
    runShow,
});
const CommandRegistration confirmRegistration({
    {QStringLiteral("calendar"), QStringLiteral("confirm")},
    QStringLiteral("YEAR [--by NAME]"),
    QStringLiteral("confirm a year's calendar as complete (administrator)"),
    runConfirm,
});
const CommandRegistration importRegistration({
    {QStringLiteral("calendar"), QStringLiteral("import")},
    QStringLiteral("FILE [--confirm]"),
    QStringLiteral("import a year (Kurban Ait, transfers) or a whole calendar from a JSON file"),
    runImport,
});
const CommandRegistration exportRegistration({
    {QStringLiteral("calendar"), QStringLiteral("export")},
    QStringLiteral("YEAR|--all -o FILE"),
    QStringLiteral("export a year (or the whole calendar) as a JSON file"),
    runExport,
});

} // namespace

} // namespace exitdesk::cli
