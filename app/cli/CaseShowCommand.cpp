// exitdesk-cli case show NUMBER [--json]: one case; --json prints its interchange JSON.
#include "CliAuth.h"
#include "CliDatabase.h"
#include "CommandRegistry.h"
#include "interchange/CaseJson.h"
#include "storage/CaseRepository.h"
#include "validation/DocumentChecklist.h"

#include "SystemClock.h"

namespace exitdesk::cli {

namespace {

void printCase(CliContext &ctx, const Case &c)
{
    auto line = [&ctx](const QString &en, const QString &ru, const QString &kk, const QString &value) {
        ctx.out() << ctx.tr3(en, ru, kk) << ": " << value << '\n';
    };
    auto day = [](const QDate &d) {
        return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
    };
    line(QStringLiteral("Number"), QStringLiteral("Номер"), QStringLiteral("Нөмірі"),
         c.number.isEmpty() ? QStringLiteral("#%1").arg(c.id) : c.number);
    line(QStringLiteral("Status"), QStringLiteral("Статус"), QStringLiteral("Күйі"),
         statusLabel(ctx, c.status));
    line(QStringLiteral("Office"), QStringLiteral("Орган"), QStringLiteral("Орган"), c.office);
    line(QStringLiteral("Submitted"), QStringLiteral("Подано"), QStringLiteral("Берілді"),
         c.submittedAt.isValid() ? c.submittedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString());
    line(QStringLiteral("Applicant"), QStringLiteral("Заявитель"), QStringLiteral("Өтініш беруші"),
         c.applicantFullName());
    line(QStringLiteral("IIN"), QStringLiteral("ИИН"), QStringLiteral("ЖСН"), c.applicant.iin);
    line(QStringLiteral("Born"), QStringLiteral("Дата рождения"), QStringLiteral("Туған күні"),
         day(c.applicant.birthDate));
    line(QStringLiteral("Destination"), QStringLiteral("Страна выезда"), QStringLiteral("Баратын елі"),
         QStringList{c.to.country, c.to.settlement}.join(QStringLiteral(", ")));
    for (int i = 0; i < c.children.size(); ++i) {
        const Child &child = c.children.at(i);
        line(QStringLiteral("Child %1").arg(i + 1), QStringLiteral("Ребёнок %1").arg(i + 1),
             QStringLiteral("Бала %1").arg(i + 1),
             QStringLiteral("%1, %2, %3").arg(child.fullName(), day(child.birthDate), child.iin));
    }
    if (c.submittedAt.isValid()) {
        for (const ChecklistItem &item : DocumentChecklist::evaluate(c, c.submissionDay())) {
            const QString mark = item.ok() ? QStringLiteral("[x] ") : QStringLiteral("[ ] ");
            ctx.out() << "  " << mark << item.document.name(ctx.lang()) << '\n';
        }
    }
    ctx.out().flush();
}

int runShow(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db")}), {QStringLiteral("json")}))
        return ExitUsage;
    if (ctx.positional().size() != 1) {
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: case show NUMBER [--json]"),
                                      QStringLiteral("использование: case show НОМЕР [--json]"),
                                      QStringLiteral("қолданылуы: case show НӨМІР [--json]")));
    }
    const QString key = ctx.positional().first();
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db || !requireActor(ctx, *db, Permission::CaseView))
        return ExitBadInput;
    const SystemClock clock;
    CaseRepository repository(*db, clock);
    StorageError error;
    // "#12" names an unnumbered case (a draft) by its id.
    bool isId = false;
    const qint64 id = key.startsWith(QLatin1Char('#')) ? key.mid(1).toLongLong(&isId) : 0;
    const std::optional<Case> c =
        isId ? repository.loadById(id, &error) : repository.loadByNumber(key, &error);
    if (!c)
        return ctx.fail(ExitBadInput, error.message(ctx.lang()));
    if (ctx.flag(QStringLiteral("json"))) {
        ctx.out() << QString::fromUtf8(CaseJson::toBytes(*c));
        ctx.out().flush();
        return ExitOk;
    }
    printCase(ctx, *c);
    return ExitOk;
}

const CommandRegistration registration({
    {QStringLiteral("case"), QStringLiteral("show")},
    QStringLiteral("NUMBER|#ID [--json]"),
    QStringLiteral("show one case; --json prints its interchange JSON (docs/case-format.md)"),
    runShow,
});

} // namespace

} // namespace exitdesk::cli
