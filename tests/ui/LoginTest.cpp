// The login dialog, the first start of an empty database and LoginFlow, driven through their
// widgets as a person at the keyboard would.
#include "AccountsUiTestSupport.h"
#include "accounts/AccountRepository.h"
#include "accounts/AuditLog.h"
#include "accounts/Authenticator.h"
#include "accounts/FirstStartDialog.h"
#include "accounts/LanguageSwitch.h"
#include "accounts/LockoutPolicy.h"
#include "accounts/LoginDialog.h"
#include "accounts/LoginFlow.h"
#include "accounts/PasswordFields.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace exitdesk::test {
namespace {

using ui::FirstStartDialog;
using ui::LoginDialog;

const QString kAdminPassword = QStringLiteral("Admin-password-1");
const QString kOfficerPassword = QStringLiteral("officer-secret-7");

LoginResult resultOf(LoginStatus status, const QDateTime &lockedUntil = QDateTime())
{
    LoginResult r;
    r.status = status;
    r.lockedUntil = lockedUntil;
    return r;
}

class LoginTest : public AccountsUiTest
{
protected:
    // Types a login and password and presses Enter in the password field.
    void attempt(LoginDialog &dialog, const QString &login, const QString &password)
    {
        dialog.loginEdit()->clear();
        QTest::keyClicks(dialog.loginEdit(), login);
        dialog.passwordEdit()->clear();
        QTest::keyClicks(dialog.passwordEdit(), password);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    }

    void fillFirstStart(FirstStartDialog &d, const QString &login, const QString &password,
                        const QString &repeat)
    {
        d.loginEdit()->clear();
        QTest::keyClicks(d.loginEdit(), login);
        d.fullNameEdit()->clear();
        typeText(d.fullNameEdit(), QStringLiteral("Сейітқали Әлия"));
        d.passwordFields()->password()->clear();
        QTest::keyClicks(d.passwordFields()->password(), password);
        d.passwordFields()->repeat()->clear();
        QTest::keyClicks(d.passwordFields()->repeat(), repeat);
    }
};

TEST_F(LoginTest, FirstStartCreatesTheAdministratorThroughTheDialog)
{
    ASSERT_EQ(AccountRepository::count(*db), 0);
    FirstStartDialog dialog(context(), QStringLiteral("ws-7"));
    dialog.show();

    // A short password is refused before anything is written.
    fillFirstStart(dialog, QStringLiteral("Admin"), QStringLiteral("short"), QStringLiteral("short"));
    EXPECT_TRUE(dialog.passwordFields()->hint()->property("error").toBool());
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.messageLabel()->isVisible());
    EXPECT_TRUE(dialog.messageLabel()->property("error").toBool());
    EXPECT_EQ(AccountRepository::count(*db), 0);

    // Two different passwords are refused too.
    fillFirstStart(dialog, QStringLiteral("Admin"), kAdminPassword, kAdminPassword + QStringLiteral("x"));
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(AccountRepository::count(*db), 0);

    fillFirstStart(dialog, QStringLiteral("Admin"), kAdminPassword, kAdminPassword);
    EXPECT_FALSE(dialog.passwordFields()->hint()->property("error").toBool());
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.messageLabel()->text().toStdString();

