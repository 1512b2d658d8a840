// The administrator's users screen and audit view, driven through their widgets.
#include "AccountsUiTestSupport.h"
#include "accounts/AccountRepository.h"
#include "accounts/AuditDialog.h"
#include "accounts/AuditLog.h"
#include "accounts/AuditModel.h"
#include "accounts/ChangeRoleDialog.h"
#include "accounts/NewAccountDialog.h"
#include "accounts/PasswordFields.h"
#include "accounts/Permissions.h"
#include "accounts/UsersDialog.h"
#include "accounts/UsersModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

namespace exitdesk::test {
namespace {

using ui::AuditDialog;
using ui::NewAccountDialog;
using ui::UsersDialog;

const QString kPassword = QStringLiteral("good-password-1");

class UsersAuditTest : public AccountsUiTest
{
protected:
    void SetUp() override
    {
        AccountsUiTest::SetUp();
        addAccount(QStringLiteral("admin"), Role::Administrator, kPassword);
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(db->connection());
        return q.exec(sql);
    }

    // Clicks a button and fills in the dialog it opens.
    template <typename T> bool clickAndFill(QPushButton *button, std::function<void(T *)> fill)
    {
        bool found = false;
        whenDialogOpens<T>(std::move(fill), &found);
        QTest::mouseClick(button, Qt::LeftButton);
        return found;
    }
};

TEST_F(UsersAuditTest, UsersScreenAddsAnOperator)
{
    UsersDialog users(context(), m_admin);
    users.show();
    ASSERT_EQ(users.model()->rowCount(), 1);

    const bool opened = clickAndFill<NewAccountDialog>(users.addButton(), [](NewAccountDialog *d) {
        QTest::keyClicks(d->loginEdit(), QStringLiteral("A.Nurlanova"));
        typeText(d->fullNameEdit(), QStringLiteral("Нұрланова Айгерім"));
        d->roleCombo()->setCurrentIndex(d->roleCombo()->findData(roleKey(Role::Operator)));
        QTest::keyClicks(d->passwordFields()->password(), kPassword);
        QTest::keyClicks(d->passwordFields()->repeat(), kPassword);
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    });
    ASSERT_TRUE(opened);

    const auto stored = AccountRepository::find(*db, QStringLiteral("a.nurlanova"));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->role, Role::Operator);
    EXPECT_EQ(stored->fullName, QStringLiteral("Нұрланова Айгерім"));
    EXPECT_FALSE(stored->disabled);

    // The list shows the new account with its role and state, selected.
    ASSERT_EQ(users.model()->rowCount(), 2);
    const int row = users.model()->rowOf(QStringLiteral("a.nurlanova"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(users.model()->index(row, ui::UsersModel::RoleColumn).data().toString(),
              roleName(Role::Operator, QStringLiteral("kk")));
    EXPECT_EQ(users.selectedLogin(), QStringLiteral("a.nurlanova"));
    EXPECT_FALSE(users.statusLabel()->property("error").toBool());

    // Added by the administrator, in the audit.
    AuditFilter filter;
    filter.entityId = QStringLiteral("a.nurlanova");
    const QList<AuditRecord> audit = AuditLog::list(*db, filter, nullptr);
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit.at(0).actorLogin, QStringLiteral("admin"));
}

TEST_F(UsersAuditTest, NewAccountDialogShowsCoresRefusalAndStaysOpen)
{
    NewAccountDialog dialog(context(), m_admin);
    dialog.show();
    QTest::keyClicks(dialog.loginEdit(), QStringLiteral("admin")); // exists already
    QTest::keyClicks(dialog.fullNameEdit(), QStringLiteral("Someone"));
    QTest::keyClicks(dialog.passwordFields()->password(), kPassword);
    QTest::keyClicks(dialog.passwordFields()->repeat(), kPassword);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.messageLabel()->property("error").toBool());
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("admin")));
    EXPECT_EQ(AccountRepository::count(*db), 1);
}

