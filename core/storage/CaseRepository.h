// Stores and loads cases (table cases): drafts, accepted (numbered) cases and cases refused
// at intake. Every write is one transaction (nested inside the caller's Transaction when
// there is one) and checks the row version, so a stale copy never silently overwrites a
// newer one. Listing and search: CaseSearch.
#pragma once

#include "model/Case.h"
#include "storage/StorageError.h"

#include <optional>

namespace exitdesk {

class Clock;
class Database;

class CaseRepository
{
public:
    // The clock stamps created_at / updated_at.
    CaseRepository(Database &db, const Clock &clock);

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
    // (c.version); keeps its status and number. Conflict otherwise.
    bool update(Case &c, StorageError *error = nullptr);

    std::optional<Case> loadById(qint64 id, StorageError *error = nullptr) const;
    std::optional<Case> loadByNumber(const QString &number, StorageError *error = nullptr) const;

    // The lower-cased text searched by CaseSearch: number, IIN and names.
    static QString searchText(const Case &c);

private:
    bool write(Case &c, CaseStatus newStatus, bool assignNumber, StorageError *error);
    bool insertRow(Case &c, StorageError *error);
    bool updateRow(Case &c, int expectedVersion, StorageError *error);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace exitdesk