    ASSERT_TRUE(dialog.actor());
    EXPECT_EQ(dialog.actor()->login, QStringLiteral("admin"));
    EXPECT_EQ(dialog.actor()->role, Role::Administrator);
    EXPECT_EQ(dialog.actor()->workstation, QStringLiteral("ws-7"));
    EXPECT_FALSE(dialog.actor()->setup);
    const auto stored = AccountRepository::find(*db, QStringLiteral("admin"));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->role, Role::Administrator);
    EXPECT_EQ(stored->fullName, QStringLiteral("Сейітқали Әлия"));
    EXPECT_EQ(dialog.actor()->accountId, stored->id);

    // Audited as the first start, on this workstation.
    const QList<AuditRecord> audit = AuditLog::list(*db, AuditFilter(), nullptr);
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit.at(0).action, QStringLiteral("account.add"));
    EXPECT_EQ(audit.at(0).actorLogin, QStringLiteral("(setup)"));
    EXPECT_EQ(audit.at(0).workstation, QStringLiteral("ws-7"));

    // The account is in the file: another connection logs in with the password.
    QString error;
    const auto again = Database::open(databasePath(), &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_TRUE(
        Authenticator::login(*again, QStringLiteral("admin"), kAdminPassword, QStringLiteral("ws"), clock)
            .ok());
}

TEST_F(LoginTest, WrongPasswordShowsCoresMessageInTheChosenLanguage)
{
    addAccount(QStringLiteral("admin"), Role::Administrator, kAdminPassword);
    LoginDialog dialog(context(), QStringLiteral("ws-1"));
    dialog.show();
    EXPECT_FALSE(dialog.messageLabel()->isVisible());

    attempt(dialog, QStringLiteral("admin"), QStringLiteral("wrong-password"));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.actor());
    EXPECT_TRUE(dialog.messageLabel()->isVisible());
    EXPECT_EQ(dialog.messageLabel()->text(),
              resultOf(LoginStatus::WrongCredentials).message(QStringLiteral("kk")));
    EXPECT_TRUE(dialog.passwordEdit()->text().isEmpty()) << "the wrong password is cleared";

    // The language buttons switch the dialog, core's message included.
    QTest::mouseClick(dialog.languageSwitch()->button(QStringLiteral("ru")), Qt::LeftButton);
    EXPECT_EQ(language->code(), QStringLiteral("ru"));
    EXPECT_EQ(dialog.messageLabel()->text(),
              resultOf(LoginStatus::WrongCredentials).message(QStringLiteral("ru")));
    EXPECT_TRUE(dialog.languageSwitch()->button(QStringLiteral("ru"))->isChecked());

    // An unknown login gets the same answer.
    attempt(dialog, QStringLiteral("nobody"), QStringLiteral("whatever-1234"));
    EXPECT_EQ(dialog.messageLabel()->text(),
              resultOf(LoginStatus::WrongCredentials).message(QStringLiteral("ru")));
}

TEST_F(LoginTest, FiveWrongPasswordsLockTheAccountUntilTheLockoutEnds)
{
    addAccount(QStringLiteral("admin"), Role::Administrator, kAdminPassword);
    addAccount(QStringLiteral("bolat"), Role::Officer, kOfficerPassword);
    LoginDialog dialog(context(), QStringLiteral("ws-2"));
    dialog.show();

    for (int i = 1; i < LockoutPolicy::kMaxFailedAttempts; ++i) {
        attempt(dialog, QStringLiteral("bolat"), QStringLiteral("not-the-password"));
        ASSERT_TRUE(dialog.lastResult());
        EXPECT_EQ(dialog.lastResult()->status, LoginStatus::WrongCredentials) << "attempt " << i;
    }
    attempt(dialog, QStringLiteral("bolat"), QStringLiteral("not-the-password"));
    ASSERT_TRUE(dialog.lastResult());
    ASSERT_EQ(dialog.lastResult()->status, LoginStatus::LockedOut);
    const QDateTime until = clock.now().addSecs(60 * LockoutPolicy::kLockoutMinutes);
    EXPECT_EQ(dialog.lastResult()->lockedUntil, until);
    EXPECT_EQ(dialog.messageLabel()->text(),
              resultOf(LoginStatus::LockedOut, until).message(QStringLiteral("kk")));
    EXPECT_TRUE(dialog.messageLabel()->text().contains(until.toString(QStringLiteral("HH:mm"))));

    // Even the right password waits for the end of the lockout...
    attempt(dialog, QStringLiteral("bolat"), kOfficerPassword);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.lastResult()->status, LoginStatus::LockedOut);

    // ...and then logs in.
    clock.set(until.addSecs(60));
    attempt(dialog, QStringLiteral("Bolat"), kOfficerPassword);
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.messageLabel()->text().toStdString();
    ASSERT_TRUE(dialog.actor());
    EXPECT_EQ(dialog.actor()->login, QStringLiteral("bolat"));
    EXPECT_EQ(dialog.actor()->role, Role::Officer);
    EXPECT_EQ(dialog.actor()->workstation, QStringLiteral("ws-2"));
    EXPECT_EQ(dialog.actor()->lang, QStringLiteral("kk"));
}

