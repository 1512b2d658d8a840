// Logging in: checks a login and password against the stored Argon2id hash, counts wrong
// passwords and locks the account for LockoutPolicy::kLockoutMinutes after
// LockoutPolicy::kMaxFailedAttempts of them. Time comes from the injected Clock.
#pragma once

#include "accounts/Actor.h"

#include <QDateTime>
#include <QString>

namespace exitdesk {

class Clock;
class Database;

enum class LoginStatus
{
    Ok,
    WrongCredentials, // unknown login or wrong password: deliberately the same answer
    LockedOut,        // too many wrong passwords; lockedUntil says until when
    Disabled,         // locked by an administrator
    Error,            // the database failed; error says why
};

struct LoginResult
{
    LoginStatus status = LoginStatus::Error;
    Actor actor;           // filled when status is Ok
    QDateTime lockedUntil; // when status is LockedOut
    int attemptsLeft = 0;  // when status is WrongCredentials and the login exists
    QString error;         // when status is Error (English, the driver's words)

    bool ok() const { return status == LoginStatus::Ok; }
    // What to tell the person at the keyboard, in "kk", "ru" or "en".
    QString message(const QString &lang) const;
};

class Authenticator
{
public:
    static LoginResult login(Database &db, const QString &login, const QString &password,
                             const QString &workstation, const Clock &clock);
};

} // namespace exitdesk
