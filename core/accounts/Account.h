// A staff account as stored (without its password hash, which never leaves
// AccountRepository and Authenticator).
#pragma once

#include "accounts/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace exitdesk {

struct Account
{
    qint64 id = 0;
    QString login; // lower case: letters a-z, digits, '.', '_', '-'
    QString fullName;
    Role role = Role::Operator;
    bool disabled = false;  // locked by an administrator
    int failedAttempts = 0; // wrong passwords since the last success or lockout
    QDateTime lockedUntil;  // automatic lockout after repeated failures; null when none
    QDateTime createdAt;
    QDateTime updatedAt;

    bool lockedOutAt(const QDateTime &now) const { return lockedUntil.isValid() && now < lockedUntil; }
    // What the audit records as before/after (no hash, no counters that change on every login).
    QJsonObject toAuditJson() const;
};

} // namespace exitdesk
