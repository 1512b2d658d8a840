// The check every core write makes before it touches the database: may this actor do it?
// Permissions::require plus two rules that need the database:
//  - the setup actor (Actor::setupActor, allowed everything) counts only while the accounts
//    table is empty; once an account exists it is refused, so nobody can fake it;
//  - a caller that names no actor (code written before accounts existed, tests) acts as the
//    setup actor on a database without accounts and is refused on one with accounts.
// Refusals are findings (code "permission.denied" or "permission.no-login") in kk/ru/en.
#pragma once

#include "accounts/Actor.h"
#include "accounts/Permission.h"
#include "validation/Finding.h"

#include <optional>

namespace exitdesk {

class Database;

class Authorization
{
public:
    // Nothing when `actor` may do `permission` on this database, else the refusal.
    static std::optional<Finding> check(Database &db, const Actor &actor, Permission permission);

    // The actor a write runs as: `given`, or the setup actor while no account exists.
    // Refused (with *refusal) when the actor may not do `permission`.
    static std::optional<Actor> resolve(Database &db, const std::optional<Actor> &given, Permission permission,
                                        Finding *refusal);

    // True while the accounts table is empty (also when it cannot be read: false then).
    static bool noAccounts(Database &db);
};

} // namespace exitdesk
