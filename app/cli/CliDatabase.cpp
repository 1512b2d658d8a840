#include "CliDatabase.h"

namespace exitdesk::cli {

std::unique_ptr<Database> openDatabase(CliContext &ctx)
{
    const QString location = ctx.databaseLocation();
    QString error;
    std::unique_ptr<Database> db = Database::open(location, &error);
    if (!db) {
        ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("cannot open the database: %1"),
                                       QStringLiteral("не удалось открыть базу данных: %1"),
                                       QStringLiteral("дерекқорды ашу мүмкін болмады: %1"))
                                   .arg(error));
    }
    return db;
}

QString statusLabel(CliContext &ctx, CaseStatus status)
{
    switch (status) {
    case CaseStatus::Draft:
        return ctx.tr3(QStringLiteral("draft"), QStringLiteral("черновик"), QStringLiteral("жоба"));
    case CaseStatus::Accepted:
        return ctx.tr3(QStringLiteral("accepted"), QStringLiteral("принято"), QStringLiteral("қабылданды"));
    case CaseStatus::RefusedAtIntake:
        return ctx.tr3(QStringLiteral("refused at intake"), QStringLiteral("отказано в приёме"),
                       QStringLiteral("қабылдаудан бас тартылды"));
    }
    return QString();
}

void printFindings(CliContext &ctx, const Findings &findings)
{
    const QString warning =
        ctx.tr3(QStringLiteral("warning"), QStringLiteral("предупреждение"), QStringLiteral("ескерту"));
    for (const Finding &f : findings) {
        QString line = f.path.isEmpty() ? QString() : f.path + QStringLiteral(": ");
        if (!f.isError())
            line += warning + QStringLiteral(": ");
        line += f.message(ctx.lang());
        ctx.err() << line << Qt::endl;
    }
}

} // namespace exitdesk::cli
