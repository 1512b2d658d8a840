// The stages of an exit case (SPEC.md §2: the 13 steps, the refusal path and complaints).
// A case's current stage is derived from its events (Workflow), never stored.
#pragma once

#include "calendar/LocalizedText.h"

#include <QString>

namespace exitdesk {

enum class Stage {
    Registration,          // 2
    CompletenessCheck,     // 3
    DataEntry,             // 4
    Requests,              // 5
    PdApproval,            // 6
    Answers,               // 5–7: waiting for the bodies' answers
    DecisionPreparation,   // 7
    DecisionRecording,     // 8
    PreliminaryDecision,   // 9a
    Hearing,               // 9b
    RefusalIssue,          // 9c
    MilitaryNotice,        // 10
    MilitaryAnswer,        // 10
    ApplicantNotice,       // 11
    IdHandover,            // 12
    DecisionIssue,         // 13
    Issued,                // finished: the decision was issued
    Refused,               // finished: the refusal was issued
    ComplaintForwarding,   // §15: forward to the reviewing body within 3 working days
    ComplaintReview,       // §15: a complaint to the provider, considered within 5 working days
    ComplaintQualityReview, // §15: a complaint to the quality body, considered within 15 working days
    ComplaintAwaitingAnswer, // forwarded; waiting for the reviewing body
};

QString stageKey(Stage stage);    // registration, completeness-check, …
QString stageNumber(Stage stage); // the row of SPEC.md §2: "2", "9a", …; "§15" for complaints
LocalizedText stageName(Stage stage);
// "3. completeness check" in the chosen language.
QString stageTitle(Stage stage, const QString &lang);
bool isComplaintStage(Stage stage);
bool isFinishedStage(Stage stage);

} // namespace exitdesk
