// exitdesk-cli case import FILE|- [--draft]: one case or an array (docs/case-format.md),
// all or nothing.
#include "CliAuth.h"
#include "CliDatabase.h"
#include "CommandRegistry.h"
#include "SystemClock.h"
#include "interchange/CaseImporter.h"
#include "workflow/CaseStageIndex.h"
#include "workflow/WorkflowFactory.h"

#include <QFile>

namespace exitdesk::cli {

namespace {

// Reports a refused check (nothing is written) and returns the exit code.
int refuseImport(CliContext &ctx, const ImportCheck &check)
{
    printFindings(ctx, check.errors);
    int missingDocuments = 0;
    for (const Finding &f : check.errors)
        missingDocuments += f.code.startsWith(QLatin1String("document.")) ? 1 : 0;
    const QString count = QString::number(check.errors.size());
    if (missingDocuments == check.errors.size()) {
        // Only the package is incomplete: the case is refused at intake (SPEC.md §4).
        return ctx.fail(
            ExitBadInput,
            ctx.tr3(QStringLiteral("refused at intake: %1 document(s) missing or expired; nothing "
                                   "imported (--draft keeps it as a draft)"),
                    QStringLiteral("отказ в приёме: не хватает документов (или истёк срок): %1; "
                                   "ничего не импортировано (--draft сохранит черновик)"),
                    QStringLiteral("қабылдаудан бас тарту: жетпейтін (немесе мерзімі өткен) құжаттар "
                                   "саны: %1; ештеңе импортталмады (--draft жоба ретінде сақтайды)"))
                .arg(count));
    }
    return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("nothing imported: %1 error(s)"),
                                          QStringLiteral("ничего не импортировано: ошибок: %1"),
                                          QStringLiteral("ештеңе импортталмады: қателер саны: %1"))
                                      .arg(count));
}

int runImport(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db")}), {QStringLiteral("draft")}))
        return ExitUsage;
    if (ctx.positional().size() != 1) {
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: case import FILE|- [--draft]"),
                                      QStringLiteral("использование: case import ФАЙЛ|- [--draft]"),
                                      QStringLiteral("қолданылуы: case import ФАЙЛ|- [--draft]")));
    }
    const QString source = ctx.positional().first();
    const bool fromStdin = source == QLatin1String("-");
    const bool asDrafts = ctx.flag(QStringLiteral("draft"));
    const SystemClock clock;

    std::unique_ptr<Database> db;
    std::optional<Actor> actor;
    // The login comes first when the cases come on standard input: its first line may be the
    // password. A file is read and checked before the database is even opened.
    const auto login = [&]() {
        db = openDatabase(ctx);
        if (db)
            actor = requireActor(ctx, *db, Permission::CaseImport);
        return db && actor;
    };
    if (fromStdin && !login())
        return ExitBadInput;

    QFile file;
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(source), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("cannot read %1: %2"),
                                              QStringLiteral("не удалось прочитать %1: %2"),
                                              QStringLiteral("%1 оқу мүмкін болмады: %2"))
                                          .arg(source, file.errorString()));
    }
    const QByteArray json = file.readAll();

    // A refused import writes nothing.
    ImportCheck check = CaseImporter::check(json, asDrafts, clock.today());
    printFindings(ctx, check.warnings);
    if (!check.ok())
        return refuseImport(ctx, check);

    if (!fromStdin && !login())
        return ExitBadInput;
    StorageError error;
    if (!CaseImporter::store(*db, clock, *actor, check.cases, asDrafts, &error)) {
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("nothing imported: %1"),
                                              QStringLiteral("ничего не импортировано: %1"),
                                              QStringLiteral("ештеңе импортталмады: %1"))
                                          .arg(error.message(ctx.lang())));
    }
    if (!asDrafts) {
        // The case list's stage filters find the new cases at once (the import is stored
        // already: a failure here only delays that to the list's next session).
        QString indexError;
        const std::unique_ptr<Workflow> workflow = WorkflowFactory::fromDatabase(*db, &indexError);
        if (!workflow || CaseStageIndex::refreshMissing(*db, *workflow, &indexError) < 0)
            ctx.err() << "warning: stage index: " << indexError << Qt::endl;
    }
    for (const Case &c : check.cases)
        ctx.out() << (c.number.isEmpty() ? QStringLiteral("draft #%1").arg(c.id) : c.number) << '\n';
    ctx.out().flush();
    return ExitOk;
}

const CommandRegistration registration({
    {QStringLiteral("case"), QStringLiteral("import")},
    QStringLiteral("FILE|- [--draft]"),
    QStringLiteral("import one case or an array (JSON, docs/case-format.md); all or nothing; "
                   "--draft stores unnumbered drafts"),
    runImport,
});

} // namespace

} // namespace exitdesk::cli
