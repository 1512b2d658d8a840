// Changing one office setting as an actor, for the stores of settings that live outside core
// (the print module's form_settings): Permission::SettingsEdit is checked here, in core, and
// the write runs in one transaction with its audit record ("setting.change", entity
// "setting", the old and new value; a secret value is recorded only as changed).
#pragma once

#include "accounts/Actor.h"

#include <QString>

#include <functional>

namespace exitdesk {

class Clock;
class Database;

class SettingChange
{
public:
    // Writes the setting through `write` (which reports failures in *error). False with *error
    // (in actor.lang for a refusal) when the actor may not, the write or the audit failed; then
    // nothing was changed.
    static bool apply(Database &db, const Actor &actor, const Clock &clock, const QString &name,
                      const QString &before, const QString &after, bool secret,
                      const std::function<bool(QString *error)> &write, QString *error);
};

} // namespace exitdesk
