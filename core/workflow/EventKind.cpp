#include "workflow/EventKind.h"

namespace exitdesk {

namespace {

struct KindRow
{
    EventKind kind;
    const char *key;
    const char16_t *kk;
    const char16_t *ru;
    const char16_t *en;
};

const KindRow kRows[] = {
    {EventKind::Registered, "registered", u"кеңседе тіркелді", u"зарегистрировано в канцелярии", u"registered by the office"},
    {EventKind::CompletenessChecked, "completeness-checked", u"толықтығы тексерілді", u"полнота проверена",
     u"completeness checked"},
    {EventKind::EnteredInSystem, "entered-in-system", u"КҚП АЖ-ға енгізілді", u"внесено в ИС МП",
     u"entered in the information system"},
    {EventKind::RequestsSent, "requests-sent", u"мемлекеттік органдарға сұрау салынды", u"запросы в госорганы направлены",
     u"requests sent to the state bodies"},
    {EventKind::SentToPd, "sent-to-pd", u"ПД КҚҚБ-ға келісуге жолданды", u"направлено на согласование в УМС ДП",
     u"sent to the PD migration directorate"},
    {EventKind::AnswerReceived, "answer-received", u"органның жауабы алынды", u"получен ответ органа",
     u"a body's answer received"},
    {EventKind::DecisionPrepared, "decision-prepared", u"шешім дайындалды", u"решение подготовлено", u"decision prepared"},
    {EventKind::DecisionRecorded, "decision-recorded", u"шешім КҚП АЖ-ға енгізілді", u"решение внесено в ИС МП",
     u"decision recorded in the system"},
    {EventKind::PreliminaryDecisionSent, "preliminary-decision-sent", u"алдын ала шешім жолданды",
     u"предварительное решение направлено", u"preliminary decision sent"},
    {EventKind::HearingNoticeSent, "hearing-notice-sent", u"тыңдау туралы хабарлама жолданды",
     u"уведомление о заслушивании направлено", u"hearing notice sent"},
    {EventKind::HearingHeld, "hearing-held", u"тыңдау өткізілді", u"заслушивание проведено", u"hearing held"},
    {EventKind::RefusalIssued, "refusal-issued", u"дәлелді бас тарту берілді", u"мотивированный отказ выдан",
     u"motivated refusal issued"},
    {EventKind::MilitaryNoticeSent, "military-notice-sent", u"ЖӘБО-ға хабарлама жолданды", u"уведомление в МОВУ направлено",
     u"notice sent to the military authority"},
    {EventKind::MilitaryAnswer, "military-answer", u"ЖӘБО жауабы алынды", u"получен ответ МОВУ",
     u"military authority's answer received"},
    {EventKind::ApplicantNotified, "applicant-notified", u"көрсетілетін қызметті алушы хабардар етілді",
     u"заявитель уведомлён", u"applicant notified"},
    {EventKind::IdHandedOver, "id-handed-over", u"жеке куәлік тапсырылды", u"удостоверение личности сдано",
     u"identity card handed over"},
    {EventKind::DecisionIssued, "decision-issued", u"шешім берілді", u"решение выдано", u"decision issued"},
    {EventKind::ComplaintReceived, "complaint-received", u"шағым түсті", u"поступила жалоба", u"complaint received"},
    {EventKind::ComplaintForwarded, "complaint-forwarded", u"шағым қарайтын органға жолданды",
     u"жалоба направлена в орган рассмотрения", u"complaint forwarded to the reviewing body"},
    {EventKind::ComplaintSatisfied, "complaint-satisfied", u"шағым толық қанағаттандырылды",
     u"жалоба полностью удовлетворена", u"complaint fully satisfied"},
    {EventKind::ComplaintAnswered, "complaint-answered", u"шағымға жауап берілді", u"на жалобу дан ответ",
     u"complaint answered"},
};

} // namespace

QString eventKindKey(EventKind kind)
{
    for (const KindRow &r : kRows) {
        if (r.kind == kind)
            return QLatin1String(r.key);
    }
    return QString();
}

bool eventKindFromKey(const QString &key, EventKind *kind)
{
    for (const KindRow &r : kRows) {
        if (key == QLatin1String(r.key)) {
            *kind = r.kind;
            return true;
        }
    }
    return false;
}

QList<EventKind> allEventKinds()
{
    QList<EventKind> kinds;
    for (const KindRow &r : kRows)
        kinds << r.kind;
    return kinds;
}

LocalizedText eventKindName(EventKind kind)
{
    for (const KindRow &r : kRows) {
        if (r.kind == kind)
            return {QString::fromUtf16(r.kk), QString::fromUtf16(r.ru), QString::fromUtf16(r.en)};
    }
    return {};
}

bool isComplaintEvent(EventKind kind)
{
    return kind == EventKind::ComplaintReceived || kind == EventKind::ComplaintForwarded
        || kind == EventKind::ComplaintSatisfied || kind == EventKind::ComplaintAnswered;
}

} // namespace exitdesk
