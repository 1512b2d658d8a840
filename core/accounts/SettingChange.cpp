#include "accounts/SettingChange.h"

#include "accounts/AuditEntry.h"
#include "accounts/AuditLog.h"
#include "accounts/Authorization.h"
#include "storage/Transaction.h"

namespace exitdesk {

bool SettingChange::apply(Database &db, const Actor &actor, const Clock &clock, const QString &name,
                          const QString &before, const QString &after, bool secret,
                          const std::function<bool(QString *error)> &write, QString *error)
{
    if (const std::optional<Finding> denied = Authorization::check(db, actor, Permission::SettingsEdit)) {
        if (error)
            *error = denied->message(actor.lang);
        return false;
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    // A key in the audit would be a key anyone with audit access could copy.
    const auto shown = [secret](const QString &value) {
        return QJsonValue(secret ? (value.isEmpty() ? QString() : QStringLiteral("(secret)")) : value);
    };
    if (!write(error))
        return false;
    if (!AuditLog::append(db,
                          AuditEntry::make(actor, clock, QStringLiteral("setting.change"), QStringLiteral("setting"),
                                           name, shown(before), shown(after)),
                          error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

} // namespace exitdesk
