// exitdesk-cli render FORM --case NUMBER --lang kk|ru|both -o FILE.pdf: one official form of a
// stored case as PDF. The office's details come from the database (form_settings, see
// `forms settings`); --office-* options override them for one run. --printer NAME applies that
// printer's stored offsets (--offset-x/-y override them); --copy N prints copy numbers from N.
#include "CliAuth.h"
#include "CliDatabase.h"
#include "CommandRegistry.h"

#include "CaseFormLoader.h"
#include "FormFactory.h"
#include "PdfExporter.h"
#include "PrinterOffsetsStore.h"
#include "SystemClock.h"

#include <cmath>

#include <QCoreApplication>
#include <QFileInfo>

namespace exitdesk::cli {

using namespace exitdesk::forms;

namespace {

// main() takes the first --lang for the language of messages; the form's language is the
// same option, so it is read again from the full command line here.
QString formLanguageArgument(const CliContext &ctx)
{
    if (ctx.hasOption(QStringLiteral("form-lang")))
        return ctx.option(QStringLiteral("form-lang"));
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return QString();
}

void applyOfficeOptions(const CliContext &ctx, OfficeSettings *office)
{
    const struct
    {
        const char *option;
        QString OfficeSettings::*field;
    } map[] = {{"office-name", &OfficeSettings::name},         {"office-address", &OfficeSettings::address},
               {"office-department", &OfficeSettings::departmentNumber}, {"office-phone", &OfficeSettings::phone},
               {"executor", &OfficeSettings::executorName},    {"head", &OfficeSettings::headName},
               {"affairs-body", &OfficeSettings::internalAffairsBody}};
    for (const auto &m : map) {
        const QString name = QString::fromLatin1(m.option);
        if (ctx.hasOption(name))
            office->*(m.field) = ctx.option(name);
    }
}

int runRender(CliContext &ctx)
{
    QSet<QString> options{QStringLiteral("db"), QStringLiteral("case"), QStringLiteral("o"), QStringLiteral("form-lang"),
                          QStringLiteral("date"), QStringLiteral("copies"), QStringLiteral("subject"),
                          QStringLiteral("grounds"), QStringLiteral("offset-x"), QStringLiteral("offset-y"),
                          QStringLiteral("printer"), QStringLiteral("copy"),
                          QStringLiteral("office-name"), QStringLiteral("office-address"),
                          QStringLiteral("office-department"), QStringLiteral("office-phone"),
                          QStringLiteral("executor"), QStringLiteral("head"), QStringLiteral("affairs-body")};
    if (!ctx.parse(withAuthOptions(options), {}))
        return ExitUsage;
    const QString usage = QStringLiteral("render FORM --case NUMBER --lang kk|ru|both -o FILE.pdf");
    FormKind kind;
    if (ctx.positional().size() != 1 || !formKindFromKey(ctx.positional().first(), &kind)) {
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: %1 (FORM: questionnaire, registration-request, receipt, "
                                                     "refusal-to-accept, refusal, refusal-e, decision, decision-e)"),
                                      QStringLiteral("использование: %1 (FORM: questionnaire, registration-request, "
                                                     "receipt, refusal-to-accept, refusal, refusal-e, decision, decision-e)"),
                                      QStringLiteral("қолданылуы: %1 (FORM: questionnaire, registration-request, "
                                                     "receipt, refusal-to-accept, refusal, refusal-e, decision, decision-e)"))
                                  .arg(usage));
    }
    const QString output = ctx.option(QStringLiteral("o"));
    if (!ctx.hasOption(QStringLiteral("case")) || output.isEmpty())
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: %1"), QStringLiteral("использование: %1"),
                                      QStringLiteral("қолданылуы: %1"))
                                  .arg(usage));
    const QString langKey = formLanguageArgument(ctx);
    FormLanguage lang = FormLanguage::Kazakh;
    // Given but empty (--form-lang "") is a mistake too, not the default.
    if ((!langKey.isEmpty() || ctx.hasOption(QStringLiteral("form-lang"))) && !formLanguageFromKey(langKey, &lang))
        return ctx.usageError(ctx.tr3(QStringLiteral("the form's language is kk, ru or both, not %1"),
                                      QStringLiteral("язык формы: kk, ru или both, а не %1"),
                                      QStringLiteral("нысан тілі: kk, ru немесе both, %1 емес"))
                                  .arg(langKey));
    QDate issueDate = SystemClock().today();
    if (ctx.hasOption(QStringLiteral("date"))) {
        issueDate = QDate::fromString(ctx.option(QStringLiteral("date")), Qt::ISODate);
        if (!issueDate.isValid())
            return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("--date: not a date YYYY-MM-DD"),
                                                  QStringLiteral("--date: не дата ГГГГ-ММ-ДД"),
                                                  QStringLiteral("--date: ЖЖЖЖ-АА-КК күні емес")));
    }
    bool numbersOk = true, copyOk = true;
    const int copies = ctx.option(QStringLiteral("copies"), QStringLiteral("1")).toInt(&numbersOk);
    // The copy number printed at the foot of the first copy (none by default: a render is
    // not an issue recorded in the case's documents).
    const int firstCopy = ctx.option(QStringLiteral("copy"), QStringLiteral("0")).toInt(&copyOk);
    bool okX = true, okY = true;
    const double offsetX = ctx.option(QStringLiteral("offset-x"), QStringLiteral("0")).toDouble(&okX);
    const double offsetY = ctx.option(QStringLiteral("offset-y"), QStringLiteral("0")).toDouble(&okY);
    // Offsets within the same ±limit as the stored ones: beyond it the form leaves the sheet.
    const double limit = PrinterOffsetsStore::limitMm();
    okX = okX && std::isfinite(offsetX) && std::abs(offsetX) <= limit;
    okY = okY && std::isfinite(offsetY) && std::abs(offsetY) <= limit;
    if (!numbersOk || copies < 1 || copies > 10 || !copyOk || firstCopy < 0 || !okX || !okY)
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("--copies is 1-10, --copy a copy number, --offset-x/-y are "
                                                             "millimetres, up to ±%1")
                                                  .arg(limit),
                                              QStringLiteral("--copies от 1 до 10, --copy номер экземпляра, "
                                                             "--offset-x/-y в миллиметрах, до ±%1")
                                                  .arg(limit),
                                              QStringLiteral("--copies 1-10, --copy дана нөмірі, --offset-x/-y "
                                                             "миллиметрмен, ±%1 дейін")
                                                  .arg(limit)));

    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db || !requireActor(ctx, *db, Permission::CaseView))
        return ExitBadInput;
    PdfOptions pdf;
    // The stored offsets of the printer the PDF is meant for; --offset-x/-y override them.
    if (ctx.hasOption(QStringLiteral("printer"))) {
        QString offsetsError;
        pdf.offsets = PrinterOffsetsStore(*db).offsets(ctx.option(QStringLiteral("printer")), &offsetsError);
        if (!offsetsError.isEmpty())
            return ctx.fail(ExitBadInput, offsetsError);
    }
    if (ctx.hasOption(QStringLiteral("offset-x")))
        pdf.offsets.xMm = offsetX;
    if (ctx.hasOption(QStringLiteral("offset-y")))
        pdf.offsets.yMm = offsetY;
    CaseFormLoader loader(*db);
    Case c;
    QString error;
    const QString number = ctx.option(QStringLiteral("case"));
    if (!loader.loadCase(number, &c, &error))
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("no case %1"), QStringLiteral("нет дела %1"),
                                              QStringLiteral("%1 ісі жоқ"))
                                          .arg(number));
    FormData data;
    if (!loader.load(kind, c, lang, issueDate, &data, &error))
        return ctx.fail(ExitBadInput, error);
    applyOfficeOptions(ctx, &data.office);
    data.copies = copies;
    data.firstCopyNumber = firstCopy;
    data.registrationSubject = ctx.option(QStringLiteral("subject"));
    if (ctx.hasOption(QStringLiteral("grounds"))) {
        // "8,5": grounds given by hand, for a case whose refusal is not recorded as an event.
        data.grounds.clear();
        for (const QString &part : ctx.option(QStringLiteral("grounds")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int n = part.trimmed().toInt();
            if (n < 1 || n > 9)
                return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("--grounds: numbers 1-9"),
                                                      QStringLiteral("--grounds: номера 1-9"),
                                                      QStringLiteral("--grounds: 1-9 нөмірлері")));
            data.grounds << RefusalGround{n, QString(), QString()};
        }
    }
    FormFactory::Refusal why;
    const std::unique_ptr<OfficialForm> form = FormFactory::create(kind, data, &why);
    if (!form)
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("%1 does not apply to case %2: %3"),
                                              QStringLiteral("%1 не применима к делу %2: %3"),
                                              QStringLiteral("%1 нысаны %2 ісіне қолданылмайды: %3"))
                                          .arg(formKindKey(kind), number, ctx.tr3(why.en, why.ru, why.kk)));
    if (!PdfExporter::exportToFile(*form, output, &error, pdf))
        return ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("cannot write %1: %2"),
                                              QStringLiteral("не удалось записать %1: %2"),
                                              QStringLiteral("%1 жазу мүмкін болмады: %2"))
                                          .arg(output, error));
    if (form->carriesCode())
        ctx.out() << form->code().payload() << Qt::endl;
    return ExitOk;
}

const CommandRegistration renderRegistration(Command{
    {QStringLiteral("render")},
    QStringLiteral("FORM --case NUMBER --lang kk|ru|both -o FILE.pdf [--date DATE] [--copies N] [--subject TEXT] "
                   "[--grounds N,N] [--copy N] [--printer NAME] [--offset-x MM] [--offset-y MM] [--office-name|--office-address|"
                   "--office-department|--office-phone|--executor|--head|--affairs-body TEXT]"),
    QStringLiteral("an official form (Annex 1, 3-9) of a case as PDF; prints the QR check code when the form has one"),
    runRender});

} // namespace

} // namespace exitdesk::cli
