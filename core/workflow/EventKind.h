// The kinds of workflow events recorded on a case's timeline (docs/workflow.md). Acceptance
// at the counter is not an event: it is the case's submittedAt.
#pragma once

#include "calendar/LocalizedText.h"

#include <QList>
#include <QString>

namespace exitdesk {

enum class EventKind {
    Registered,              // stage 2: registered by the provider's office
    CompletenessChecked,     // stage 3: data {complete: bool}
    EnteredInSystem,         // stage 4: entered into the migration police system
    RequestsSent,            // stage 5: data {body | bodies}; all five bodies when neither
    SentToPd,                // stage 6: case sent to the Police Department migration directorate
    AnswerReceived,          // data {body, result: positive|negative, date, number}
    DecisionPrepared,        // stage 7: data {result: positive|refusal, grounds}
    DecisionRecorded,        // stage 8: decision recorded in the information system
    PreliminaryDecisionSent, // stage 9a
    HearingNoticeSent,       // stage 9a: data {hearingAt}
    HearingHeld,             // stage 9b: data {outcome: refusal|positive, attended}
    RefusalIssued,           // stage 9c: originals returned with the motivated refusal
    MilitaryNoticeSent,      // stage 10
    MilitaryAnswer,          // stage 10: the military authority's answer
    ApplicantNotified,       // stage 11
    IdHandedOver,            // stage 12
    DecisionIssued,          // stage 13
    ComplaintReceived,       // §15: data {to: reviewing-body|provider|quality-body, number}
    ComplaintForwarded,      // §15: forwarded with the case to the reviewing body (3 working days)
    ComplaintSatisfied,      // §15: fully satisfied by the provider itself
    ComplaintAnswered,       // the answer to the complaint: data {result: satisfied|rejected}
};

QString eventKindKey(EventKind kind); // registered, completeness-checked, …
bool eventKindFromKey(const QString &key, EventKind *kind);
QList<EventKind> allEventKinds();
LocalizedText eventKindName(EventKind kind);
bool isComplaintEvent(EventKind kind);

} // namespace exitdesk
