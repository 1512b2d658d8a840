// Where a case stands, derived from its submission time, its events and the calendar
// (Workflow::derive): the phase of the main line, the open deadlines (the current stage
// first), and the facts gathered from the events (answers, decision, complaints).
#pragma once

#include "workflow/ApprovalBody.h"
#include "workflow/CaseEvent.h"
#include "workflow/Deadline.h"
#include "workflow/ServiceTerm.h"

#include <QList>
#include <QMap>

namespace exitdesk {

// The main line's position: which event comes next.
enum class Phase {
    Registration,
    CompletenessCheck,
    DataEntry,
    Approvals, // requests, the PD and the bodies' answers, in parallel
    DecisionPreparation,
    DecisionRecording,
    PreliminaryDecision,
    Hearing,
    RefusalIssue,
    MilitaryNotice,
    MilitaryAnswer,
    ApplicantNotice,
    IdHandover,
    DecisionIssue,
    Issued,
    Refused,
};

enum class Outcome { Pending, Positive, Refusal };

struct ApprovalAnswer
{
    ApprovalBody body = ApprovalBody::Knb;
    bool positive = true;
    QDate date;     // the answer's own date (for the national security body: the ledger's column)
    QString number; // the answer's outgoing number
    QDate receivedOn;
};

struct ComplaintState
{
    int number = 0;   // 1, 2, … on this case
    QString to;       // reviewing-body | provider | quality-body
    QString reference; // the complaint's registration number, if given
    QDate receivedOn;
    QDate forwardedOn;
    QDate closedOn;
    QString result; // satisfied | rejected | forwarded-answered …
    bool isOpen() const { return !closedOn.isValid(); }
};

struct WorkflowState
{
    ServiceTerm service;
    Phase phase = Phase::Registration;
    Stage stage = Stage::Registration; // the current stage: the main line's most urgent open step
    // Open deadlines: the main line's, earliest due first, then the complaints'.
    QList<Deadline> deadlines;

    QDate registeredOn, completenessCheckedOn, enteredOn, pdSentOn;
    QDate decisionPreparedOn, decisionRecordedOn;
    QDate preliminaryDecisionOn, hearingNoticeOn, hearingOn, refusalIssuedOn;
    QDate militaryNoticeOn, militaryAnswerOn, applicantNotifiedOn, idHandedOverOn, decisionIssuedOn;
    bool packageIncomplete = false;
    Outcome outcome = Outcome::Pending; // the decision as prepared (and possibly changed by the hearing)
    QMap<ApprovalBody, QDate> requested;
    QMap<ApprovalBody, ApprovalAnswer> answers;
    QList<ComplaintState> complaints;
    QList<CaseEvent> events; // the events applied, in order

    bool isFinished() const { return phase == Phase::Issued || phase == Phase::Refused; }
    bool allRequested() const { return requested.size() == allApprovalBodies().size(); }
    bool allAnswered() const { return answers.size() == allApprovalBodies().size(); }
    bool anyNegative() const;
    // The national security body's answer (date and number go into the ledger), or null.
    const ApprovalAnswer *securityAnswer() const;
    // The deadline of the current stage; null when the main line is finished.
    const Deadline *currentDeadline() const;
};

} // namespace exitdesk
