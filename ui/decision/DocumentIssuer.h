// Issues an official form of a case: gathers its data (forms' CaseFormLoader), checks it
// applies (FormFactory), asks for the reason when the same form was issued for the case
// before, numbers its copies (printed at the foot of each), opens it in the print preview
// (FormPreview) and, once it was printed or saved as PDF, records the issue with its copy
// numbers (core's IssuedDocumentLog, audited). A preview closed without printing records
// nothing. The receipt (Annex 4) also keeps the due date it printed.
#pragma once

#include "AppContext.h"
#include "FormData.h"
#include "FormKind.h"
#include "FormLanguage.h"
#include "accounts/Actor.h"
#include "issuance/IssuedDocument.h"

#include <QCoreApplication>

class QWidget;

namespace exitdesk {
struct Case;
}

namespace exitdesk::ui {

class DocumentIssuer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentIssuer)
public:
    enum Result { Issued, Cancelled, Failed };

    struct Options
    {
        int copies = 0;              // 0: as the form is made (2 for Annexes 4, 5, 6)
        QString registrationSubject; // Annex 3: who the request is about
    };

    DocumentIssuer(AppContext context, Actor actor, QWidget *parent);

    // Failed: *message says why (in the UI language); Cancelled: the reprint's reason was
    // not given, or the preview was closed without printing. Issued: *out (when given) is
    // the record, with its copy numbers.
    Result issue(const Case &c, forms::FormKind kind, forms::FormLanguage lang, IssuedDocument *out,
                 QString *message);
    Result issue(const Case &c, forms::FormKind kind, forms::FormLanguage lang, const Options &options,
                 IssuedDocument *out, QString *message);
    // Issues a form whose data is gathered already (the intake's receipts).
    Result issueData(forms::FormKind kind, forms::FormData data, IssuedDocument *out, QString *message);

    // "Decision (Annex 8)", "Refusal notice, electronic (Annex 7)", ...
    static QString formName(forms::FormKind kind);
    static QString formName(const QString &formKindKey);
    static QString languageName(const QString &langKey);

private:
    AppContext m_context;
    Actor m_actor;
    QWidget *m_parent;
};

} // namespace exitdesk::ui
