#include "accounts/PermissionDenied.h"

namespace exitdesk {

QString PermissionDenied::message(const QString &lang) const
{
    const QString action = permissionName(permission, lang);
    const QString who = roleName(role, lang);
    if (lang == QLatin1String("kk"))
        return QStringLiteral("«%1» рөліне рұқсат жоқ: %2 (пайдаланушы %3).").arg(who, action, login);
    if (lang == QLatin1String("ru"))
        return QStringLiteral("Роли «%1» не разрешено: %2 (пользователь %3).").arg(who, action, login);
    return QStringLiteral("The role “%1” is not permitted to %2 (user %3).").arg(who, action, login);
}

Finding PermissionDenied::toFinding() const
{
    Finding f;
    f.code = QStringLiteral("permission.denied");
    f.path = QStringLiteral("permission.") + permissionKey(permission);
    f.severity = Severity::Error;
    f.messageKk = message(QStringLiteral("kk"));
    f.messageRu = message(QStringLiteral("ru"));
    f.messageEn = message(QStringLiteral("en"));
    return f;
}

} // namespace exitdesk
