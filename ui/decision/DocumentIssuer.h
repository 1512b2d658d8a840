// Issues an official form of a case: gathers its data (forms' CaseFormLoader), checks it
// applies (FormFactory), asks for the reason when the same form was issued for the case
// before, records the issue with its copy number (core's IssuedDocumentLog, audited) and
// opens the form in the print preview (FormPreview).
#pragma once

#include "AppContext.h"
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

    DocumentIssuer(AppContext context, Actor actor, QWidget *parent);

    // Failed: *message says why (in the UI language); Cancelled: the reprint's reason was
    // not given. Issued: *out (when given) is the record, with its copy number.
    Result issue(const Case &c, forms::FormKind kind, forms::FormLanguage lang, IssuedDocument *out,
                 QString *message);

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
