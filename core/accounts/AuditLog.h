// The append-only, hash-chained audit log. append() is called by the code that changes a
// case, an account, the calendar or a setting, with the same Database while its Transaction
// is open, so the change and its record are committed (or rolled back) together.
#pragma once

#include "accounts/Actor.h"
#include "accounts/AuditEntry.h"
#include "accounts/AuditRecord.h"

#include <QList>
#include <QString>

namespace exitdesk {

class Database;

struct AuditFilter
{
    QString entityKind; // empty: any
    QString entityId;   // empty: any
    QString actorLogin; // empty: anyone
    int limit = 0;      // the newest N records; 0: all
};

struct AuditVerification
{
    bool ok = false;
    qint64 records = 0;    // records checked
    qint64 firstBadId = 0; // id of the first record that is changed or follows a removed one; 0 if none
    qint64 firstBadSeq = 0;
    QString reasonEn; // what is wrong, empty when ok
    QString reasonRu;
    QString reasonKk;
    QString headHash; // hash of the last record: write it down to anchor the chain
    QString error;    // the log could not be read at all, or (refused) the actor may not verify it
    bool refused = false;
};

class AuditLog
{
public:
    // Appends the entry to the chain. Runs inside the caller's transaction (as a savepoint),
    // or in its own when there is none. False with *error (English) on a database error.
    static bool append(Database &db, const AuditEntry &entry, QString *error);

    // Records in chain order (oldest first), for an actor holding Permission::AuditView
    // (checked here, Authorization::check: the records hold personal data before and after).
    // A refusal: nothing, *error in actor.lang and *refused set.
    static QList<AuditRecord> list(Database &db, const Actor &actor, const AuditFilter &filter,
                                   QString *error, bool *refused = nullptr);

    // Walks the whole chain: every hash recomputed, every link and position checked, and the
    // end compared with audit_head. Reports the first record that is wrong. For an actor
    // holding Permission::AuditVerify; otherwise `refused` with the reason in `error`.
    static AuditVerification verify(Database &db, const Actor &actor);

    // The same without a permission check, for code that checks by itself or owns the database
    // (tests, a freshly restored copy). The programs' screens and commands use the actor forms.
    static QList<AuditRecord> list(Database &db, const AuditFilter &filter, QString *error);
    static AuditVerification verify(Database &db);
};

} // namespace exitdesk
