// One change to be written to the audit log: who (login, role, workstation), when, what
// (action, entity kind and id) and the entity before and after as JSON. Built by the code
// that makes the change and passed to AuditLog::append inside the same transaction.
#pragma once

#include "accounts/Actor.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace exitdesk {

class Clock;

struct AuditEntry
{
    QDateTime at;
    QString actorLogin;
    QString actorRole; // role key, "setup" for the setup actor
    QString workstation;
    QString action;     // e.g. "case.accept", "account.add", "calendar.confirm", "setting.change"
    QString entityKind; // case | account | calendar | setting | destruction-act | database
    QString entityId;   // case number or id, login, year, setting key...
    QJsonValue before;  // null for a creation
    QJsonValue after;   // null for a deletion

    static AuditEntry make(const Actor &actor, const Clock &clock, const QString &action,
                           const QString &entityKind, const QString &entityId, const QJsonValue &before,
                           const QJsonValue &after);
    // The same with the time given (for code that is handed "now" rather than a clock).
    static AuditEntry make(const Actor &actor, const QDateTime &at, const QString &action, const QString &entityKind,
                           const QString &entityId, const QJsonValue &before, const QJsonValue &after);

    // A JSON value as compact, deterministic text (object keys sorted): how before/after are stored.
    static QString jsonText(const QJsonValue &value);
};

} // namespace exitdesk
