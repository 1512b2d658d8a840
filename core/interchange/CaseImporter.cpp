#include "interchange/CaseImporter.h"

#include "interchange/CaseJson.h"
#include "storage/CaseRepository.h"
#include "validation/CaseValidator.h"
#include "validation/DocumentChecklist.h"

namespace exitdesk {

namespace {

void addPrefixed(Findings *out, const Findings &in, const QString &prefix, bool asWarning)
{
    for (Finding f : in) {
        if (!prefix.isEmpty())
            f.path = f.path.isEmpty() ? prefix.chopped(1) : prefix + f.path;
        if (asWarning)
            f.severity = Severity::Warning;
        out->append(f);
    }
}

} // namespace

ImportCheck CaseImporter::check(const QByteArray &json, bool asDrafts, const QDate &today)
{
    ImportCheck result;
    if (!CaseJson::parseDocument(json, &result.cases, &result.errors, &result.isArray))
        return result;
    for (int i = 0; i < result.cases.size(); ++i) {
        const Case &c = result.cases.at(i);
        const QString prefix = result.isArray ? QStringLiteral("[%1].").arg(i) : QString();
        QDate day = c.submissionDay();
        if (!day.isValid()) {
            day = today;
            if (!asDrafts) {
                Finding f;
                f.code = QStringLiteral("json.required");
                f.path = prefix + QStringLiteral("submittedAt");
                f.messageEn = QStringLiteral("required: the submission time numbers the case");
                f.messageRu = QStringLiteral("обязательный ключ: по времени подачи делу присваивается номер");
                f.messageKk = QStringLiteral("міндетті кілт: іске нөмір берілген уақыты бойынша беріледі");
                result.errors << f;
            }
        }
        const Findings fields = CaseValidator::validateFields(c, day);
        const Findings documents = DocumentChecklist::findings(c, day);
        if (asDrafts) {
            // A draft is saved as it is; what stands in its way is only reported.
            addPrefixed(&result.warnings, fields, prefix, true);
            addPrefixed(&result.warnings, documents, prefix, true);
            continue;
        }
        Findings errors;
        Findings warnings;
        for (const Finding &f : fields)
            (f.isError() ? errors : warnings) << f;
        addPrefixed(&result.errors, errors, prefix, false);
        // Missing or expired documents refuse the case at intake whatever their severity.
        addPrefixed(&result.errors, documents, prefix, false);
        addPrefixed(&result.warnings, warnings, prefix, false);
    }
    return result;
}

bool CaseImporter::store(Database &db, const Clock &clock, const Actor &actor, QList<Case> &cases, bool asDrafts,
                         StorageError *error)
{
    return CaseRepository(db, clock, actor).importAll(cases, asDrafts, error);
}

bool CaseImporter::store(Database &db, const Clock &clock, QList<Case> &cases, bool asDrafts,
                         StorageError *error)
{
    return CaseRepository(db, clock).importAll(cases, asDrafts, error);
}

} // namespace exitdesk