TEST_F(UsersAuditTest, LockUnlockAndTheLastAdministratorRefusal)
{
    addAccount(QStringLiteral("bolat"), Role::Officer, kPassword);
    UsersDialog users(context(), m_admin);
    users.show();

    ASSERT_TRUE(users.selectLogin(QStringLiteral("bolat")));
    QTest::mouseClick(users.lockButton(), Qt::LeftButton);
    EXPECT_TRUE(AccountRepository::find(*db, QStringLiteral("bolat"))->disabled);
    EXPECT_FALSE(users.lockButton()->isEnabled());
    EXPECT_TRUE(users.unlockButton()->isEnabled());
    QTest::mouseClick(users.unlockButton(), Qt::LeftButton);
    EXPECT_FALSE(AccountRepository::find(*db, QStringLiteral("bolat"))->disabled);

    // Core refuses to lock the only administrator; the screen says so in core's words.
    ASSERT_TRUE(users.selectLogin(QStringLiteral("admin")));
    QTest::mouseClick(users.lockButton(), Qt::LeftButton);
    EXPECT_FALSE(AccountRepository::find(*db, QStringLiteral("admin"))->disabled);
    EXPECT_TRUE(users.statusLabel()->property("error").toBool());
    Finding refusal;
    EXPECT_FALSE(
        AccountRepository::setDisabled(*db, m_admin, clock, QStringLiteral("admin"), true, &refusal));
    EXPECT_EQ(users.statusLabel()->text(), refusal.message(QStringLiteral("kk")));

    // The role is changed through its dialog.
    ASSERT_TRUE(users.selectLogin(QStringLiteral("bolat")));
    const bool opened = clickAndFill<ui::ChangeRoleDialog>(users.roleButton(), [](ui::ChangeRoleDialog *d) {
        d->roleCombo()->setCurrentIndex(d->roleCombo()->findData(roleKey(Role::Head)));
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    });
    ASSERT_TRUE(opened);
    EXPECT_EQ(AccountRepository::find(*db, QStringLiteral("bolat"))->role, Role::Head);
}

TEST_F(UsersAuditTest, TheSameRoleAgainChangesAndRecordsNothing)
{
    addAccount(QStringLiteral("oper1"), Role::Operator, kPassword);
    UsersDialog users(context(), m_admin);
    users.show();
    ASSERT_TRUE(users.selectLogin(QStringLiteral("oper1")));
    AuditFilter filter;
    filter.entityId = QStringLiteral("oper1");
    const int auditBefore = int(AuditLog::list(*db, filter, nullptr).size());
    const QString statusBefore = users.statusLabel()->isVisible() ? users.statusLabel()->text() : QString();

    // The dialog opens on the current role; OK (and Enter) does nothing until another is chosen.
    bool okWasEnabled = true;
    bool stayedOpen = false;
    const bool opened = clickAndFill<ui::ChangeRoleDialog>(users.roleButton(), [&](ui::ChangeRoleDialog *d) {
        EXPECT_EQ(d->roleCombo()->currentData().toString(), roleKey(Role::Operator));
        okWasEnabled = d->okButton()->isEnabled();
        QTest::keyClick(d->roleCombo(), Qt::Key_Return);
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
        stayedOpen = d->isVisible();
        // Another role and back: still nothing to change.
        d->roleCombo()->setCurrentIndex(d->roleCombo()->findData(roleKey(Role::Officer)));
        EXPECT_TRUE(d->okButton()->isEnabled());
        d->roleCombo()->setCurrentIndex(d->roleCombo()->findData(roleKey(Role::Operator)));
        EXPECT_FALSE(d->okButton()->isEnabled());
        test::snapshot(d, QStringLiteral("users-change-role-same"));
        d->reject();
    });
    ASSERT_TRUE(opened);
    EXPECT_FALSE(okWasEnabled);
    EXPECT_TRUE(stayedOpen);
    EXPECT_EQ(AccountRepository::find(*db, QStringLiteral("oper1"))->role, Role::Operator);
    EXPECT_EQ(int(AuditLog::list(*db, filter, nullptr).size()), auditBefore);
    const QString statusAfter = users.statusLabel()->isVisible() ? users.statusLabel()->text() : QString();
    EXPECT_EQ(statusAfter, statusBefore);
}

TEST_F(UsersAuditTest, NonAdministratorIsRefusedByCore)
{
    const Actor officer = addAccount(QStringLiteral("bolat"), Role::Officer, kPassword);
    UsersDialog users(context(), officer);
    EXPECT_EQ(users.model()->rowCount(), 0);
    EXPECT_TRUE(users.statusLabel()->property("error").toBool());
    EXPECT_EQ(users.statusLabel()->text(),
              Permissions::require(officer, Permission::AccountsManage)->message(QStringLiteral("kk")));

    AuditDialog audit(context(), officer);
    EXPECT_EQ(audit.model()->rowCount(), 0);
    EXPECT_TRUE(audit.statusLabel()->property("error").toBool());
}

