// exitdesk-cli case list [--status S] [--search TEXT] [--limit N] [--offset N] [--json]
#include "CliAuth.h"
#include "CliDatabase.h"
#include "CommandRegistry.h"
#include "interchange/JsonReader.h"
#include "storage/CaseSearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace exitdesk::cli {

namespace {

QJsonObject summaryToJson(const CaseSummary &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    if (!s.number.isEmpty())
        o.insert(QStringLiteral("number"), s.number);
    o.insert(QStringLiteral("status"), caseStatusKey(s.status));
    o.insert(QStringLiteral("version"), s.version);
    o.insert(QStringLiteral("office"), s.office);
    if (s.submittedAt.isValid())
        o.insert(QStringLiteral("submittedAt"), JsonReader::formatDateTime(s.submittedAt));
    o.insert(QStringLiteral("surname"), s.surname);
    o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("patronymic"), s.patronymic);
    o.insert(QStringLiteral("iin"), s.iin);
    if (s.birthDate.isValid())
        o.insert(QStringLiteral("birthDate"), JsonReader::formatDate(s.birthDate));
    o.insert(QStringLiteral("toCountry"), s.toCountry);
    return o;
}

bool readCount(CliContext &ctx, const QString &name, int *out)
{
    if (!ctx.hasOption(name))
        return true;
    bool ok = false;
    const int n = ctx.option(name).toInt(&ok);
    if (!ok || n < 0) {
        ctx.usageError(ctx.tr3(QStringLiteral("--%1 needs a whole number of 0 or more"),
                               QStringLiteral("--%1: нужно целое число не меньше 0"),
                               QStringLiteral("--%1: 0 немесе одан үлкен бүтін сан керек"))
                           .arg(name));
        return false;
    }
    *out = n;
    return true;
}

int runList(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("search"),
                                    QStringLiteral("limit"), QStringLiteral("offset")}),
                   {QStringLiteral("json")}))
        return ExitUsage;
    if (!ctx.positional().isEmpty()) {
        return ctx.usageError(ctx.tr3(QStringLiteral("unexpected argument: %1"),
                                      QStringLiteral("лишний аргумент: %1"),
                                      QStringLiteral("артық аргумент: %1"))
                                  .arg(ctx.positional().first()));
    }
    CaseFilter filter;
    if (ctx.hasOption(QStringLiteral("status"))) {
        CaseStatus status;
        if (!caseStatusFromKey(ctx.option(QStringLiteral("status")), &status)) {
            return ctx.usageError(
                ctx.tr3(QStringLiteral("unknown status %1 (draft, accepted, refused-at-intake)"),
                        QStringLiteral("неизвестный статус %1 (draft, accepted, refused-at-intake)"),
                        QStringLiteral("белгісіз күй %1 (draft, accepted, refused-at-intake)"))
                    .arg(ctx.option(QStringLiteral("status"))));
        }
        filter.status = status;
    }
    filter.search = ctx.option(QStringLiteral("search"));
    if (!readCount(ctx, QStringLiteral("limit"), &filter.limit) ||
        !readCount(ctx, QStringLiteral("offset"), &filter.offset))
        return ExitUsage;

    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db || !requireActor(ctx, *db, Permission::CaseView))
        return ExitBadInput;
    StorageError error;
    const QList<CaseSummary> cases = CaseSearch(*db).list(filter, &error);
    if (error.kind != StorageError::None)
        return ctx.fail(ExitBadInput, error.message(ctx.lang()));

    if (ctx.flag(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CaseSummary &s : cases)
            array.append(summaryToJson(s));
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        ctx.out().flush();
        return ExitOk;
    }
    for (const CaseSummary &s : cases) {
        const QString number = s.number.isEmpty() ? QStringLiteral("#%1").arg(s.id) : s.number;
        const QString submitted = s.submittedAt.isValid()
                                      ? s.submittedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                                      : QStringLiteral("-");
        ctx.out() << number.leftJustified(12) << ' ' << statusLabel(ctx, s.status).leftJustified(18) << ' '
                  << submitted.leftJustified(16) << ' ' << s.iin.leftJustified(12) << ' ' << s.fullName()
                  << (s.toCountry.isEmpty() ? QString() : QStringLiteral(" → ") + s.toCountry) << '\n';
    }
    ctx.out().flush();
    return ExitOk;
}

const CommandRegistration registration({
    {QStringLiteral("case"), QStringLiteral("list")},
    QStringLiteral(
        "[--status draft|accepted|refused-at-intake] [--search TEXT] [--limit N] [--offset N] [--json]"),
    QStringLiteral("list the stored cases; --search matches number, IIN and names in any letter case"),
    runList,
});

} // namespace

} // namespace exitdesk::cli
