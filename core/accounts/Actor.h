// Who performs an operation: the authenticated staff member, his or her role and the
// workstation. Every core operation that changes data or reads personal data receives one,
// checks it with Permissions::require and writes it into the audit record.
#pragma once

#include "accounts/Role.h"

#include <QString>

namespace exitdesk {

struct Actor
{
    qint64 accountId = 0;
    QString login;
    QString fullName;
    Role role = Role::Operator;
    QString workstation;                 // host name of the computer, for the audit
    QString lang = QStringLiteral("en"); // language of refusals reported to this actor

    // Set only by the programs while the accounts table is empty (first start, setup of a
    // new database): no one can log in yet, so nothing can be refused. Never stored.
    bool setup = false;

    // The actor of a database that has no accounts yet. Audited as "(setup)".
    static Actor setupActor(const QString &workstation, const QString &lang = QStringLiteral("en"))
    {
        Actor a;
        a.login = QStringLiteral("(setup)");
        a.role = Role::Administrator;
        a.workstation = workstation;
        a.lang = lang;
        a.setup = true;
        return a;
    }
};

// The desktop program keeps the logged-in actor for the whole session.
using Session = Actor;

} // namespace exitdesk
