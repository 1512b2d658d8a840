// Staff accounts in the database: adding, listing, locking, roles and passwords. Every change
// checks the actor's permission (Permission::AccountsManage) and writes an audit record in
// the same transaction. The first account of an empty database must be an administrator
// and may be added by the setup actor (Actor::setupActor).
#pragma once

#include "accounts/Account.h"
#include "accounts/Actor.h"
#include "validation/Finding.h"

#include <QList>
#include <QString>

#include <optional>

namespace exitdesk {

class Clock;
class Database;

class AccountRepository
{
public:
    // Number of accounts; -1 on a database error.
    static int count(Database &db, QString *error = nullptr);
    static std::optional<Account> find(Database &db, const QString &login);
    static QList<Account> list(Database &db, const Actor &actor, Finding *error);

    // Adds an account. When the table is empty the role must be Administrator; otherwise the
    // actor needs AccountsManage. The password must be PasswordHasher::acceptable.
    static std::optional<Account> add(Database &db, const Actor &actor, const Clock &clock,
                                      const QString &login, const QString &fullName, Role role,
                                      const QString &password, Finding *error);
    // Locks (disabled = true) or unlocks an account; unlocking also ends an automatic lockout.
    static bool setDisabled(Database &db, const Actor &actor, const Clock &clock, const QString &login,
                            bool disabled, Finding *error);
    static bool setRole(Database &db, const Actor &actor, const Clock &clock, const QString &login, Role role,
                        Finding *error);
    // An administrator sets anyone's password; anyone may change his or her own.
    static bool setPassword(Database &db, const Actor &actor, const Clock &clock, const QString &login,
                            const QString &newPassword, Finding *error);

    // "Ivanov.A" -> "ivanov.a"; false (with *error) for a login that is not 2-64 of a-z 0-9 . _ -
    static bool normalizeLogin(const QString &input, QString *login, Finding *error);
};

} // namespace exitdesk