TEST_F(LoginTest, AccountLockedByTheAdministratorIsToldSo)
{
    addAccount(QStringLiteral("admin"), Role::Administrator, kAdminPassword);
    addAccount(QStringLiteral("bolat"), Role::Officer, kOfficerPassword);
    Finding error;
    ASSERT_TRUE(AccountRepository::setDisabled(*db, m_admin, clock, QStringLiteral("bolat"), true, &error));

    LoginDialog dialog(context(), QStringLiteral("ws-3"));
    dialog.show();
    attempt(dialog, QStringLiteral("bolat"), kOfficerPassword);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.messageLabel()->text(), resultOf(LoginStatus::Disabled).message(QStringLiteral("kk")));
}

TEST_F(LoginTest, EscapeCancelsAndAnEmptyLoginIsNotSent)
{
    addAccount(QStringLiteral("admin"), Role::Administrator, kAdminPassword);
    LoginDialog dialog(context(), QStringLiteral("ws-4"));
    dialog.show();
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    EXPECT_FALSE(dialog.lastResult()) << "nothing was checked";
    EXPECT_TRUE(dialog.messageLabel()->isVisible());
    EXPECT_TRUE(dialog.loginEdit()->hasFocus() || !QApplication::focusWidget());

    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_FALSE(dialog.actor());
}

TEST_F(LoginTest, FlowOnAnEmptyDatabaseCreatesTheAdministrator)
{
    bool found = false;
    whenDialogOpens<FirstStartDialog>(
        [this](FirstStartDialog *d) {
            fillFirstStart(*d, QStringLiteral("chief"), kAdminPassword, kAdminPassword);
            QTest::keyClick(d->passwordFields()->repeat(), Qt::Key_Return);
        },
        &found);
    ui::AppContext ctx = context();
    const std::optional<Actor> actor = ui::LoginFlow::run(ctx, nullptr);
    EXPECT_TRUE(found);
    ASSERT_TRUE(actor);
    EXPECT_EQ(actor->login, QStringLiteral("chief"));
    EXPECT_EQ(actor->role, Role::Administrator);
    EXPECT_EQ(actor->workstation, ui::LoginFlow::workstation());
}

TEST_F(LoginTest, FlowAsksForTheLoginOnceAccountsExist)
{
    addAccount(QStringLiteral("admin"), Role::Administrator, kAdminPassword);
    addAccount(QStringLiteral("bolat"), Role::Officer, kOfficerPassword);
    bool found = false;
    whenDialogOpens<LoginDialog>(
        [this](LoginDialog *d) { attempt(*d, QStringLiteral("bolat"), kOfficerPassword); }, &found);
    ui::AppContext ctx = context();
    const std::optional<Actor> actor = ui::LoginFlow::run(ctx, nullptr);
    EXPECT_TRUE(found);
    ASSERT_TRUE(actor);
    EXPECT_EQ(actor->login, QStringLiteral("bolat"));

    whenDialogOpens<LoginDialog>([](LoginDialog *d) { QTest::keyClick(d, Qt::Key_Escape); });
    EXPECT_FALSE(ui::LoginFlow::run(ctx, nullptr)) << "cancelled";
}

} // namespace
} // namespace exitdesk::test
