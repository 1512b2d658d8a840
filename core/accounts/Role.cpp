#include "accounts/Role.h"

namespace exitdesk {

QList<Role> allRoles()
{
    return {Role::Operator, Role::Officer, Role::Head, Role::Administrator};
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Head:
        return QStringLiteral("head");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return QString();
}

bool roleFromKey(const QString &key, Role *role)
{
    for (Role r : allRoles()) {
        if (roleKey(r) == key) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString roleName(Role role, const QString &lang)
{
    const bool kk = lang == QLatin1String("kk");
    const bool ru = lang == QLatin1String("ru");
    switch (role) {
    case Role::Operator:
        return kk ? QStringLiteral("оператор") : ru ? QStringLiteral("оператор") : QStringLiteral("operator");
    case Role::Officer:
        return kk   ? QStringLiteral("көші-қон қызметкері")
               : ru ? QStringLiteral("сотрудник миграционной службы")
                    : QStringLiteral("migration officer");
    case Role::Head:
        return kk ? QStringLiteral("басшы") : ru ? QStringLiteral("руководитель") : QStringLiteral("head");
    case Role::Administrator:
        return kk   ? QStringLiteral("әкімші")
               : ru ? QStringLiteral("администратор")
                    : QStringLiteral("administrator");
    }
    return QString();
}

} // namespace exitdesk
