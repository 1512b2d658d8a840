// Turns a row of the cases table into a Case (the stored JSON body plus the storage columns).
// Shared by CaseRepository and CaseSearch.
#pragma once

#include "model/Case.h"
#include "storage/StorageError.h"

#include <QSqlQuery>

#include <optional>

namespace exitdesk {

class CaseRowReader
{
public:
    // The column list to SELECT, in the order read() expects.
    static QString columns() { return QStringLiteral("id, number, status, version, body"); }
    static std::optional<Case> read(const QSqlQuery &q, StorageError *error);
};

} // namespace exitdesk
