#include "workflow/ApprovalBody.h"

namespace exitdesk {

QString approvalBodyKey(ApprovalBody body)
{
    switch (body) {
    case ApprovalBody::Knb:
        return QStringLiteral("knb");
    case ApprovalBody::Kpsisu:
        return QStringLiteral("kpsisu");
    case ApprovalBody::Moj:
        return QStringLiteral("moj");
    case ApprovalBody::Kgd:
        return QStringLiteral("kgd");
    case ApprovalBody::Mod:
        return QStringLiteral("mod");
    }
    return QString();
}

bool approvalBodyFromKey(const QString &key, ApprovalBody *body)
{
    for (ApprovalBody b : allApprovalBodies()) {
        if (approvalBodyKey(b) == key) {
            *body = b;
            return true;
        }
    }
    return false;
}

QList<ApprovalBody> allApprovalBodies()
{
    return {ApprovalBody::Knb, ApprovalBody::Kpsisu, ApprovalBody::Moj, ApprovalBody::Kgd, ApprovalBody::Mod};
}

LocalizedText approvalBodyName(ApprovalBody body)
{
    switch (body) {
    case ApprovalBody::Knb:
        return {QStringLiteral("ҰҚК"), QStringLiteral("КНБ"), QStringLiteral("National Security Committee")};
    case ApprovalBody::Kpsisu:
        return {QStringLiteral("Бас прокуратураның ҚСжАЕК"), QStringLiteral("КПСиСУ ГП"),
                QStringLiteral("Committee on Legal Statistics (General Prosecutor's Office)")};
    case ApprovalBody::Moj:
        return {QStringLiteral("Әділет министрлігі"), QStringLiteral("Министерство юстиции"),
                QStringLiteral("Ministry of Justice")};
    case ApprovalBody::Kgd:
        return {QStringLiteral("Қаржы министрлігінің МКК"), QStringLiteral("КГД МФ"),
                QStringLiteral("State Revenue Committee")};
    case ApprovalBody::Mod:
        return {QStringLiteral("Қорғаныс министрлігі"), QStringLiteral("Министерство обороны"),
                QStringLiteral("Ministry of Defence")};
    }
    return {};
}

} // namespace exitdesk
