// Records the official documents issued for a case (table issued_documents, migration
// 041): the copy number is counted per case and form, a reprint must give its reason, and
// every record is audited (AuditLog) in the same transaction. The permission needed depends
// on the form: receipts need ReceiptIssue; decisions and refusal notices ResultIssue (the
// counter hands them out) or DecisionSign (the head prints the paper to sign and stamp);
// the questionnaire and the registration request CaseEdit.
#pragma once

#include "accounts/Actor.h"
#include "accounts/Permission.h"
#include "issuance/IssuedDocument.h"

#include <QList>
#include <QStringList>

namespace exitdesk {

class Clock;
class Database;

class IssuedDocumentLog
{
public:
    // The form keys that can be recorded (the print module's FormKind keys).
    static QStringList formKinds();
    // The permissions any one of which allows issuing the form; empty for an unknown form.
    static QList<Permission> permissionsFor(const QString &formKind);
    static bool mayIssue(const Actor &actor, const QString &formKind);

    // How many times the form was issued for the case already (0: the next issue is the
    // first; otherwise it is a reprint and needs a reason). -1 with *error on a database error.
    static int issuedCount(Database &db, qint64 caseId, const QString &formKind, QString *error);

    // Records the issue of `formKind` for the case by the actor at the clock's time, in one
    // transaction with its audit record ("document.issue" or "document.reprint"). False with
    // *error (in actor.lang) when the actor may not issue it, the form or language is
    // unknown, the case does not exist, a reprint has no reason, or the database failed.
    // On success *out (when given) is the stored record with its copy number.
    static bool record(Database &db, const Actor &actor, const Clock &clock, qint64 caseId, const QString &formKind,
                       const QString &lang, int copies, const QString &reason, IssuedDocument *out,
                       QString *error);

    // The documents issued for the case, oldest first.
    static QList<IssuedDocument> list(Database &db, qint64 caseId, QString *error);
};

} // namespace exitdesk
