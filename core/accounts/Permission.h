// What a staff member may do. Core operations name the permission they need and call
// Permissions::require; which role holds which permission is the table in Permissions.cpp.
#pragma once

#include <QList>
#include <QString>

namespace exitdesk {

enum class Permission
{
    // State Corporation counter (operator)
    CaseView,           // see cases and their personal data
    CaseEdit,           // create and edit questionnaires (drafts)
    CaseImport,         // import cases from JSON
    CaseAccept,         // accept a package at the counter (assigns the number)
    CaseRefuseAtIntake, // refuse to accept an incomplete package (Annex 5)
    ReceiptIssue,       // print receipts (Annex 4, 5)
    ResultIssue,        // hand out the result, take the identity card back
    // Migration police (officer, head)
    CaseCheck,        // registration, completeness check, data entry, approvals and answers
    DraftPrepare,     // prepare decision and refusal drafts, hearing notices
    DecisionSign,     // record (sign) a decision or a refusal
    LedgerExport,     // export the register of exit cases
    RetentionList,    // list cases whose retention period ended
    RetentionAct,     // draw up a destruction act
    RetentionDestroy, // confirm a destruction act: delete the personal data
    // Administrator
    CalendarEdit,    // edit or import the production calendar
    CalendarConfirm, // confirm a calendar year as complete
    SettingsEdit,    // office settings
    AccountsManage,  // add accounts, change roles, lock, unlock, reset passwords
    AuditView,       // read the audit log
    AuditVerify,     // verify the audit chain
    Backup,          // make a backup copy of the database
    Restore,         // replace a database by a backup
};

QList<Permission> allPermissions();
// Stable key, e.g. "decision.sign"; used in messages to scripts and in tests.
QString permissionKey(Permission permission);
bool permissionFromKey(const QString &key, Permission *permission);
// What the permission allows, in "kk", "ru" or "en": "sign decisions and refusals".
QString permissionName(Permission permission, const QString &lang);

} // namespace exitdesk
