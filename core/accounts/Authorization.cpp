#include "accounts/Authorization.h"

#include "accounts/Permissions.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

namespace exitdesk {

namespace {

Finding refusal(const char *code, const QString &en, const QString &ru, const QString &kk)
{
    Finding f;
    f.code = QString::fromLatin1(code);
    f.path = QStringLiteral("permission");
    f.severity = Severity::Error;
    f.messageEn = en;
    f.messageRu = ru;
    f.messageKk = kk;
    return f;
}

Finding noLogin()
{
    return refusal("permission.no-login",
                   QStringLiteral("nobody is logged in: this database has staff accounts, so every change "
                                  "needs a login"),
                   QStringLiteral("вход не выполнен: в этой базе есть учётные записи, любое изменение "
                                  "требует входа"),
                   QStringLiteral("кіру орындалмаған: бұл дерекқорда есептік жазбалар бар, кез келген "
                                  "өзгеріс кіруді талап етеді"));
}

} // namespace

bool Authorization::noAccounts(Database &db)
{
    // Deliberately not AccountRepository::count: that pulls the password hashing into every
    // program that only stores cases (the fuzz targets link this file).
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM accounts")) && q.next() && q.value(0).toLongLong() == 0;
}

std::optional<Finding> Authorization::check(Database &db, const Actor &actor, Permission permission)
{
    if (actor.setup) {
        if (noAccounts(db))
            return std::nullopt;
        return noLogin();
    }
    if (const std::optional<PermissionDenied> denied = Permissions::require(actor, permission))
        return denied->toFinding();
    return std::nullopt;
}

std::optional<Actor> Authorization::resolve(Database &db, const std::optional<Actor> &given, Permission permission,
                                            Finding *out)
{
    const QString host = QSysInfo::machineHostName();
    const Actor actor = given ? *given : Actor::setupActor(host.isEmpty() ? QStringLiteral("unknown") : host);
    if (const std::optional<Finding> denied = check(db, actor, permission)) {
        if (out)
            *out = *denied;
        return std::nullopt;
    }
    return actor;
}

} // namespace exitdesk
