// Importing cases from interchange JSON (exitdesk-cli case import, and any batch intake):
// parse strictly, check every case, then store all of them in ONE transaction or none.
// A case whose package is complete is accepted and numbered (submission time from the
// file); one with missing documents is refused, unless the import is "as drafts", which
// stores every case unnumbered whatever its field errors.
#pragma once

#include "accounts/Actor.h"
#include "model/Case.h"
#include "storage/StorageError.h"
#include "validation/Finding.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace exitdesk {

class Clock;
class Database;

struct ImportCheck
{
    QList<Case> cases;
    bool isArray = false;
    // Paths are prefixed "[i]." for array elements. Errors refuse the whole import.
    Findings errors;
    Findings warnings;
    bool ok() const { return errors.isEmpty(); }
};

class CaseImporter
{
public:
    // Parses and checks without touching any database. today is the reference day for a
    // draft without submission time.
    static ImportCheck check(const QByteArray &json, bool asDrafts, const QDate &today);

    // Stores the checked cases in one transaction: accepted (numbered) or, asDrafts, drafts,
    // each with its audit record ("case.import"). The actor needs Permission::CaseImport
    // (StorageError::Forbidden otherwise). On success the cases carry their ids and numbers;
    // on failure nothing was written.
    static bool store(Database &db, const Clock &clock, const Actor &actor, QList<Case> &cases, bool asDrafts,
                      StorageError *error);
    // The same without an actor: allowed only on a database without accounts (setup).
    static bool store(Database &db, const Clock &clock, QList<Case> &cases, bool asDrafts,
                      StorageError *error);
};

} // namespace exitdesk
