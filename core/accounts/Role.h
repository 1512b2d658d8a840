// The four staff roles of an office. Stored as their key (operator | officer | head |
// administrator); shown to people by name in Kazakh, Russian or English.
#pragma once

#include <QList>
#include <QString>

namespace exitdesk {

enum class Role
{
    Operator,      // State Corporation counter: intake, receipts, handing out results
    Officer,       // migration police executor: checks, approvals, drafts
    Head,          // signs decisions and refusals, approves destruction acts
    Administrator, // accounts, calendar, settings, audit, backups
};

QList<Role> allRoles();
QString roleKey(Role role);
bool roleFromKey(const QString &key, Role *role);
// The role's name in "kk", "ru" or "en" (anything else: English).
QString roleName(Role role, const QString &lang);

} // namespace exitdesk
