// Lists, counts and walks through stored cases by CaseFilter. The search is
// case-insensitive for Kazakh and Russian letters because both the stored search_text and
// the words searched are lower-cased by Qt, not by SQL lower().
#pragma once

#include "storage/CaseFilter.h"
#include "storage/StorageError.h"

#include <QList>

#include <functional>

namespace exitdesk {

class Database;

class CaseSearch
{
public:
    explicit CaseSearch(Database &db) : m_db(db) {}

    QList<CaseSummary> list(const CaseFilter &filter, StorageError *error = nullptr) const;
    // How many cases match, ignoring limit and offset (for paging).
    int count(const CaseFilter &filter, StorageError *error = nullptr) const;
    // Loads each matching case in turn with a forward-only query, so an export of many
    // thousand cases never holds them all. visit returns false to stop early. Do not write
    // through the same Database inside visit.
    bool forEach(const CaseFilter &filter, const std::function<bool(const Case &)> &visit,
                 StorageError *error = nullptr) const;

private:
    Database &m_db;
};

} // namespace exitdesk
