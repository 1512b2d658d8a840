// Records the official documents issued for a case (table issued_documents, migration
// 041): copy numbers are counted per case and form (see IssuedDocument), a reprint must give
// its reason, and every record is audited (AuditLog) in the same transaction. The desktop
// program records a document once it was printed or saved as PDF, not when it is previewed;
// the receipt (Annex 4) also keeps the due date it printed as a case event "receipt-printed"
// (data {"serviceDue": "YYYY-MM-DD"}), read by the deadlines dashboard and ignored by the
// workflow, so a later change of the calendar shows both dates. The permission needed depends
// on the form: receipts need ReceiptIssue; decisions and refusal notices ResultIssue (the
// counter hands them out) or DecisionSign (the head prints the paper to sign and stamp);
// the questionnaire and the registration request CaseEdit.
#pragma once

#include "accounts/Actor.h"
#include "accounts/Permission.h"
#include "issuance/IssuedDocument.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace exitdesk {

class Clock;
class Database;

class IssuedDocumentLog
{
public:
    // One issue to record.
    struct Request
    {
        qint64 caseId = 0;
        QString formKind;
        QString lang; // kk | ru | both
        int copies = 1;
        QString reason; // required for a reprint
        // The number printed on the first copy (the form was printed before it is recorded):
        // refused when another workstation took it meanwhile. 0: the next free number.
        int firstCopyNumber = 0;
        // Receipt (Annex 4): the due date printed on it, kept as a "receipt-printed" event.
        QDate printedServiceDue;
        // Where it went (printer name, or the PDF file), for the audit record.
        QString target;
    };

    static QString receiptPrintedKind() { return QStringLiteral("receipt-printed"); }

    // The form keys that can be recorded (the print module's FormKind keys).
    static QStringList formKinds();
    // The permissions any one of which allows issuing the form; empty for an unknown form.
    static QList<Permission> permissionsFor(const QString &formKind);
    // Whether the actor's role allows it (to enable buttons); record() checks it again with
    // Authorization::check (the setup actor counts only on a database without accounts).
    static bool mayIssue(const Actor &actor, const QString &formKind);

    // The highest copy number issued of the form for the case (0: the next issue is the
    // first; otherwise it is a reprint and needs a reason). -1 with *error on a database error.
    static int issuedCount(Database &db, qint64 caseId, const QString &formKind, QString *error);
    // The number the next issue's first copy gets (issuedCount + 1); -1 on a database error.
    static int nextCopyNumber(Database &db, qint64 caseId, const QString &formKind, QString *error);

    // Records the issue of `formKind` for the case by the actor at the clock's time, in one
    // transaction with its audit record ("document.issue" or "document.reprint"). False with
    // *error (in actor.lang) when the actor may not issue it, the form or language is
    // unknown, the case does not exist, a reprint has no reason, or the database failed.
    // On success *out (when given) is the stored record with its copy number.
    static bool record(Database &db, const Actor &actor, const Clock &clock, qint64 caseId, const QString &formKind,
                       const QString &lang, int copies, const QString &reason, IssuedDocument *out,
                       QString *error);
    // The same with the request's copy number, printed due date and target.
    static bool record(Database &db, const Actor &actor, const Clock &clock, const Request &request,
                       IssuedDocument *out, QString *error);

    // The documents issued for the case, oldest first.
    static QList<IssuedDocument> list(Database &db, qint64 caseId, QString *error);
};

} // namespace exitdesk
