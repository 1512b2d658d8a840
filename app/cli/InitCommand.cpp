// exitdesk-cli init: create the schema of a new database or migrate an existing one.
#include "CliDatabase.h"
#include "CommandRegistry.h"

namespace exitdesk::cli {

namespace {

int runInit(CliContext &ctx)
{
    if (!ctx.parse({QStringLiteral("db")}, {}))
        return ExitUsage;
    if (!ctx.positional().isEmpty()) {
        return ctx.usageError(ctx.tr3(QStringLiteral("init takes no arguments"),
                                      QStringLiteral("init не принимает аргументов"),
                                      QStringLiteral("init аргумент қабылдамайды")));
    }
    const std::unique_ptr<Database> db = openDatabase(ctx); // opening migrates
    if (!db)
        return ExitBadInput;
    ctx.out() << ctx.tr3(QStringLiteral("database ready: %1 (schema version %2)"),
                         QStringLiteral("база данных готова: %1 (версия схемы %2)"),
                         QStringLiteral("дерекқор дайын: %1 (схема нұсқасы %2)"))
                     .arg(db->displayLocation())
                     .arg(db->schemaVersion())
              << Qt::endl;
    return ExitOk;
}

const CommandRegistration registration({
    {QStringLiteral("init")},
    QString(),
    QStringLiteral("create or migrate the schema of the database"),
    runInit,
});

} // namespace

} // namespace exitdesk::cli
