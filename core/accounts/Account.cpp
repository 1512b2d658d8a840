#include "accounts/Account.h"

namespace exitdesk {

QJsonObject Account::toAuditJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("login"), login);
    o.insert(QStringLiteral("fullName"), fullName);
    o.insert(QStringLiteral("role"), roleKey(role));
    o.insert(QStringLiteral("disabled"), disabled);
    o.insert(QStringLiteral("lockedUntil"),
             lockedUntil.isValid() ? QJsonValue(lockedUntil.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
                                   : QJsonValue());
    return o;
}

} // namespace exitdesk
