#include "FormKind.h"

namespace exitdesk::forms {

QList<FormKind> allFormKinds()
{
    return {FormKind::Questionnaire, FormKind::RegistrationRequest, FormKind::Receipt,
            FormKind::RefusalToAccept, FormKind::Refusal, FormKind::RefusalElectronic,
            FormKind::Decision, FormKind::DecisionElectronic};
}

QString formKindKey(FormKind kind)
{
    switch (kind) {
    case FormKind::Questionnaire:
        return QStringLiteral("questionnaire");
    case FormKind::RegistrationRequest:
        return QStringLiteral("registration-request");
    case FormKind::Receipt:
        return QStringLiteral("receipt");
    case FormKind::RefusalToAccept:
        return QStringLiteral("refusal-to-accept");
    case FormKind::Refusal:
        return QStringLiteral("refusal");
    case FormKind::RefusalElectronic:
        return QStringLiteral("refusal-e");
    case FormKind::Decision:
        return QStringLiteral("decision");
    case FormKind::DecisionElectronic:
        return QStringLiteral("decision-e");
    }
    return QString();
}

bool formKindFromKey(const QString &key, FormKind *kind)
{
    for (FormKind k : allFormKinds()) {
        if (formKindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

int annexNumber(FormKind kind)
{
    switch (kind) {
    case FormKind::Questionnaire:
        return 1;
    case FormKind::RegistrationRequest:
        return 3;
    case FormKind::Receipt:
        return 4;
    case FormKind::RefusalToAccept:
        return 5;
    case FormKind::Refusal:
        return 6;
    case FormKind::RefusalElectronic:
        return 7;
    case FormKind::Decision:
        return 8;
    case FormKind::DecisionElectronic:
        return 9;
    }
    return 0;
}

int officialCopies(FormKind kind)
{
    switch (kind) {
    case FormKind::Receipt:
    case FormKind::RefusalToAccept:
    case FormKind::Refusal:
        return 2;
    default:
        return 1;
    }
}

} // namespace exitdesk::forms
