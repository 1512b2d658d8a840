// One official document issued for a case (table issued_documents): which form, in which
// language, its copy number on the case (1 = first issue, 2 = first reprint, ...), how many
// sheets were printed, who issued it, when, and for a reprint the reason.
#pragma once

#include <QDateTime>
#include <QString>

namespace exitdesk {

struct IssuedDocument
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString formKind; // the print module's key: decision, decision-e, refusal, refusal-e, ...
    QString lang;     // kk | ru | both
    int copyNumber = 0;
    int copies = 1;  // copies printed at once (forms made «in 2 copies»)
    QString reason;  // why it was printed again; empty for the first issue
    QString issuedBy; // login
    QString issuedByName;
    QString role; // role key of the issuer, "setup" for the setup actor
    QString workstation;
    QDateTime issuedAt;

    bool isReprint() const { return copyNumber > 1; }
};

} // namespace exitdesk
