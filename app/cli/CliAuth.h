// Who runs a command of exitdesk-cli, and whether he or she may. Commands that change data
// or show personal data call requireActor() after opening the database and hand the Actor
// to core, which checks the permission again (Permissions::require) and audits with it.
//
//   --user LOGIN (or EXITDESK_USER): the account; its password comes from the environment
//   variable EXITDESK_PASSWORD, else from the first line of standard input (asked for without
//   echo on a terminal). Passwords are never accepted as arguments: ps shows arguments.
//
// A database without any account is not set up yet: commands then run as the setup actor
// (Actor::setupActor), so `init`, the first `user add` and scripts on fresh databases work.
// From the first account on, every protected command needs a login.
#pragma once

#include "CliContext.h"
#include "accounts/Actor.h"
#include "accounts/Permission.h"

#include <QSet>
#include <QString>

#include <optional>

namespace exitdesk {
class Database;
}

namespace exitdesk::cli {

// The value options every protected command must accept in ctx.parse: {"user"}.
QSet<QString> authOptions();
// options + authOptions(), for ctx.parse(withAuthOptions({"db", ...}), flags).
QSet<QString> withAuthOptions(QSet<QString> options);

// The authenticated actor allowed to do `needed`, or nothing after printing why (in the
// user's language; the command then returns ExitBadInput). Wrong passwords count towards
// the lockout like in the desktop program.
std::optional<Actor> requireActor(CliContext &ctx, Database &db, Permission needed);
// The same without a permission check (e.g. changing one's own password).
std::optional<Actor> authenticate(CliContext &ctx, Database &db);

// This computer's name, as written into audit records.
QString workstationName();

// The next line of standard input without its line end; on a terminal the prompt goes to
// stderr and the typed text is not echoed. Null at end of input.
QString readSecretLine(const QString &prompt);

} // namespace exitdesk::cli
