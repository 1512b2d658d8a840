// exitdesk-cli backup -o FILE | restore FILE: backup copies of the database (administrators).
#include "CliAuth.h"
#include "CliDatabase.h"
#include "CommandRegistry.h"
#include "SystemClock.h"
#include "backup/BackupService.h"
#include "storage/Database.h"

namespace exitdesk::cli {

namespace {

int runBackup(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db"), QStringLiteral("o")}), {QStringLiteral("force")}))
        return ExitUsage;
    const QString out = ctx.option(QStringLiteral("o"));
    if (out.isEmpty() || !ctx.positional().isEmpty())
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: backup -o FILE [--force]"),
                                      QStringLiteral("использование: backup -o ФАЙЛ [--force]"),
                                      QStringLiteral("қолданылуы: backup -o ФАЙЛ [--force]")));
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const std::optional<Actor> actor = requireActor(ctx, *db, Permission::Backup);
    if (!actor)
        return ExitBadInput;
    const SystemClock clock;
    Finding error;
    if (!BackupService::backup(*db, ctx.databaseLocation(), *actor, clock, out,
                               ctx.flag(QStringLiteral("force")), &error))
        return ctx.fail(ExitBadInput, error.message(ctx.lang()));
    ctx.out() << out << Qt::endl;
    return ExitOk;
}

int runRestore(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db")}), {QStringLiteral("force")}))
        return ExitUsage;
    if (ctx.positional().size() != 1)
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: restore FILE [--force]"),
                                      QStringLiteral("использование: restore ФАЙЛ [--force]"),
                                      QStringLiteral("қолданылуы: restore ФАЙЛ [--force]")));
    const QString file = ctx.positional().first();
    const QString target = ctx.databaseLocation();
    std::optional<Actor> actor;
    {
        // Who may replace this database is decided by its own accounts (none yet: setup).
        const std::unique_ptr<Database> db = openDatabase(ctx);
        if (!db)
            return ExitBadInput;
        actor = requireActor(ctx, *db, Permission::Restore);
        if (!actor)
            return ExitBadInput;
    }
    const SystemClock clock;
    Finding error;
    if (!BackupService::restore(file, target, *actor, clock, ctx.flag(QStringLiteral("force")), &error))
        return ctx.fail(ExitBadInput, error.message(ctx.lang()));
    ctx.out() << ctx.tr3(QStringLiteral("restored %1"), QStringLiteral("восстановлено из %1"),
                         QStringLiteral("%1 көшірмесінен қалпына келтірілді"))
                     .arg(file)
              << Qt::endl;
    return ExitOk;
}

const CommandRegistration backupCommand({
    {QStringLiteral("backup")},
    QStringLiteral("-o FILE [--force] --user ADMIN"),
    QStringLiteral(
        "consistent copy of the database (SQLite: VACUUM INTO; PostgreSQL: pg_dump custom format)"),
    runBackup,
});
const CommandRegistration restoreCommand({
    {QStringLiteral("restore")},
    QStringLiteral("FILE [--force] --user ADMIN"),
    QStringLiteral("replace the --db database by a backup; refuses a non-empty database without --force"),
    runRestore,
});

} // namespace

} // namespace exitdesk::cli
