// exitdesk-cli iin check IIN [--json]: whether an IIN is valid (12 digits and the check digit),
// with the birth date and sex its digits encode. Exit 0 when valid, 1 when invalid, 2 for usage.
#include "CommandRegistry.h"
#include "validation/Iin.h"
#include "validation/ValidationTexts.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace exitdesk::cli {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

int runCheck(CliContext &ctx)
{
    // --db is accepted like by every command, though this one needs no database.
    if (!ctx.parse({QStringLiteral("db")}, {QStringLiteral("json")}))
        return ExitUsage;
    if (ctx.positional().size() != 1) {
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: iin check IIN [--json]"),
                                      QStringLiteral("использование: iin check ИИН [--json]"),
                                      QStringLiteral("қолданылуы: iin check ЖСН [--json]")));
    }
    const QString iin = ctx.positional().first();
    const IinInfo info = Iin::decode(iin);
    // The reason in words, from the same table as the questionnaire's checks.
    const QString reason =
        info.valid ? QString()
                   : ValidationTexts::make(info.errorCode, QStringLiteral("iin")).message(ctx.lang());
    const QString birthDate =
        info.valid && info.birthDate.isValid() ? info.birthDate.toString(Qt::ISODate) : QString();
    const QString sex = info.valid ? info.sex : QString();

    if (ctx.flag(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("iin"), iin);
        o.insert(QStringLiteral("valid"), info.valid);
        o.insert(QStringLiteral("birthDate"), orNull(birthDate));
        o.insert(QStringLiteral("sex"), orNull(sex));
        o.insert(QStringLiteral("error"), orNull(info.errorCode));
        o.insert(QStringLiteral("message"), orNull(reason));
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        ctx.out().flush();
        return info.valid ? ExitOk : ExitBadInput;
    }

    if (!info.valid) {
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("IIN %1 is invalid. %2"),
                                              QStringLiteral("ИИН %1 недействителен. %2"),
                                              QStringLiteral("ЖСН %1 жарамсыз. %2"))
                                          .arg(iin, reason));
    }
    const QString dateText =
        birthDate.isEmpty() ? ctx.tr3(QStringLiteral("date of birth not encoded"),
                                      QStringLiteral("дата рождения не закодирована"),
                                      QStringLiteral("туған күні кодталмаған"))
                            : ctx.tr3(QStringLiteral("date of birth %1"), QStringLiteral("дата рождения %1"),
                                      QStringLiteral("туған күні %1"))
                                  .arg(birthDate);
    const QString sexText =
        sex.isEmpty()
            ? ctx.tr3(QStringLiteral("sex not encoded"), QStringLiteral("пол не закодирован"),
                      QStringLiteral("жынысы кодталмаған"))
            : ctx.tr3(QStringLiteral("sex %1"), QStringLiteral("пол %1"), QStringLiteral("жынысы %1"))
                  .arg(ValidationTexts::sex(sex).in(ctx.lang()));
    ctx.out() << ctx.tr3(QStringLiteral("IIN %1 is valid: %2, %3"),
                         QStringLiteral("ИИН %1 действителен: %2, %3"),
                         QStringLiteral("ЖСН %1 жарамды: %2, %3"))
                     .arg(iin, dateText, sexText)
              << Qt::endl;
    return ExitOk;
}

const CommandRegistration registration({
    {QStringLiteral("iin"), QStringLiteral("check")},
    QStringLiteral("IIN [--json]"),
    QStringLiteral("valid or not, with the decoded birth date and sex; exit 1 when invalid"),
    runCheck,
});

} // namespace

} // namespace exitdesk::cli
