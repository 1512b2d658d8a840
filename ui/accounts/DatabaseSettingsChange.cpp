#include "accounts/DatabaseSettingsChange.h"

#include "accounts/AccountsUiSupport.h"
#include "accounts/Authorization.h"
#include "accounts/DatabaseSettings.h"
#include "accounts/LoginFlow.h"
#include "accounts/Permissions.h"
#include "accounts/SettingChange.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QRegularExpression>
#include <QStringList>

namespace exitdesk::ui {

QString DatabaseSettingsChange::shown(const QString &location)
{
    if (location.trimmed().isEmpty())
        return QStringLiteral("(default file)");
    DatabaseLocation loc;
    QString ignored;
    // An address that does not parse is not written: it could hold a password in clear.
    return DatabaseLocation::parse(location, &loc, &ignored) ? loc.display() : QStringLiteral("(invalid)");
}

DatabaseSettingsChange::Outcome DatabaseSettingsChange::apply(AppContext context, const QString &location)
{
    Outcome out;
    Actor actor = context.actor ? *context.actor : Actor::setupActor(LoginFlow::workstation());
    actor.lang = accounts::uiLang();
    // Refused before anything is tried: the refusal must not depend on which database answers.
    QString refusal;
    if (!context.actor && context.database && !Authorization::noAccounts(*context.database)) {
        out.refused = true;
        out.message = tr("Log in as an administrator to change the database settings.");
        return out;
    }
    if (!Permissions::require(actor, Permission::SettingsEdit, &refusal)) {
        out.refused = true;
        out.message = refusal;
        return out;
    }
    const QString previous = settings::databaseLocation.value();
    if (previous == location) {
        out.saved = true; // nothing changes, nothing to put on record
        return out;
    }
    const QString before = shown(previous);
    const QString after = shown(location);
    auto write = [&location](QString *) {
        settings::databaseLocation.setValue(location);
        return true;
    };

    // The record goes into the database being left, the one open now: its administrators are
    // the ones who see this workstation leave, and it is reachable (the program runs on it).
    // When it does not answer (the very reason to move, often), the database being joined
    // gets it instead, so the change is on record wherever the workstation works next.
    QString whyLeft;
    if (context.database && SettingChange::apply(*context.database, actor, *context.clock, settingName(),
                                                 before, after, false, write, &whyLeft)) {
        out.saved = out.audited = true;
        out.auditedIn = context.database->displayLocation();
        return out;
    }
    settings::databaseLocation.setValue(previous); // the failed attempt may have written it
    QString whyJoined;
    if (!location.trimmed().isEmpty()) {
        // Opening brings a new database's schema up to date, as the next start would.
        const std::unique_ptr<Database> joined = Database::open(location, &whyJoined);
        if (joined && SettingChange::apply(*joined, actor, *context.clock, settingName(), before, after,
                                           false, write, &whyJoined)) {
            out.saved = out.audited = true;
            out.auditedIn = joined->displayLocation();
            return out;
        }
        settings::databaseLocation.setValue(previous);
    }
    // Neither answers: the administrator must still be able to point the workstation at a
    // working database, so the choice is kept, and the screen says it is not on record.
    write(nullptr);
    out.saved = true;
    out.message =
        tr("The change is saved but could not be written to the audit log: neither the database open "
           "now nor the new one can be reached.\n%1")
            .arg(QStringList{whyLeft, whyJoined}
                     .filter(QRegularExpression(QStringLiteral("\\S")))
                     .join(QLatin1Char('\n')));
    return out;
}

} // namespace exitdesk::ui
