// exitdesk-cli audit verify | list: the hash-chained audit log.
// verify needs no login: it shows no personal data (only whether the chain holds and the
// first broken record's number), and anyone must be able to check that nobody tampered with
// the log. list shows before/after contents: administrators only (core's AuditLog checks
// AuditView again).
#include "CliAuth.h"
#include "CliDatabase.h"
#include "CommandRegistry.h"
#include "accounts/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace exitdesk::cli {

namespace {

int runVerify(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db")}), {}))
        return ExitUsage;
    if (!ctx.positional().isEmpty())
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: audit verify"),
                                      QStringLiteral("использование: audit verify"),
                                      QStringLiteral("қолданылуы: audit verify")));
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const AuditVerification v = AuditLog::verify(*db);
    if (!v.error.isEmpty()) {
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("cannot read the audit log: %1"),
                                              QStringLiteral("не удалось прочитать журнал аудита: %1"),
                                              QStringLiteral("аудит журналын оқу мүмкін болмады: %1"))
                                          .arg(v.error));
    }
    if (!v.ok) {
        const QString where = v.firstBadId > 0
                                  ? ctx.tr3(QStringLiteral("first bad record: id %1"),
                                            QStringLiteral("первая повреждённая запись: id %1"),
                                            QStringLiteral("бірінші бүлінген жазба: id %1"))
                                        .arg(v.firstBadId)
                                  : ctx.tr3(QStringLiteral("first missing record: position %1"),
                                            QStringLiteral("первая недостающая запись: позиция %1"),
                                            QStringLiteral("бірінші жетіспейтін жазба: %1 орны"))
                                        .arg(v.firstBadSeq);
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("the audit log was tampered with: %1; %2"),
                                              QStringLiteral("журнал аудита подделан: %1; %2"),
                                              QStringLiteral("аудит журналы бұрмаланған: %1; %2"))
                                          .arg(ctx.tr3(v.reasonEn, v.reasonRu, v.reasonKk), where));
    }
    ctx.out() << ctx.tr3(QStringLiteral("audit log intact: %1 records; last hash %2"),
                         QStringLiteral("журнал аудита цел: записей %1; последний хеш %2"),
                         QStringLiteral("аудит журналы бүтін: %1 жазба; соңғы хеш %2"))
                     .arg(v.records)
                     .arg(v.headHash.isEmpty() ? QStringLiteral("-") : v.headHash)
              << Qt::endl;
    return ExitOk;
}

int runList(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db"), QStringLiteral("entity"), QStringLiteral("id"),
                                    QStringLiteral("actor"), QStringLiteral("limit")}),
                   {QStringLiteral("json")}))
        return ExitUsage;
    AuditFilter filter;
    // --entity case or --entity case:2026-000001
    const QString entity = ctx.option(QStringLiteral("entity"));
    const int colon = entity.indexOf(QLatin1Char(':'));
    filter.entityKind = colon < 0 ? entity : entity.left(colon);
    filter.entityId = colon < 0 ? ctx.option(QStringLiteral("id")) : entity.mid(colon + 1);
    filter.actorLogin = ctx.option(QStringLiteral("actor"));
    if (ctx.hasOption(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = ctx.option(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit <= 0)
            return ctx.usageError(ctx.tr3(QStringLiteral("--limit needs a positive number"),
                                          QStringLiteral("--limit требует положительное число"),
                                          QStringLiteral("--limit оң сан болуы керек")));
    }
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const std::optional<Actor> actor = requireActor(ctx, *db, Permission::AuditView);
    if (!actor)
        return ExitBadInput;
    QString error;
    const QList<AuditRecord> records = AuditLog::list(*db, *actor, filter, &error);
    if (!error.isEmpty())
        return ctx.fail(ExitBadInput, error);
    if (ctx.flag(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AuditRecord &r : records) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), r.id);
            o.insert(QStringLiteral("seq"), r.seq);
            o.insert(QStringLiteral("at"), r.at);
            o.insert(QStringLiteral("actor"), r.actorLogin);
            o.insert(QStringLiteral("role"), r.actorRole);
            o.insert(QStringLiteral("workstation"), r.workstation);
            o.insert(QStringLiteral("action"), r.action);
            o.insert(QStringLiteral("entityKind"), r.entityKind);
            o.insert(QStringLiteral("entityId"), r.entityId);
            o.insert(QStringLiteral("before"),
                     QJsonDocument::fromJson(QByteArray("[") + r.beforeJson.toUtf8() + "]").array().at(0));
            o.insert(QStringLiteral("after"),
                     QJsonDocument::fromJson(QByteArray("[") + r.afterJson.toUtf8() + "]").array().at(0));
            o.insert(QStringLiteral("hash"), r.hash);
            array.append(o);
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const AuditRecord &r : records) {
            ctx.out() << r.id << '\t' << r.at << '\t' << r.actorLogin << " (" << r.actorRole << ")\t"
                      << r.workstation << '\t' << r.action << '\t' << r.entityKind << ':' << r.entityId
                      << '\n';
        }
    }
    ctx.out().flush();
    return ExitOk;
}

const CommandRegistration verifyCommand({
    {QStringLiteral("audit"), QStringLiteral("verify")},
    QString(),
    QStringLiteral("check the audit chain: exit 1 naming the first changed or removed record"),
    runVerify,
});
const CommandRegistration listCommand({
    {QStringLiteral("audit"), QStringLiteral("list")},
    QStringLiteral("[--entity KIND[:ID]] [--actor LOGIN] [--limit N] [--json] --user ADMIN"),
    QStringLiteral("show audit records, oldest first (the newest N with --limit)"),
    runList,
});

} // namespace

} // namespace exitdesk::cli
