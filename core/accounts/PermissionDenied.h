// A refusal by Permissions::require: which action was refused to which role, with the
// message in Kazakh, Russian and English naming both.
#pragma once

#include "accounts/Permission.h"
#include "accounts/Role.h"
#include "validation/Finding.h"

#include <QString>

namespace exitdesk {

struct PermissionDenied
{
    Permission permission = Permission::CaseView;
    Role role = Role::Operator;
    QString login;

    // "The role “operator” is not permitted to sign decisions and refusals (user ivanov)."
    QString message(const QString &lang) const;
    // As a finding with code "permission.denied" and path "permission.<key>".
    Finding toFinding() const;
};

} // namespace exitdesk
