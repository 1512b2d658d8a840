// One official document issued for a case (table issued_documents): which form, in which
// language, the copy numbers printed on its sheets, who issued it, when, and for a reprint
// the reason. Copy numbers run per case and form over every copy ever printed: a receipt made
// «in 2 copies» is copies 1 and 2, its first reprint copy 3 (and 4 when printed twice again).
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
    int copyNumber = 0; // the number printed on the first copy of this issue
    int copies = 1;     // copies printed at once (forms made «in 2 copies»): copyNumber, copyNumber + 1, ...
    QString reason;  // why it was printed again; empty for the first issue
    QString issuedBy; // login
    QString issuedByName;
    QString role; // role key of the issuer, "setup" for the setup actor
    QString workstation;
    QDateTime issuedAt;

    int lastCopyNumber() const { return copyNumber + copies - 1; }
    bool isReprint() const { return copyNumber > 1; }
};

} // namespace exitdesk
