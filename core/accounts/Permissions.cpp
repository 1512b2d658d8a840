#include "accounts/Permissions.h"

namespace exitdesk {

bool Permissions::allows(Role role, Permission permission)
{
    using P = Permission;
    switch (role) {
    case Role::Operator:
        switch (permission) {
        case P::CaseView:
        case P::CaseEdit:
        case P::CaseImport:
        case P::CaseAccept:
        case P::CaseRefuseAtIntake:
        case P::ReceiptIssue:
        case P::ResultIssue:
            return true;
        default:
            return false;
        }
    case Role::Officer:
        switch (permission) {
        case P::CaseView:
        case P::CaseEdit:
        case P::CaseCheck:
        case P::DraftPrepare:
        case P::LedgerExport:
        case P::RetentionList:
        case P::RetentionAct:
            return true;
        default:
            return false;
        }
    case Role::Head:
        // The head can do the officer's work on a case, and alone signs and destroys.
        switch (permission) {
        case P::CaseView:
        case P::CaseCheck:
        case P::DraftPrepare:
        case P::DecisionSign:
        case P::LedgerExport:
        case P::RetentionList:
        case P::RetentionAct:
        case P::RetentionDestroy:
            return true;
        default:
            return false;
        }
    case Role::Administrator:
        // No access to the cases themselves: administering the system is not case work.
        switch (permission) {
        case P::CalendarEdit:
        case P::CalendarConfirm:
        case P::SettingsEdit:
        case P::AccountsManage:
        case P::AuditView:
        case P::AuditVerify:
        case P::Backup:
        case P::Restore:
            return true;
        default:
            return false;
        }
    }
    return false;
}

bool Permissions::allows(const Actor &actor, Permission permission)
{
    return actor.setup || allows(actor.role, permission);
}

QList<Permission> Permissions::granted(Role role)
{
    QList<Permission> result;
    for (Permission p : allPermissions()) {
        if (allows(role, p))
            result << p;
    }
    return result;
}

QList<Role> Permissions::rolesWith(Permission permission)
{
    QList<Role> result;
    for (Role r : allRoles()) {
        if (allows(r, permission))
            result << r;
    }
    return result;
}

std::optional<PermissionDenied> Permissions::require(const Actor &actor, Permission permission)
{
    if (allows(actor, permission))
        return std::nullopt;
    PermissionDenied denied;
    denied.permission = permission;
    denied.role = actor.role;
    denied.login = actor.login;
    return denied;
}

bool Permissions::require(const Actor &actor, Permission permission, QString *error)
{
    const std::optional<PermissionDenied> denied = require(actor, permission);
    if (!denied)
        return true;
    if (error)
        *error = denied->message(actor.lang);
    return false;
}

} // namespace exitdesk
