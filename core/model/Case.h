// An exit case: the applicant's questionnaire, the children leaving with the applicant,
// the documents presented at intake, and where and when it was handed in.
// The interchange JSON (docs/case-format.md) is this structure, key for key.
#pragma once

#include "model/Applicant.h"
#include "model/Document.h"
#include "model/FamilyMembers.h"
#include "model/Place.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace exitdesk {

struct Consents
{
    bool falseDataWarningSigned = false;
    bool dataUseConsentSigned = false;

    bool operator==(const Consents &o) const
    {
        return falseDataWarningSigned == o.falseDataWarningSigned
            && dataUseConsentSigned == o.dataUseConsentSigned;
    }
};

// Where the case stands in storage. The workflow stage of an accepted case is derived
// from its events (workflow/), not stored here.
enum class CaseStatus {
    Draft,           // saved incomplete, no number
    Accepted,        // numbered; the workflow runs
    RefusedAtIntake, // package incomplete: the Annex 5 receipt was given
};

QString caseStatusKey(CaseStatus status); // draft | accepted | refused-at-intake
bool caseStatusFromKey(const QString &key, CaseStatus *status);

struct Case
{
    qint64 id = 0;  // storage id, 0 when not stored
    int version = 0; // storage row version, for detecting concurrent edits
    CaseStatus status = CaseStatus::Draft;

    QString number; // e.g. 2026-000123; assigned by the database on acceptance
    QString office;
    QString channel = QStringLiteral("counter"); // counter | portal
    QDateTime submittedAt;

    Applicant applicant;
    Place from;
    Place to;
    int purpose = 0; // item 10: 1-5

    QList<Child> children;
    QList<Relative> relatives;
    QList<WorkRecord> workHistory;

    bool alimonyEnforcement = false;
    // Whether the registration in Kazakhstan of the alimony recipients is known; when it is
    // not (and alimony enforcement is set), the registration request (Annex 3) is required.
    bool alimonyRecipientsRegistrationKnown = true;

    QList<PresentedDocument> documents;
    Consents consents;

    QString applicantFullName() const;
    // The day the application was handed in (the date part of submittedAt).
    QDate submissionDay() const { return submittedAt.date(); }

    // Equality of the content (what the interchange JSON carries), not of storage fields.
    bool sameContent(const Case &o) const;
};

} // namespace exitdesk
