// The role → permissions table, and the check every core operation makes before it changes
// data: permissions are enforced here, in core, so the command line and the desktop program
// refuse the same things (hidden buttons are only a courtesy).
#pragma once

#include "accounts/Actor.h"
#include "accounts/Permission.h"
#include "accounts/PermissionDenied.h"

#include <QList>

#include <optional>

namespace exitdesk {

class Permissions
{
public:
    static bool allows(Role role, Permission permission);
    static bool allows(const Actor &actor, Permission permission);
    static QList<Permission> granted(Role role);
    static QList<Role> rolesWith(Permission permission);

    // Nothing when the actor may do it, else the refusal:
    //   if (auto denied = Permissions::require(actor, Permission::DecisionSign))
    //       return fail(denied->message(lang));
    static std::optional<PermissionDenied> require(const Actor &actor, Permission permission);
    // The same for code that reports errors as a string: false and *error set to the
    // refusal in the actor's language (actor.lang).
    static bool require(const Actor &actor, Permission permission, QString *error);
};

} // namespace exitdesk
