// Who works in this session of the desktop program. Called once after the database is open
// and before the main window is shown:
//     const std::optional<Actor> actor = LoginFlow::run(context, nullptr);
//     if (!actor) return 0; // the person cancelled: quit
// On an empty database the first-start dialog creates the administrator; otherwise (or if
// another workstation created the first account meanwhile) the login dialog asks for a login
// and password.
#pragma once

#include "AppContext.h"
#include "accounts/Actor.h"

#include <QString>

#include <optional>

class QWidget;

namespace exitdesk::ui {

class LoginFlow
{
public:
    // The logged-in staff member, or nothing when the person cancelled or the accounts cannot
    // be read (a message box then says why). context.database and context.clock are required.
    static std::optional<Actor> run(AppContext &context, QWidget *parent);

    // This computer's name, recorded in the audit as the workstation.
    static QString workstation();
};

} // namespace exitdesk::ui
