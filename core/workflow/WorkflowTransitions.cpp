#include "workflow/WorkflowTransitions.h"

#include <QJsonArray>

namespace exitdesk {

namespace {

LocalizedText text(const char16_t *kk, const char16_t *ru, const char16_t *en)
{
    return {QString::fromUtf16(kk), QString::fromUtf16(ru), QString::fromUtf16(en)};
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

LocalizedText alreadyRecorded(const CaseEvent &e)
{
    return text(u"«%1» бұл іс бойынша бұрын тіркелген", u"«%1» по этому делу уже записано",
                u"\"%1\" is already recorded for this case")
        .arg(eventKindKey(e.kind));
}

QList<ApprovalBody> bodiesOf(const QJsonObject &data)
{
    QList<ApprovalBody> bodies;
    ApprovalBody b;
    if (data.contains(QStringLiteral("body"))) {
        if (approvalBodyFromKey(data.value(QStringLiteral("body")).toString(), &b))
            bodies << b;
    } else if (data.contains(QStringLiteral("bodies"))) {
        for (const QJsonValue &v : data.value(QStringLiteral("bodies")).toArray()) {
            if (approvalBodyFromKey(v.toString(), &b) && !bodies.contains(b))
                bodies << b;
        }
    } else {
        bodies = allApprovalBodies();
    }
    return bodies;
}

} // namespace

Stage WorkflowTransitions::stageOf(Phase phase)
{
    switch (phase) {
    case Phase::Registration:
        return Stage::Registration;
    case Phase::CompletenessCheck:
        return Stage::CompletenessCheck;
    case Phase::DataEntry:
        return Stage::DataEntry;
    case Phase::Approvals:
        return Stage::Answers;
    case Phase::DecisionPreparation:
        return Stage::DecisionPreparation;
    case Phase::DecisionRecording:
        return Stage::DecisionRecording;
    case Phase::PreliminaryDecision:
        return Stage::PreliminaryDecision;
    case Phase::Hearing:
        return Stage::Hearing;
    case Phase::RefusalIssue:
        return Stage::RefusalIssue;
    case Phase::MilitaryNotice:
        return Stage::MilitaryNotice;
    case Phase::MilitaryAnswer:
        return Stage::MilitaryAnswer;
    case Phase::ApplicantNotice:
        return Stage::ApplicantNotice;
    case Phase::IdHandover:
        return Stage::IdHandover;
    case Phase::DecisionIssue:
        return Stage::DecisionIssue;
    case Phase::Issued:
        return Stage::Issued;
    case Phase::Refused:
        return Stage::Refused;
    }
    return Stage::Registration;
}

QList<EventKind> WorkflowTransitions::expected(Phase phase)
{
    switch (phase) {
    case Phase::Registration:
        return {EventKind::Registered};
    case Phase::CompletenessCheck:
        return {EventKind::CompletenessChecked};
    case Phase::DataEntry:
        return {EventKind::EnteredInSystem};
    case Phase::Approvals:
        return {EventKind::RequestsSent, EventKind::SentToPd, EventKind::AnswerReceived, EventKind::DecisionPrepared};
    case Phase::DecisionPreparation:
        return {EventKind::DecisionPrepared};
    case Phase::DecisionRecording:
        return {EventKind::DecisionRecorded};
    case Phase::PreliminaryDecision:
        return {EventKind::PreliminaryDecisionSent, EventKind::HearingNoticeSent};
    case Phase::Hearing:
        return {EventKind::HearingHeld, EventKind::HearingNoticeSent, EventKind::PreliminaryDecisionSent,
                EventKind::RefusalIssued};
    case Phase::RefusalIssue:
        return {EventKind::RefusalIssued};
    case Phase::MilitaryNotice:
        return {EventKind::MilitaryNoticeSent, EventKind::ApplicantNotified};
    case Phase::MilitaryAnswer:
        return {EventKind::MilitaryAnswer};
    case Phase::ApplicantNotice:
        return {EventKind::ApplicantNotified};
    case Phase::IdHandover:
        return {EventKind::IdHandedOver};
    case Phase::DecisionIssue:
        return {EventKind::DecisionIssued};
    case Phase::Issued:
    case Phase::Refused:
        return {};
    }
    return {};
}

LocalizedText WorkflowTransitions::notAllowed(const WorkflowState &s, const CaseEvent &e) const
{
    QStringList keys;
    for (EventKind k : expected(s.phase))
        keys << eventKindKey(k);
    keys << QStringLiteral("complaint-…");
    // The stage named is the phase's current one (for the parallel approvals: the most urgent).
    const Stage stage = s.phase == Phase::Approvals && !s.deadlines.isEmpty() ? s.stage : stageOf(s.phase);
    const LocalizedText number{stageNumber(stage), stageNumber(stage), stageNumber(stage)};
    const LocalizedText title = number + LocalizedText{QStringLiteral(". "), QStringLiteral(". "), QStringLiteral(". ")}
        + stageName(stage);
    return text(u"«%1» оқиғасына «%2» кезеңінде жол берілмейді; күтілетіні: %3",
                u"Событие «%1» недопустимо на этапе «%2»; ожидается: %3",
                u"The event \"%1\" is not allowed at the stage \"%2\"; expected: %3")
        .arg(eventKindKey(e.kind))
        .arg(title)
        .arg(keys.join(QStringLiteral(", ")));
}

std::optional<LocalizedText> WorkflowTransitions::apply(WorkflowState &s, const CaseEvent &e) const
{
    if (!e.at.isValid())
        return text(u"оқиғаның уақыты жоқ", u"у события нет времени", u"the event has no time");
    if (e.day() < s.service.submittedAt.date())
        return text(u"«%1» (%2) өтініш берілгенге (%3) дейін болуы мүмкін емес",
                    u"«%1» (%2) не может быть раньше подачи заявления (%3)",
                    u"\"%1\" (%2) cannot be before the application was handed in (%3)")
            .arg(eventKindKey(e.kind))
            .arg(iso(e.day()))
            .arg(iso(s.service.submittedAt.date()));
    WorkflowState next = s;
    const std::optional<LocalizedText> error = isComplaintEvent(e.kind) ? applyComplaint(next, e) : applyMain(next, e);
    if (error)
        return error;
    // Moved before appending, so the event list (no longer shared with the old state) grows
    // in place instead of being copied for every event.
    s = std::move(next);
    s.events << e;
    return std::nullopt;
}

std::optional<LocalizedText> WorkflowTransitions::applyMain(WorkflowState &s, const CaseEvent &e) const
{
    const QDate day = e.day();
    if (!expected(s.phase).contains(e.kind))
        return notAllowed(s, e);
    switch (e.kind) {
    case EventKind::Registered:
        s.registeredOn = day;
        s.phase = Phase::CompletenessCheck;
        return std::nullopt;
    case EventKind::CompletenessChecked:
        s.completenessCheckedOn = day;
        s.packageIncomplete = !e.data.value(QStringLiteral("complete")).toBool(true);
        // An incomplete package can only end in a refusal, prepared straight away.
        s.phase = s.packageIncomplete ? Phase::DecisionPreparation : Phase::DataEntry;
        return std::nullopt;
    case EventKind::EnteredInSystem:
        s.enteredOn = day;
        s.phase = Phase::Approvals;
        return std::nullopt;
    case EventKind::RequestsSent:
    case EventKind::SentToPd:
    case EventKind::AnswerReceived:
        return applyApprovals(s, e);
    case EventKind::DecisionPrepared: {
        const QString result = e.data.value(QStringLiteral("result")).toString();
        if (s.phase == Phase::Approvals) {
            if (!s.pdSentOn.isValid() || !(s.allAnswered() || s.anyNegative())) {
                QStringList missing;
                if (!s.pdSentOn.isValid())
                    missing << eventKindKey(EventKind::SentToPd);
                for (ApprovalBody b : allApprovalBodies()) {
                    if (!s.answers.contains(b))
                        missing << eventKindKey(EventKind::AnswerReceived) + QLatin1Char(':') + approvalBodyKey(b);
                }
                return text(u"«%1» үшін алдымен ПД-ға жолдау және барлық органдардың жауаптары (немесе теріс жауап) керек; жоқ: %2",
                            u"для «%1» нужны направление в УМС ДП и ответы всех органов (или отрицательный ответ); нет: %2",
                            u"\"%1\" needs the case sent to the PD and every body's answer (or a negative one); missing: %2")
                    .arg(eventKindKey(e.kind))
                    .arg(missing.join(QStringLiteral(", ")));
            }
            s.outcome = result.isEmpty() ? (s.anyNegative() ? Outcome::Refusal : Outcome::Positive)
                                         : (result == QLatin1String("refusal") ? Outcome::Refusal : Outcome::Positive);
        } else {
            if (result == QLatin1String("positive"))
                return text(u"пакет толық емес деп танылды: тек бас тарту дайындалады",
                            u"пакет признан неполным: может быть подготовлен только отказ",
                            u"the package was found incomplete: only a refusal can be prepared");
            s.outcome = Outcome::Refusal;
        }
        s.decisionPreparedOn = day;
        s.phase = Phase::DecisionRecording;
        return std::nullopt;
    }
    case EventKind::DecisionRecorded:
        s.decisionRecordedOn = day;
        s.phase = s.outcome == Outcome::Refusal ? Phase::PreliminaryDecision : Phase::MilitaryNotice;
        return std::nullopt;
    case EventKind::PreliminaryDecisionSent:
        if (s.preliminaryDecisionOn.isValid())
            return alreadyRecorded(e);
        s.preliminaryDecisionOn = day;
        s.phase = Phase::Hearing;
        return std::nullopt;
    case EventKind::HearingNoticeSent:
        if (s.hearingNoticeOn.isValid())
            return alreadyRecorded(e);
        s.hearingNoticeOn = day;
        s.phase = Phase::Hearing;
        return std::nullopt;
    case EventKind::HearingHeld:
        s.hearingOn = day;
        if (e.data.value(QStringLiteral("outcome")).toString() == QLatin1String("positive")) {
            s.outcome = Outcome::Positive;
            s.phase = Phase::MilitaryNotice;
        } else {
            s.phase = Phase::RefusalIssue;
        }
        return std::nullopt;
    case EventKind::RefusalIssued:
        if (s.phase == Phase::Hearing) {
            // Without a hearing only once its deadline has passed (the applicant did not come).
            const QDate from = s.hearingNoticeOn.isValid() ? s.hearingNoticeOn : s.preliminaryDecisionOn;
            const QDate hearingDue = m_calendar.addWorkingDays(from, 2);
            if (!hearingDue.isValid() || day <= hearingDue)
                return text(u"бас тарту тыңдаудан кейін немесе оның мерзімі (%1) өткен соң ғана беріледі; тыңдау кезеңі: hearing-held күтілуде",
                            u"отказ выдаётся после заслушивания или по истечении его срока (%1); этап «9b. заслушивание»: ожидается hearing-held",
                            u"the refusal is issued after the hearing or once its deadline (%1) has passed; stage \"9b. hearing\": expected hearing-held")
                    .arg(iso(hearingDue));
        }
        s.refusalIssuedOn = day;
        s.phase = Phase::Refused;
        return std::nullopt;
    case EventKind::MilitaryNoticeSent:
        s.militaryNoticeOn = day;
        s.phase = Phase::MilitaryAnswer;
        return std::nullopt;
    case EventKind::MilitaryAnswer:
        s.militaryAnswerOn = day;
        s.phase = Phase::ApplicantNotice;
        return std::nullopt;
    case EventKind::ApplicantNotified:
        s.applicantNotifiedOn = day;
        s.phase = Phase::IdHandover;
        return std::nullopt;
    case EventKind::IdHandedOver:
        s.idHandedOverOn = day;
        s.phase = Phase::DecisionIssue;
        return std::nullopt;
    case EventKind::DecisionIssued:
        s.decisionIssuedOn = day;
        s.phase = Phase::Issued;
        return std::nullopt;
    default:
        return notAllowed(s, e);
    }
}

std::optional<LocalizedText> WorkflowTransitions::applyApprovals(WorkflowState &s, const CaseEvent &e) const
{
    const QDate day = e.day();
    if (e.kind == EventKind::SentToPd) {
        if (s.pdSentOn.isValid())
            return alreadyRecorded(e);
        s.pdSentOn = day;
        return std::nullopt;
    }
    if (e.kind == EventKind::RequestsSent) {
        // A request sent again (e.g. a reminder) keeps the first date.
        for (ApprovalBody b : bodiesOf(e.data)) {
            if (!s.requested.contains(b))
                s.requested.insert(b, day);
        }
        return std::nullopt;
    }
    ApprovalBody body = ApprovalBody::Knb;
    approvalBodyFromKey(e.data.value(QStringLiteral("body")).toString(), &body);
    if (!s.requested.contains(body))
        return text(u"%1 органына сұрау салынбаған (алдымен requests-sent)", u"запрос в %1 не направлялся (сначала requests-sent)",
                    u"no request was sent to %1 (record requests-sent first)")
            .arg(approvalBodyName(body));
    if (s.answers.contains(body))
        return text(u"%1 жауабы бұрын тіркелген", u"ответ %1 уже записан", u"the answer of %1 is already recorded")
            .arg(approvalBodyName(body));
    ApprovalAnswer a;
    a.body = body;
    a.positive = e.data.value(QStringLiteral("result")).toString() != QLatin1String("negative");
    a.date = e.data.contains(QStringLiteral("date"))
        ? QDate::fromString(e.data.value(QStringLiteral("date")).toString(), Qt::ISODate)
        : day;
    a.number = e.data.value(QStringLiteral("number")).toString();
    a.receivedOn = day;
    s.answers.insert(body, a);
    return std::nullopt;
}

std::optional<LocalizedText> WorkflowTransitions::applyComplaint(WorkflowState &s, const CaseEvent &e) const
{
    const QDate day = e.day();
    if (e.kind == EventKind::ComplaintReceived) {
        ComplaintState c;
        c.number = s.complaints.size() + 1;
        c.to = e.data.value(QStringLiteral("to")).toString(QStringLiteral("reviewing-body"));
        c.reference = e.data.value(QStringLiteral("number")).toString();
        c.receivedOn = day;
        s.complaints << c;
        return std::nullopt;
    }
    // Which complaint: the one named, else the oldest open one this event fits.
    const int wanted = e.data.value(QStringLiteral("complaint")).toInt(0);
    auto fits = [&](const ComplaintState &c) {
        if (!c.isOpen())
            return false;
        switch (e.kind) {
        case EventKind::ComplaintForwarded:
            return c.to == QLatin1String("reviewing-body") && !c.forwardedOn.isValid();
        case EventKind::ComplaintSatisfied:
            return !c.forwardedOn.isValid() && c.to != QLatin1String("quality-body");
        default: // answered
            return c.to != QLatin1String("reviewing-body") || c.forwardedOn.isValid();
        }
    };
    for (ComplaintState &c : s.complaints) {
        if ((wanted == 0 || c.number == wanted) && fits(c)) {
            if (e.kind == EventKind::ComplaintForwarded) {
                c.forwardedOn = day;
            } else {
                c.closedOn = day;
                c.result = e.kind == EventKind::ComplaintSatisfied
                    ? QStringLiteral("satisfied")
                    : e.data.value(QStringLiteral("result")).toString(QStringLiteral("answered"));
            }
            return std::nullopt;
        }
    }
    return text(u"«%1» үшін сәйкес ашық шағым жоқ (§15)", u"для «%1» нет подходящей открытой жалобы (§15)",
                u"no open complaint that \"%1\" applies to (§15)")
        .arg(eventKindKey(e.kind));
}

} // namespace exitdesk
