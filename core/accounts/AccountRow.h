// The SQL of the accounts table, shared by AccountRepository and Authenticator. Internal to
// core/accounts: other code goes through those two classes.
#pragma once

#include "accounts/Account.h"

#include <QList>
#include <QString>

#include <optional>

namespace exitdesk {
class Database;
}

namespace exitdesk::accounts {

class AccountRow
{
public:
    // The account, or nothing (with *error set only on a database error). forUpdate locks the
    // row on PostgreSQL (SQLite's BEGIN IMMEDIATE already holds the write lock).
    static std::optional<Account> load(Database &db, const QString &login, bool forUpdate, QString *error,
                                       QString *passwordHash = nullptr);
    static bool loadAll(Database &db, QList<Account> *accounts, QString *error);
    static bool insert(Database &db, Account *account, const QString &passwordHash, QString *error);
    // Writes every field but the hash and created_at.
    static bool update(Database &db, const Account &account, QString *error);
    static bool setHash(Database &db, qint64 id, const QString &passwordHash, QString *error);
};

} // namespace exitdesk::accounts
