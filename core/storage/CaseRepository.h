// Stores and loads cases (table cases): drafts, accepted (numbered) cases and cases refused
// at intake. Every write
//  - is refused unless the actor holds the permission it needs (accounts/Authorization):
//    drafts and updates CaseEdit, acceptance CaseAccept, refusal at intake CaseRefuseAtIntake,
//    import CaseImport;
//  - is one transaction (nested inside the caller's Transaction when there is one) holding the
//    change and its audit record (AuditLog, the case before and after as JSON);
//  - checks the row version, so a stale copy never silently overwrites a newer one;
//  - reports a PostgreSQL server that cannot be reached as StorageError::Unreachable (after
//    one reconnection attempt), so the desktop program can keep the case locally.
// Lock order inside a write (PostgreSQL row locks): counters, then cases, then audit_head,
// the same order everywhere, so concurrent writers queue instead of deadlocking.
// Listing and search: CaseSearch.
#pragma once

#include "accounts/Actor.h"
#include "accounts/Permission.h"
#include "model/Case.h"
#include "storage/StorageError.h"

#include <QList>

#include <optional>

namespace exitdesk {

class Clock;
class Database;

class CaseRepository
{
public:
    // The clock stamps created_at / updated_at and the audit records. Without an actor the
    // repository may write only while the database has no accounts (first start, tests):
    // it then acts as the setup actor. Reading needs no actor.
    CaseRepository(Database &db, const Clock &clock);
    CaseRepository(Database &db, const Clock &clock, const Actor &actor);
    void setActor(const Actor &actor) { m_actor = actor; }

    // Inserts a new draft (c.id == 0) or updates a stored draft; no number. Sets c.id,
    // c.version and c.status.
    bool saveDraft(Case &c, StorageError *error = nullptr);
    // Numbers the case (year of c.submittedAt) and stores it as accepted, in one transaction.
    // A new case (c.id == 0) or a stored draft. Sets c.number, c.id, c.version, c.status.
    bool accept(Case &c, StorageError *error = nullptr);
    // Stores a case refused at intake (package incomplete, the Annex 5 receipt given); no
    // number. A new case or a stored draft.
    bool saveRefusedAtIntake(Case &c, StorageError *error = nullptr);
    // Writes the content of a stored case if nobody saved it since it was loaded
    // (c.version); keeps its status and number. Conflict (naming the case) otherwise.
    bool update(Case &c, StorageError *error = nullptr);
    // Stores imported cases all or nothing: accepted and numbered, or (asDrafts) drafts.
    // Ids, versions and numbers in the cases are ignored; on success they carry the stored ones.
    bool importAll(QList<Case> &cases, bool asDrafts, StorageError *error = nullptr);

    std::optional<Case> loadById(qint64 id, StorageError *error = nullptr) const;
    std::optional<Case> loadByNumber(const QString &number, StorageError *error = nullptr) const;

    // The lower-cased text searched by CaseSearch: number, IIN and names.
    static QString searchText(const Case &c);
    // How a case is named in messages and audit records: its number, or "#id" for a draft.
    static QString label(const Case &c);

private:
    std::optional<Actor> authorize(Permission permission, StorageError *error) const;
    bool write(Case &c, CaseStatus newStatus, bool assignNumber, Permission permission, const QString &action,
               StorageError *error);
    bool writeInTransaction(Case &c, CaseStatus newStatus, bool assignNumber, Permission permission,
                            const QString &action, StorageError *error);
    // False (Unreachable) when the PostgreSQL server does not answer even after reconnecting.
    bool reachable(StorageError *error) const;
    // The row work of a write, inside the caller's transaction; *before is the stored case
    // when c was stored already.
    bool storeRow(Case &c, CaseStatus newStatus, bool assignNumber, std::optional<Case> *before,
                  StorageError *error);
    bool audit(const Actor &actor, const QString &action, const std::optional<Case> &before, const Case &after,
               StorageError *error);
    bool insertRow(Case &c, StorageError *error);
    bool updateRow(Case &c, int expectedVersion, StorageError *error);

    Database &m_db;
    const Clock &m_clock;
    std::optional<Actor> m_actor;
};

} // namespace exitdesk
