#include "casecard/CardActions.h"

#include "workflow/WorkflowTransitions.h"

namespace exitdesk::ui {

namespace {

// Whether an approvals-phase step still has something to do.
bool usefulInApprovals(const WorkflowState &s, EventKind kind)
{
    switch (kind) {
    case EventKind::RequestsSent:
        return !s.allRequested();
    case EventKind::SentToPd:
        return !s.pdSentOn.isValid();
    case EventKind::AnswerReceived:
        return s.answers.size() < s.requested.size();
    case EventKind::DecisionPrepared:
        return s.pdSentOn.isValid() && (s.allAnswered() || s.anyNegative());
    default:
        return true;
    }
}

} // namespace

QList<EventKind> CardActions::next(const WorkflowState &s)
{
    QList<EventKind> kinds;
    for (EventKind k : WorkflowTransitions::expected(s.phase)) {
        if (s.phase == Phase::Approvals && !usefulInApprovals(s, k))
            continue;
        if (k == EventKind::PreliminaryDecisionSent && s.preliminaryDecisionOn.isValid())
            continue;
        if (k == EventKind::HearingNoticeSent && s.hearingNoticeOn.isValid())
            continue;
        kinds << k;
    }
    kinds << EventKind::ComplaintReceived;
    bool forward = false, satisfy = false, answer = false;
    for (const ComplaintState &c : s.complaints) {
        if (!c.isOpen())
            continue;
        const bool toReviewer = c.to == QLatin1String("reviewing-body");
        forward = forward || (toReviewer && !c.forwardedOn.isValid());
        satisfy = satisfy || (!c.forwardedOn.isValid() && c.to != QLatin1String("quality-body"));
        answer = answer || !toReviewer || c.forwardedOn.isValid();
    }
    if (forward)
        kinds << EventKind::ComplaintForwarded;
    if (satisfy)
        kinds << EventKind::ComplaintSatisfied;
    if (answer)
        kinds << EventKind::ComplaintAnswered;
    return kinds;
}

QString CardActions::label(EventKind kind)
{
    switch (kind) {
    case EventKind::Registered:
        return tr("Registered by the office…");
    case EventKind::CompletenessChecked:
        return tr("Completeness checked…");
    case EventKind::EnteredInSystem:
        return tr("Entered in the system…");
    case EventKind::RequestsSent:
        return tr("Requests sent…");
    case EventKind::SentToPd:
        return tr("Sent to the PD…");
    case EventKind::AnswerReceived:
        return tr("Answer received…");
    case EventKind::DecisionPrepared:
        return tr("Decision…");
    case EventKind::DecisionRecorded:
        return tr("Decision signed and recorded…");
    case EventKind::PreliminaryDecisionSent:
        return tr("Preliminary decision sent…");
    case EventKind::HearingNoticeSent:
        return tr("Hearing notice sent…");
    case EventKind::HearingHeld:
        return tr("Hearing held…");
    case EventKind::RefusalIssued:
        return tr("Refusal issued…");
    case EventKind::MilitaryNoticeSent:
        return tr("Notice to the military office…");
    case EventKind::MilitaryAnswer:
        return tr("Military deregistration…");
    case EventKind::ApplicantNotified:
        return tr("Applicant notified…");
    case EventKind::IdHandedOver:
        return tr("ID card handed over…");
    case EventKind::DecisionIssued:
        return tr("Decision issued…");
    case EventKind::ComplaintReceived:
        return tr("Complaint received…");
    case EventKind::ComplaintForwarded:
        return tr("Complaint forwarded…");
    case EventKind::ComplaintSatisfied:
        return tr("Complaint satisfied…");
    case EventKind::ComplaintAnswered:
        return tr("Complaint answered…");
    }
    return QString();
}

QString CardActions::title(EventKind kind)
{
    QString text = label(kind);
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return capitalized(text.trimmed());
}

QString CardActions::capitalized(const QString &name)
{
    if (name.isEmpty())
        return name;
    return name.left(1).toUpper() + name.mid(1);
}

} // namespace exitdesk::ui
