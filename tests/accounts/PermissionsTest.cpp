// Roles are refused in core: the role → permission table and the refusal messages.
#include "accounts/Permissions.h"
#include "AccountsTestSupport.h"

using namespace exitdesk;
using namespace exitdesk::test;

TEST(Permissions, OperatorMayNotSignDecisionsConfirmCalendarOrDestroy)
{
    const Actor op = actorOf(QStringLiteral("aigerim"), Role::Operator);
    for (Permission p : {Permission::DecisionSign, Permission::CalendarConfirm, Permission::RetentionDestroy,
                         Permission::AccountsManage, Permission::Restore}) {
        const auto denied = Permissions::require(op, p);
        ASSERT_TRUE(denied) << permissionKey(p).toStdString();
        EXPECT_EQ(denied->permission, p);
        EXPECT_EQ(denied->role, Role::Operator);
    }
    EXPECT_FALSE(Permissions::require(op, Permission::CaseAccept));
    EXPECT_FALSE(Permissions::require(op, Permission::ReceiptIssue));
}

TEST(Permissions, EachRoleHasItsOwnWork)
{
    EXPECT_TRUE(Permissions::allows(Role::Head, Permission::DecisionSign));
    EXPECT_FALSE(Permissions::allows(Role::Officer, Permission::DecisionSign));
    EXPECT_TRUE(Permissions::allows(Role::Officer, Permission::DraftPrepare));
    EXPECT_TRUE(Permissions::allows(Role::Administrator, Permission::CalendarConfirm));
    EXPECT_FALSE(Permissions::allows(Role::Administrator, Permission::CaseView));
    EXPECT_FALSE(Permissions::allows(Role::Head, Permission::CaseAccept));
    EXPECT_EQ(Permissions::rolesWith(Permission::DecisionSign), QList<Role>{Role::Head});
    EXPECT_EQ(Permissions::rolesWith(Permission::RetentionDestroy), QList<Role>{Role::Head});
    EXPECT_EQ(Permissions::rolesWith(Permission::AccountsManage), QList<Role>{Role::Administrator});
    // Every permission belongs to some role, or nobody could ever do it.
    for (Permission p : allPermissions())
        EXPECT_FALSE(Permissions::rolesWith(p).isEmpty()) << permissionKey(p).toStdString();
}

TEST(Permissions, RefusalNamesActionAndRoleInEachLanguage)
{
    const Actor op = actorOf(QStringLiteral("aigerim"), Role::Operator);
    const auto denied = Permissions::require(op, Permission::DecisionSign);
    ASSERT_TRUE(denied);
    const QString en = denied->message(QStringLiteral("en"));
    const QString ru = denied->message(QStringLiteral("ru"));
    const QString kk = denied->message(QStringLiteral("kk"));
    EXPECT_TRUE(en.contains(QStringLiteral("operator"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("sign decisions and refusals"))) << en.toStdString();
    EXPECT_TRUE(ru.contains(QStringLiteral("оператор")) && ru.contains(QStringLiteral("подписание решений")))
        << ru.toStdString();
    EXPECT_TRUE(kk.contains(QStringLiteral("оператор")) && kk.contains(QStringLiteral("қол қою")))
        << kk.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("aigerim")));
    const Finding f = denied->toFinding();
    EXPECT_EQ(f.code, QStringLiteral("permission.denied"));
    EXPECT_EQ(f.path, QStringLiteral("permission.decision.sign"));
}

TEST(Permissions, StringFormUsesTheActorsLanguage)
{
    Actor op = actorOf(QStringLiteral("aigerim"), Role::Operator);
    op.lang = QStringLiteral("ru");
    QString error;
    EXPECT_FALSE(Permissions::require(op, Permission::CalendarConfirm, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("подтверждение года календаря"))) << error.toStdString();
    EXPECT_TRUE(Permissions::require(op, Permission::CaseAccept, &error));
}

TEST(Permissions, KeysRoundTrip)
{
    for (Permission p : allPermissions()) {
        Permission back = Permission::CaseView;
        ASSERT_TRUE(permissionFromKey(permissionKey(p), &back));
        EXPECT_EQ(back, p);
    }
    for (Role r : allRoles()) {
        Role back = Role::Operator;
        ASSERT_TRUE(roleFromKey(roleKey(r), &back));
        EXPECT_EQ(back, r);
    }
    Role r = Role::Head;
    EXPECT_FALSE(roleFromKey(QStringLiteral("root"), &r));
}
