// The documents a case requires, derived from the case itself (SPEC.md §4), never typed by
// the operator; and which of them are missing or expired. The missing list feeds the
// refusal-to-accept receipt (Annex 5).
#pragma once

#include "model/Case.h"
#include "validation/Finding.h"

#include <QDate>
#include <QList>

namespace exitdesk {

struct RequiredDocument
{
    DocumentKind kind = DocumentKind::Questionnaire;
    int child = -1;       // index into Case::children, -1 for the applicant / the whole case
    bool expires = false; // whether the document carries an expiry date to check
    // The document's name as printed, e.g. "Қорғаншылық органының қорытындысы (Әлия, 12 жас)".
    QString nameKk;
    QString nameRu;
    QString nameEn;
    QString name(const QString &lang) const;
};

struct ChecklistItem
{
    RequiredDocument document;
    bool presented = false;
    bool expired = false; // presented but expired on the reference day
    // Presented, the document carries an expiry date, and none is known (neither entered in
    // the checklist nor, for the applicant's identity document, on the questionnaire).
    bool expiryMissing = false;
    bool ok() const { return presented && !expired; }
};

class DocumentChecklist
{
public:
    static QList<RequiredDocument> required(const Case &c, const QDate &referenceDay);
    static QList<ChecklistItem> evaluate(const Case &c, const QDate &referenceDay);
    // Only the items that are missing or expired, in checklist order.
    static QList<ChecklistItem> missingOrExpired(const Case &c, const QDate &referenceDay);
    // One finding per missing or expired document (code document.missing / document.expired),
    // and per presented document whose expiry is unknown (document.expiryMissing).
    static Findings findings(const Case &c, const QDate &referenceDay);
    // Only the document.expiryMissing findings: the package is complete, but it cannot be
    // accepted until the expiry dates are entered.
    static Findings expiryFindings(const Case &c, const QDate &referenceDay);
    // The expiry the questionnaire gives for a required document (the applicant's identity
    // card / passport: the earlier of the two); null for any other document or when not entered.
    static QDate questionnaireExpiry(const Case &c, const RequiredDocument &document);
    // The path of a document's findings, e.g. "documents.identity" or "children[1].documents.identity".
    static QString documentPath(const RequiredDocument &document);
};

} // namespace exitdesk
