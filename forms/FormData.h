// Everything a form is built from: the case, the office, the language, and what the form
// needs besides (the due date of the receipt, the missing documents of Annex 5, the grounds
// of a refusal, the date of issue, the number of copies).
#pragma once

#include "FormLanguage.h"
#include "OfficeSettings.h"

#include "model/Case.h"

#include <QDate>
#include <QList>

namespace exitdesk {
struct ChecklistItem;
}

namespace exitdesk::forms {

struct MissingDocument
{
    QString nameKk;
    QString nameRu;
    bool expired = false; // presented but expired: named with «(жарамдылық мерзімі өткен)»
};

struct RefusalGround
{
    int number = 0;  // 1-9, SPEC.md §5 (the catalogue in resources/forms/grounds.json)
    QString untilKk; // when empty: the catalogue's «until» text
    QString untilRu;
};

struct FormData
{
    Case caseData;
    OfficeSettings office;
    FormLanguage language = FormLanguage::Kazakh; // Annex 1 is always bilingual
    QDate issueDate;                              // the date of issue printed and sealed in the QR
    QDate dueDate;                                // Annex 4: the day to come back
    QList<MissingDocument> missingDocuments;      // Annex 5
    QList<RefusalGround> grounds;                 // Annexes 6 and 7
    QString registrationSubject;                  // Annex 3: full name and kinship of the person asked about
    int copies = 1;                               // 2 for the forms made «in 2 copies», on request
    // The copy number printed at the foot of the first copy (the next copies count on from it,
    // see IssuedDocument); 0 prints none (a draft, a render that is not an issue).
    int firstCopyNumber = 0;

    // The missing list of Annex 5 from DocumentChecklist::missingOrExpired.
    static QList<MissingDocument> missingFrom(const QList<ChecklistItem> &items);
};

} // namespace exitdesk::forms
