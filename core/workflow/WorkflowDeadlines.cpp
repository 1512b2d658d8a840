#include "workflow/WorkflowDeadlines.h"

#include "workflow/WorkflowTransitions.h"

#include <algorithm>

namespace exitdesk {

namespace {

QDate latest(std::initializer_list<QDate> dates)
{
    QDate best;
    for (const QDate &d : dates) {
        if (d.isValid() && (!best.isValid() || d > best))
            best = d;
    }
    return best;
}

} // namespace

QDate WorkflowDeadlines::hearingDue(const WorkflowState &s) const
{
    const QDate from = s.hearingNoticeOn.isValid() ? s.hearingNoticeOn : s.preliminaryDecisionOn;
    return m_calendar.addWorkingDays(from, 2);
}

Deadline WorkflowDeadlines::make(const WorkflowState &s, Stage stage, const QDate &start, int norm,
                                 const Basis &basis, bool capped) const
{
    Deadline d;
    d.stage = stage;
    if (m_explain) {
        d.basis = {QString::fromUtf16(basis.kk), QString::fromUtf16(basis.ru), QString::fromUtf16(basis.en)};
        d.count = m_calendar.explainDue(start, norm);
    } else {
        d.count.start = start;
        d.count.norm = norm;
        d.count.due = m_calendar.addWorkingDays(start, norm); // what explainDue gives as due
    }
    d.due = d.count.due;
    const QDate serviceDue = s.service.dueDate();
    if (capped && serviceDue.isValid() && d.due.isValid() && serviceDue < d.due) {
        d.due = serviceDue;
        d.cappedByServiceTerm = true;
    }
    d.byApplicant = !capped;
    return d;
}

void WorkflowDeadlines::compute(WorkflowState &s) const
{
    QList<Deadline> main;
    mainLine(s, main);
    std::stable_sort(main.begin(), main.end(), [](const Deadline &a, const Deadline &b) { return a.due < b.due; });
    QList<Deadline> side;
    complaints(s, side);
    s.deadlines = main + side;
    s.stage = main.isEmpty() ? WorkflowTransitions::stageOf(s.phase) : main.first().stage;
}

void WorkflowDeadlines::mainLine(const WorkflowState &s, QList<Deadline> &out) const
{
    const QDate serviceDue = s.service.dueDate();
    switch (s.phase) {
    case Phase::Registration:
        // The day the package reaches the office is not recorded: one working day after the
        // effective submission day is allowed for the State Corporation's delivery.
        out << make(s, Stage::Registration, s.service.effectiveDay, 1,
                    Basis{u"құжаттар келген күні; тапсырылған күннен кейінгі 1 жұмыс күні деп есептеледі (§8)",
                         u"в день поступления документов; считается 1 рабочий день после дня приёма (§8)",
                         u"on the day the documents arrive; counted as 1 working day after the day of receipt (§8)"});
        break;
    case Phase::CompletenessCheck:
        out << make(s, Stage::CompletenessCheck, s.registeredOn, 2,
                    Basis{u"тіркелген сәттен бастап 2 жұмыс күні (§8)", u"2 рабочих дня с момента регистрации (§8)",
                         u"2 working days from registration (§8)"});
        break;
    case Phase::DataEntry:
        out << make(s, Stage::DataEntry, s.completenessCheckedOn, 1,
                    Basis{u"толықтығы тексерілгеннен кейін 1 жұмыс күні (ExitDesk нормасы; §9-да мерзім жоқ)",
                         u"1 рабочий день после проверки полноты (норма ExitDesk; в §9 срока нет)",
                         u"1 working day after the completeness check (ExitDesk's norm; §9 sets none)"});
        break;
    case Phase::Approvals:
        approvals(s, out);
        break;
    case Phase::DecisionPreparation:
        out << make(s, Stage::DecisionPreparation, s.completenessCheckedOn, 1,
                    Basis{u"1 жұмыс күні (§9)", u"1 рабочий день (§9)", u"1 working day (§9)"});
        break;
    case Phase::DecisionRecording:
        out << make(s, Stage::DecisionRecording, s.decisionPreparedOn, 1,
                    Basis{u"шешім дайындалғаннан кейін 1 жұмыс күні (§9)", u"1 рабочий день после подготовки решения (§9)",
                         u"1 working day after the decision was prepared (§9)"});
        break;
    case Phase::PreliminaryDecision:
        out << make(s, Stage::PreliminaryDecision, serviceDue, -3,
                    Basis{u"қызмет көрсету мерзімі аяқталғанға дейін 3 жұмыс күнінен кешіктірмей (§9)",
                         u"не позднее чем за 3 рабочих дня до окончания срока оказания услуги (§9)",
                         u"no later than 3 working days before the service term ends (§9)"});
        break;
    case Phase::Hearing:
        out << make(s, Stage::Hearing, s.hearingNoticeOn.isValid() ? s.hearingNoticeOn : s.preliminaryDecisionOn, 2,
                    Basis{u"хабарланған күннен бастап 2 жұмыс күнінен кешіктірмей (§9)",
                         u"не позднее 2 рабочих дней со дня уведомления (§9)",
                         u"no later than 2 working days from the notice (§9)"});
        break;
    case Phase::RefusalIssue:
        out << make(s, Stage::RefusalIssue, latest({s.hearingOn, s.decisionRecordedOn}), 1,
                    Basis{u"1 жұмыс күні (§9)", u"1 рабочий день (§9)", u"1 working day (§9)"});
        break;
    case Phase::MilitaryNotice:
        out << make(s, Stage::MilitaryNotice, latest({s.decisionRecordedOn, s.hearingOn}), 1,
                    Basis{u"шешімнен кейін 1 жұмыс күні (ExitDesk нормасы; §9-да мерзім жоқ)",
                         u"1 рабочий день после решения (норма ExitDesk; в §9 срока нет)",
                         u"1 working day after the decision (ExitDesk's norm; §9 sets none)"});
        break;
    case Phase::MilitaryAnswer:
        out << make(s, Stage::MilitaryAnswer, s.militaryNoticeOn, 1,
                    Basis{u"ЖӘБО 1 жұмыс күні ішінде өңдейді (§9)", u"МОВУ обрабатывает запрос в течение 1 рабочего дня (§9)",
                         u"the military authority answers within 1 working day (§9)"});
        break;
    case Phase::ApplicantNotice:
        out << make(s, Stage::ApplicantNotice, s.militaryAnswerOn, 1,
                    Basis{u"ЖӘБО жауабынан кейін 1 жұмыс күні (ExitDesk нормасы; §9-да мерзім жоқ)",
                         u"1 рабочий день после ответа МОВУ (норма ExitDesk; в §9 срока нет)",
                         u"1 working day after the military authority's answer (ExitDesk's norm; §9 sets none)"});
        break;
    case Phase::IdHandover:
        out << make(s, Stage::IdHandover, s.applicantNotifiedOn, 1,
                    Basis{u"көрсетілетін қызметті алушы хабарламадан кейін 1 жұмыс күні ішінде келеді (§9)",
                         u"заявитель обращается в течение 1 рабочего дня после уведомления (§9)",
                         u"the applicant comes within 1 working day of the notice (§9)"},
                    false);
        break;
    case Phase::DecisionIssue:
        out << make(s, Stage::DecisionIssue, s.idHandedOverOn, 0,
                    Basis{u"жеке куәлік тапсырылған күні (§9)", u"в день сдачи удостоверения личности (§9)",
                         u"on the day the identity card is handed over (§9)"},
                    false);
        break;
    case Phase::Issued:
    case Phase::Refused:
        break;
    }
}

void WorkflowDeadlines::approvals(const WorkflowState &s, QList<Deadline> &out) const
{
    if (!s.allRequested())
        out << make(s, Stage::Requests, s.enteredOn, 2,
                    Basis{u"қарауға 1 жұмыс күні + сұрау салуға 1 жұмыс күні, КҚП АЖ-ға енгізілгеннен бастап (§9)",
                         u"1 рабочий день на рассмотрение + 1 рабочий день на запросы, с внесения в ИС МП (§9)",
                         u"1 working day to review + 1 working day to send the requests, from the entry into the system (§9)"});
    if (!s.pdSentOn.isValid())
        out << make(s, Stage::PdApproval, s.enteredOn, 1,
                    Basis{u"іс енгізілгеннен кейін 1 жұмыс күні ішінде (§9)", u"в течение 1 рабочего дня после внесения дела (§9)",
                         u"within 1 working day after the case was entered (§9)"});
    if (s.pdSentOn.isValid() && (s.allAnswered() || s.anyNegative())) {
        // The decision is due one working day after what it waited for came in.
        QDate ready = s.pdSentOn;
        QDate answersIn;
        QDate firstNegative;
        for (const ApprovalAnswer &a : s.answers) {
            answersIn = latest({answersIn, a.receivedOn});
            if (!a.positive && (!firstNegative.isValid() || a.receivedOn < firstNegative))
                firstNegative = a.receivedOn;
        }
        ready = latest({ready, s.allAnswered() ? answersIn : firstNegative});
        out << make(s, Stage::DecisionPreparation, ready, 1,
                    Basis{u"органдардың жауаптары бойынша 1 жұмыс күні ішінде (§9)",
                         u"в течение 1 рабочего дня по ответам госорганов (§9)",
                         u"within 1 working day of the bodies' answers (§9)"});
    } else if (!s.allAnswered()) {
        out << make(s, Stage::Answers, s.service.dueDate(), -5,
                    Basis{u"мерзім аяқталғанға дейін 5 жұмыс күні: шешімге 2 күн және алдын ала шешімге мерзімнен 3 күн бұрын қалуы үшін (ExitDesk)",
                         u"за 5 рабочих дней до окончания срока: чтобы осталось 2 дня на решение и предварительное решение за 3 дня до срока (ExitDesk)",
                         u"5 working days before the term ends, leaving 2 for the decision and a preliminary decision 3 days before the term (ExitDesk)"});
    }
}

void WorkflowDeadlines::complaints(const WorkflowState &s, QList<Deadline> &out) const
{
    for (const ComplaintState &c : s.complaints) {
        if (!c.isOpen())
            continue;
        Deadline d;
        if (c.to == QLatin1String("provider")) {
            d = make(s, Stage::ComplaintReview, c.receivedOn, 5,
                     Basis{u"тіркелген күнінен бастап 5 жұмыс күні ішінде (§15)",
                          u"в течение 5 рабочих дней со дня регистрации (§15)",
                          u"within 5 working days of registration (§15)"},
                     false);
        } else if (c.to == QLatin1String("quality-body")) {
            d = make(s, Stage::ComplaintQualityReview, c.receivedOn, 15,
                     Basis{u"уәкілетті орган тіркелген күнінен бастап 15 жұмыс күні ішінде (§15)",
                          u"уполномоченным органом в течение 15 рабочих дней со дня регистрации (§15)",
                          u"by the authorised body within 15 working days of registration (§15)"},
                     false);
        } else if (!c.forwardedOn.isValid()) {
            d = make(s, Stage::ComplaintForwarding, c.receivedOn, 3,
                     Basis{u"түскен күнінен бастап 3 жұмыс күнінен кешіктірмей, егер толық қанағаттандырылмаса (§15)",
                          u"не позднее 3 рабочих дней со дня поступления, если не удовлетворена полностью (§15)",
                          u"within 3 working days of receipt unless fully satisfied (§15)"},
                     false);
        } else {
            continue; // forwarded: the reviewing body's term, not tracked here
        }
        d.byApplicant = false;
        d.complaint = c.number;
        out << d;
    }
}

} // namespace exitdesk
