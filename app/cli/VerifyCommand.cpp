// exitdesk-cli verify PAYLOAD: whether a document's QR check code is one this office issued
// for a document that states what the database says now (the document is rebuilt from the
// case and its code recomputed with the office's key). Exit 0 valid, 1 invalid.
#include "CliDatabase.h"
#include "CommandRegistry.h"

#include "CaseFormLoader.h"
#include "DocumentCode.h"
#include "FormFactory.h"

namespace exitdesk::cli {

using namespace exitdesk::forms;

namespace {

int runVerify(CliContext &ctx)
{
    if (!ctx.parse({QStringLiteral("db")}, {}))
        return ExitUsage;
    if (ctx.positional().size() != 1)
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: verify PAYLOAD"), QStringLiteral("использование: verify КОД"),
                                      QStringLiteral("қолданылуы: verify КОД")));
    const auto invalid = [&ctx](const QString &en, const QString &ru, const QString &kk) {
        ctx.out() << ctx.tr3(QStringLiteral("invalid: "), QStringLiteral("недействителен: "),
                             QStringLiteral("жарамсыз: "))
                  << ctx.tr3(en, ru, kk) << Qt::endl;
        return int(ExitBadInput);
    };
    DocumentCode code;
    FormKind kind;
    if (!DocumentCode::parse(ctx.positional().first(), &code) || !formKindFromKey(code.kind, &kind))
        return invalid(QStringLiteral("not an ExitDesk check code"), QStringLiteral("это не код проверки ExitDesk"),
                       QStringLiteral("бұл ExitDesk тексеру коды емес"));
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    CaseFormLoader loader(*db);
    Case c;
    QString error;
    if (!loader.loadCase(code.caseNumber, &c, &error))
        return invalid(QStringLiteral("no case %1 in this office").arg(code.caseNumber),
                       QStringLiteral("в этом органе нет дела %1").arg(code.caseNumber),
                       QStringLiteral("бұл органда %1 ісі жоқ").arg(code.caseNumber));
    FormData data;
    if (!loader.load(kind, c, FormLanguage::Kazakh, code.issueDate, &data, &error))
        return ctx.fail(ExitBadInput, error);
    const std::unique_ptr<OfficialForm> form = FormFactory::make(kind, data);
    if (!form->carriesCode() || !code.matches(form->canonicalContent(), data.office.qrKey))
        return invalid(QStringLiteral("the document was not issued by this office or was changed"),
                       QStringLiteral("документ не выдан этим органом или изменён"),
                       QStringLiteral("құжатты бұл орган бермеген немесе ол өзгертілген"));
    ctx.out() << ctx.tr3(QStringLiteral("valid: %1 of case %2, issued %3"),
                         QStringLiteral("действителен: %1 по делу %2, выдан %3"),
                         QStringLiteral("жарамды: %2 ісі бойынша %1, берілген күні %3"))
                     .arg(code.kind, code.caseNumber, code.issueDate.toString(QStringLiteral("dd.MM.yyyy")))
              << Qt::endl;
    return ExitOk;
}

const CommandRegistration verifyRegistration(Command{
    {QStringLiteral("verify")}, QStringLiteral("PAYLOAD"),
    QStringLiteral("checks a document's QR check code against the case in the database (exit 0 valid, 1 invalid)"),
    runVerify});

} // namespace

} // namespace exitdesk::cli
