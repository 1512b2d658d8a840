#include "FormFactory.h"

#include "DecisionElectronicForm.h"
#include "DecisionForm.h"
#include "QuestionnaireForm.h"
#include "ReceiptForm.h"
#include "RefusalNoticeElectronicForm.h"
#include "RefusalNoticeForm.h"
#include "RefusalToAcceptForm.h"
#include "RegistrationRequestForm.h"

namespace exitdesk::forms {

namespace {

bool registrationRequestNeeded(const Case &c)
{
    if (c.alimonyEnforcement && !c.alimonyRecipientsRegistrationKnown)
        return true;
    for (const Child &child : c.children) {
        if (child.otherParentInKazakhstan && !child.otherParentRegistrationKnown)
            return true;
    }
    return false;
}

} // namespace

FormFactory::Refusal FormFactory::whyNotApplicable(FormKind kind, const FormData &d)
{
    const Case &c = d.caseData;
    const bool accepted = c.status == CaseStatus::Accepted;
    switch (kind) {
    case FormKind::Questionnaire:
        return {};
    case FormKind::RegistrationRequest:
        if (!registrationRequestNeeded(c))
            return {QStringLiteral("Тіркеу туралы мәліметтер белгілі: 3-қосымшадағы өтініш қажет емес"),
                    QStringLiteral("Сведения о регистрации известны: заявление по приложению 3 не требуется"),
                    QStringLiteral("the registration of the persons concerned is known: no Annex 3 request is needed")};
        return {};
    case FormKind::Receipt:
        if (!accepted)
            return {QStringLiteral("Іс қабылданбаған: қолхат тек қабылданған құжаттарға беріледі"),
                    QStringLiteral("Дело не принято: расписка выдаётся только о принятых документах"),
                    QStringLiteral("the case was not accepted: the receipt is only for accepted documents")};
        if (!d.dueDate.isValid())
            return {QStringLiteral("Келу күні белгісіз"), QStringLiteral("Не известна дата явки"),
                    QStringLiteral("the date to come back is not known")};
        return {};
    case FormKind::RefusalToAccept:
        if (accepted)
            return {QStringLiteral("Іс қабылданған: 5-қосымша берілмейді"),
                    QStringLiteral("Дело принято: расписка по приложению 5 не выдаётся"),
                    QStringLiteral("the case was accepted: no Annex 5 refusal receipt")};
        if (d.missingDocuments.isEmpty())
            return {QStringLiteral("Құжаттар топтамасы толық: 5-қосымша берілмейді"),
                    QStringLiteral("Пакет документов полный: расписка по приложению 5 не выдаётся"),
                    QStringLiteral("the package of documents is complete: no Annex 5 refusal receipt")};
        return {};
    case FormKind::Refusal:
    case FormKind::RefusalElectronic:
        if (!accepted)
            return {QStringLiteral("Іс қабылданбаған: бас тарту туралы хабарлама берілмейді"),
                    QStringLiteral("Дело не принято: уведомление об отказе не выдаётся"),
                    QStringLiteral("the case was not accepted: no refusal notice")};
        if (d.grounds.isEmpty())
            return {QStringLiteral("Бас тарту негіздері көрсетілмеген"), QStringLiteral("Не указаны основания отказа"),
                    QStringLiteral("no grounds for refusal are given")};
        return {};
    case FormKind::Decision:
    case FormKind::DecisionElectronic:
        if (!accepted)
            return {QStringLiteral("Іс қабылданбаған: шешім берілмейді"),
                    QStringLiteral("Дело не принято: решение не выдаётся"),
                    QStringLiteral("the case was not accepted: no decision")};
        if (!d.grounds.isEmpty())
            return {QStringLiteral("Іс бойынша бас тарту негіздері бар: шешім берілмейді"),
                    QStringLiteral("По делу есть основания отказа: решение не выдаётся"),
                    QStringLiteral("the case has grounds for refusal: no decision")};
        return {};
    }
    return {};
}

std::unique_ptr<OfficialForm> FormFactory::make(FormKind kind, FormData data)
{
    switch (kind) {
    case FormKind::Questionnaire:
        return std::make_unique<QuestionnaireForm>(std::move(data));
    case FormKind::RegistrationRequest:
        return std::make_unique<RegistrationRequestForm>(std::move(data));
    case FormKind::Receipt:
        return std::make_unique<ReceiptForm>(std::move(data));
    case FormKind::RefusalToAccept:
        return std::make_unique<RefusalToAcceptForm>(std::move(data));
    case FormKind::Refusal:
        return std::make_unique<RefusalNoticeForm>(std::move(data));
    case FormKind::RefusalElectronic:
        return std::make_unique<RefusalNoticeElectronicForm>(std::move(data));
    case FormKind::Decision:
        return std::make_unique<DecisionForm>(std::move(data));
    case FormKind::DecisionElectronic:
        return std::make_unique<DecisionElectronicForm>(std::move(data));
    }
    return nullptr;
}

std::unique_ptr<OfficialForm> FormFactory::create(FormKind kind, FormData data, Refusal *why)
{
    const Refusal r = whyNotApplicable(kind, data);
    if (!r.isEmpty()) {
        if (why)
            *why = r;
        return nullptr;
    }
    return make(kind, std::move(data));
}

} // namespace exitdesk::forms
