// Documents of the package (SPEC.md §4). Which kinds a case requires is derived by
// DocumentChecklist from the case; here is only what the operator recorded as presented.
#pragma once

#include <QDate>
#include <QString>

namespace exitdesk {

enum class DocumentKind {
    Questionnaire,
    Identity, // applicant: identity card and passport; child: birth certificate (< 16) or identity card
    AlimonyAgreement,
    GuardianshipConclusion,
    OtherParentConsent,
    StateDutyReceipt,
    RegistrationRequest,
};

// The interchange name of a kind (questionnaire, identity, alimony-agreement, ...).
QString documentKindKey(DocumentKind kind);
// The kind for an interchange name; false when the name is unknown.
bool documentKindFromKey(const QString &key, DocumentKind *kind);

struct PresentedDocument
{
    DocumentKind kind = DocumentKind::Questionnaire;
    int child = -1; // index into Case::children for per-child documents, -1 for the applicant
    bool presented = false;
    QDate expiresOn; // for documents that expire; null when none

    bool operator==(const PresentedDocument &o) const
    {
        return kind == o.kind && child == o.child && presented == o.presented && expiresOn == o.expiresOn;
    }
};

} // namespace exitdesk
