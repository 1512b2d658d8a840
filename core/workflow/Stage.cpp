#include "workflow/Stage.h"

namespace exitdesk {

namespace {

struct StageRow
{
    Stage stage;
    const char *key;
    const char *number;
    const char16_t *kk;
    const char16_t *ru;
    const char16_t *en;
};

const StageRow kRows[] = {
    {Stage::Registration, "registration", "2", u"кеңседе тіркеу", u"регистрация в канцелярии",
     u"registration by the office"},
    {Stage::CompletenessCheck, "completeness-check", "3", u"құжаттардың толықтығын тексеру", u"проверка полноты документов",
     u"completeness check"},
    {Stage::DataEntry, "data-entry", "4", u"КҚП АЖ-ға енгізу", u"внесение сведений в ИС МП",
     u"entry into the information system"},
    {Stage::Requests, "requests", "5", u"мемлекеттік органдарға сұрау салу", u"запросы в государственные органы",
     u"requests to the state bodies"},
    {Stage::PdApproval, "pd-approval", "6", u"ПД КҚҚБ-ға келісуге жолдау", u"направление на согласование в УМС ДП",
     u"sending to the PD migration directorate"},
    {Stage::Answers, "answers", "5–7", u"органдардың жауаптарын күту", u"ожидание ответов госорганов",
     u"waiting for the bodies' answers"},
    {Stage::DecisionPreparation, "decision-preparation", "7", u"шешімді дайындау", u"подготовка решения",
     u"preparing the decision"},
    {Stage::DecisionRecording, "decision-recording", "8", u"шешімді КҚП АЖ-ға енгізу", u"внесение решения в ИС МП",
     u"recording the decision in the system"},
    {Stage::PreliminaryDecision, "preliminary-decision", "9a", u"алдын ала шешім / тыңдау туралы хабарлама",
     u"предварительное решение / уведомление о заслушивании", u"preliminary decision / hearing notice"},
    {Stage::Hearing, "hearing", "9b", u"тыңдау", u"заслушивание", u"hearing"},
    {Stage::RefusalIssue, "refusal-issue", "9c", u"дәлелді бас тартуды беру", u"выдача мотивированного отказа",
     u"issuing the motivated refusal"},
    {Stage::MilitaryNotice, "military-notice", "10", u"ЖӘБО-ға хабарлама", u"уведомление МОВУ",
     u"notice to the military authority"},
    {Stage::MilitaryAnswer, "military-answer", "10", u"ЖӘБО жауабын күту", u"ожидание ответа МОВУ",
     u"waiting for the military authority"},
    {Stage::ApplicantNotice, "applicant-notice", "11", u"көрсетілетін қызметті алушыны хабардар ету",
     u"уведомление заявителя", u"notifying the applicant"},
    {Stage::IdHandover, "id-handover", "12", u"жеке куәлікті тапсыру", u"сдача удостоверения личности",
     u"identity card handover"},
    {Stage::DecisionIssue, "decision-issue", "13", u"шешімді беру", u"выдача решения", u"issuing the decision"},
    {Stage::Issued, "issued", "13", u"аяқталды: шешім берілді", u"завершено: решение выдано",
     u"finished: decision issued"},
    {Stage::Refused, "refused", "9c", u"аяқталды: бас тарту берілді", u"завершено: выдан отказ",
     u"finished: refusal issued"},
    {Stage::ComplaintForwarding, "complaint-forwarding", "§15", u"шағымды қарайтын органға жолдау",
     u"направление жалобы в орган рассмотрения", u"forwarding the complaint"},
    {Stage::ComplaintReview, "complaint-review", "§15", u"шағымды қарау", u"рассмотрение жалобы",
     u"considering the complaint"},
    {Stage::ComplaintQualityReview, "complaint-quality-review", "§15", u"уәкілетті органның шағымды қарауы",
     u"рассмотрение жалобы уполномоченным органом", u"complaint at the quality body"},
    {Stage::ComplaintAwaitingAnswer, "complaint-awaiting-answer", "§15", u"шағым бойынша жауапты күту",
     u"ожидание ответа по жалобе", u"waiting for the complaint's answer"},
};

const StageRow &row(Stage stage)
{
    for (const StageRow &r : kRows) {
        if (r.stage == stage)
            return r;
    }
    return kRows[0];
}

} // namespace

QString stageKey(Stage stage)
{
    return QLatin1String(row(stage).key);
}

QString stageNumber(Stage stage)
{
    return QString::fromUtf8(row(stage).number);
}

LocalizedText stageName(Stage stage)
{
    const StageRow &r = row(stage);
    return {QString::fromUtf16(r.kk), QString::fromUtf16(r.ru), QString::fromUtf16(r.en)};
}

QString stageTitle(Stage stage, const QString &lang)
{
    return stageNumber(stage) + QStringLiteral(". ") + stageName(stage).in(lang);
}

bool isComplaintStage(Stage stage)
{
    return stage == Stage::ComplaintForwarding || stage == Stage::ComplaintReview
        || stage == Stage::ComplaintQualityReview || stage == Stage::ComplaintAwaitingAnswer;
}

bool isFinishedStage(Stage stage)
{
    return stage == Stage::Issued || stage == Stage::Refused;
}

} // namespace exitdesk
