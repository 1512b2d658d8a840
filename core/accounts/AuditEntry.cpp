#include "accounts/AuditEntry.h"

#include "Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace exitdesk {

AuditEntry AuditEntry::make(const Actor &actor, const Clock &clock, const QString &action,
                            const QString &entityKind, const QString &entityId, const QJsonValue &before,
                            const QJsonValue &after)
{
    return make(actor, clock.now(), action, entityKind, entityId, before, after);
}

AuditEntry AuditEntry::make(const Actor &actor, const QDateTime &at, const QString &action,
                            const QString &entityKind, const QString &entityId, const QJsonValue &before,
                            const QJsonValue &after)
{
    AuditEntry e;
    e.at = at;
    e.actorLogin = actor.login;
    e.actorRole = actor.setup ? QStringLiteral("setup") : roleKey(actor.role);
    e.workstation = actor.workstation;
    e.action = action;
    e.entityKind = entityKind;
    e.entityId = entityId;
    e.before = before;
    e.after = after;
    return e;
}

QString AuditEntry::jsonText(const QJsonValue &value)
{
    // QJsonDocument holds only arrays and objects: wrap the value and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

} // namespace exitdesk