TEST_F(UsersAuditTest, AuditViewListsVerifiesAndFindsAHandEdit)
{
    addAccount(QStringLiteral("bolat"), Role::Officer, kPassword);
    addAccount(QStringLiteral("dana"), Role::Operator, kPassword);
    Finding error;
    ASSERT_TRUE(
        AccountRepository::setRole(*db, m_admin, clock, QStringLiteral("dana"), Role::Officer, &error));
    const QList<AuditRecord> records = AuditLog::list(*db, AuditFilter(), nullptr);
    ASSERT_EQ(records.size(), 4);

    AuditDialog audit(context(), m_admin);
    audit.show();
    ASSERT_EQ(audit.model()->rowCount(), records.size());
    // Newest first.
    EXPECT_EQ(audit.model()->record(0)->id, records.last().id);
    EXPECT_EQ(audit.model()->index(0, ui::AuditModel::UserColumn).data().toString(), QStringLiteral("admin"));
    EXPECT_EQ(audit.model()->index(0, ui::AuditModel::TimeColumn).data().toString(),
              QStringLiteral("20.11.2026 10:15:00"));

    // The selected record shows the field that changed.
    audit.table()->selectRow(0);
    ASSERT_EQ(audit.diffTable()->rowCount(), 1);
    EXPECT_EQ(audit.diffTable()->item(0, 0)->text(), QStringLiteral("role"));
    EXPECT_EQ(audit.diffTable()->item(0, 1)->text(), QStringLiteral("operator"));
    EXPECT_EQ(audit.diffTable()->item(0, 2)->text(), QStringLiteral("officer"));

    // Filters: the records of one account.
    audit.entityIdEdit()->setText(QStringLiteral("dana"));
    audit.reload();
    EXPECT_EQ(audit.model()->rowCount(), 2);
    audit.entityIdEdit()->clear();
    audit.entityKindCombo()->setCurrentIndex(audit.entityKindCombo()->findData(QStringLiteral("case")));
    EXPECT_EQ(audit.model()->rowCount(), 0);
    audit.entityKindCombo()->setCurrentIndex(0);
    audit.userCombo()->setCurrentText(QStringLiteral("(setup)"));
    audit.reload();
    EXPECT_EQ(audit.model()->rowCount(), 1);
    audit.userCombo()->setCurrentText(QString());
    audit.reload();
    ASSERT_EQ(audit.model()->rowCount(), records.size());

    // The intact chain.
    QTest::mouseClick(audit.verifyButton(), Qt::LeftButton);
    const AuditVerification good = AuditLog::verify(*db);
    ASSERT_TRUE(good.ok);
    EXPECT_TRUE(audit.verifyLabel()->isVisible());
    EXPECT_FALSE(audit.verifyLabel()->property("error").toBool());
    EXPECT_TRUE(audit.verifyLabel()->text().contains(good.headHash))
        << audit.verifyLabel()->text().toStdString();

    // Someone edits the second record by hand (after removing the guard triggers).
    ASSERT_TRUE(exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    ASSERT_TRUE(exec(QStringLiteral("UPDATE audit_log SET after_json = replace(after_json, 'bolat', 'b0lat') "
                                    "WHERE seq = 2")));
    QTest::mouseClick(audit.verifyButton(), Qt::LeftButton);
    const AuditVerification bad = AuditLog::verify(*db);
    ASSERT_FALSE(bad.ok);
    EXPECT_EQ(bad.firstBadSeq, 2);
    EXPECT_TRUE(audit.verifyLabel()->property("error").toBool());
    EXPECT_TRUE(audit.verifyLabel()->text().contains(bad.reasonKk))
        << audit.verifyLabel()->text().toStdString();
    EXPECT_TRUE(audit.verifyLabel()->text().contains(QStringLiteral("2"))); // the record's number
    // The bad record is selected.
    const QModelIndexList selected = audit.table()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(audit.model()->record(selected.first().row())->id, bad.firstBadId);
}

} // namespace
} // namespace exitdesk::test
