// Accounts and logging in: the first administrator, lockout after repeated wrong passwords
// (time from a FixedClock), locking by the administrator, and audit records of each change.
#include "AccountsTestSupport.h"
#include "accounts/AuditLog.h"
#include "accounts/Authenticator.h"
#include "accounts/LockoutPolicy.h"

#include <QSqlQuery>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

class AccountsTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        QString location = QStringLiteral(":memory:");
        if (QLatin1String(GetParam()) == QLatin1String("postgres")) {
            if (postgresUrl().isEmpty())
                GTEST_SKIP() << "EXITDESK_TEST_PG is not set";
            m_pg = std::make_unique<PgScratchDatabase>();
            ASSERT_FALSE(m_pg->url().isEmpty()) << m_pg->error().toStdString();
            location = m_pg->url();
        }
        QString error;
        m_db = Database::open(location, &error);
        ASSERT_TRUE(m_db) << error.toStdString();
    }
    void TearDown() override { m_db.reset(); }

    LoginResult login(const QString &password)
    {
        return Authenticator::login(*m_db, QStringLiteral("aigerim"), password, QStringLiteral("ws-2"),
                                    m_clock);
    }

    std::unique_ptr<PgScratchDatabase> m_pg;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{at("2026-11-20T10:00:00")};
};

} // namespace

TEST_P(AccountsTest, FirstAccountMustBeAnAdministrator)
{
    Finding error;
    const Actor setup = Actor::setupActor(QStringLiteral("ws"));
    EXPECT_FALSE(AccountRepository::add(*m_db, setup, m_clock, QStringLiteral("op"), QString(),
                                        Role::Operator, QStringLiteral("password-1"), &error));
    EXPECT_EQ(error.code, QStringLiteral("account.first-administrator"));
    EXPECT_EQ(AccountRepository::count(*m_db), 0);

    addAdministrator(*m_db, m_clock);
    EXPECT_EQ(AccountRepository::count(*m_db), 1);
    // Now the setup actor is no longer good for anything: nobody is in setup mode once an
    // administrator exists, and a non-administrator may not add accounts.
    const Actor op = actorOf(QStringLiteral("op"), Role::Operator);
    EXPECT_FALSE(AccountRepository::add(*m_db, op, m_clock, QStringLiteral("op2"), QString(), Role::Head,
                                        QStringLiteral("password-1"), &error));
    EXPECT_EQ(error.code, QStringLiteral("permission.denied"));
    EXPECT_EQ(AccountRepository::count(*m_db), 1);
}

TEST_P(AccountsTest, PasswordIsStoredOnlyAsItsHash)
{
    const Actor admin = addAdministrator(*m_db, m_clock);
    Finding error;
    ASSERT_TRUE(AccountRepository::add(*m_db, admin, m_clock, QStringLiteral("Aigerim"),
                                       QStringLiteral("Айгерім"), Role::Operator,
                                       QStringLiteral("secret-pass-77"), &error))
        << error.messageEn.toStdString();
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT login, password_hash FROM accounts WHERE login = 'aigerim'")));
    ASSERT_TRUE(q.next());
    EXPECT_NE(q.value(1).toString(), QStringLiteral("secret-pass-77"));
    EXPECT_FALSE(q.value(1).toString().contains(QStringLiteral("secret")));
    // Nor does the audit record of the creation carry it.
    for (const AuditRecord &r : AuditLog::list(*m_db, AuditFilter(), nullptr)) {
        EXPECT_FALSE(r.afterJson.contains(QStringLiteral("secret-pass-77")));
        EXPECT_FALSE(r.afterJson.contains(QStringLiteral("argon2")));
    }
    EXPECT_TRUE(login(QStringLiteral("secret-pass-77")).ok());
}

TEST_P(AccountsTest, FiveWrongPasswordsLockForFifteenMinutes)
{
    const Actor admin = addAdministrator(*m_db, m_clock);
    Finding error;
    ASSERT_TRUE(AccountRepository::add(*m_db, admin, m_clock, QStringLiteral("aigerim"), QString(),
                                       Role::Operator, QStringLiteral("right-password"), &error))
        << error.messageEn.toStdString();

    for (int i = 1; i < LockoutPolicy::kMaxFailedAttempts; ++i) {
        const LoginResult r = login(QStringLiteral("wrong-password"));
        EXPECT_EQ(r.status, LoginStatus::WrongCredentials) << i;
        EXPECT_EQ(r.attemptsLeft, LockoutPolicy::kMaxFailedAttempts - i);
    }
    const LoginResult fifth = login(QStringLiteral("wrong-password"));
    EXPECT_EQ(fifth.status, LoginStatus::LockedOut);
    EXPECT_EQ(fifth.lockedUntil, at("2026-11-20T10:15:00"));

    // Even the right password is refused during the lockout...
    m_clock.set(at("2026-11-20T10:14:59"));
    const LoginResult during = login(QStringLiteral("right-password"));
    EXPECT_EQ(during.status, LoginStatus::LockedOut);
    EXPECT_TRUE(during.message(QStringLiteral("ru")).contains(QStringLiteral("20.11.2026 10:15")));
    // ...and accepted when it is over.
    m_clock.set(at("2026-11-20T10:15:00"));
    const LoginResult after = login(QStringLiteral("right-password"));
    ASSERT_TRUE(after.ok()) << after.message(QStringLiteral("en")).toStdString();
    EXPECT_EQ(after.actor.login, QStringLiteral("aigerim"));
    EXPECT_EQ(after.actor.role, Role::Operator);
    EXPECT_EQ(after.actor.workstation, QStringLiteral("ws-2"));

    // The lockout is in the audit.
    AuditFilter f;
    f.entityKind = QStringLiteral("account");
    f.entityId = QStringLiteral("aigerim");
    QStringList actions;
    for (const AuditRecord &r : AuditLog::list(*m_db, f, nullptr))
        actions << r.action;
    EXPECT_EQ(actions, (QStringList{QStringLiteral("account.add"), QStringLiteral("account.lockout")}));
}

TEST_P(AccountsTest, SuccessResetsTheCount)
{
    const Actor admin = addAdministrator(*m_db, m_clock);
    Finding error;
    ASSERT_TRUE(AccountRepository::add(*m_db, admin, m_clock, QStringLiteral("aigerim"), QString(),
                                       Role::Operator, QStringLiteral("right-password"), &error))
        << error.messageEn.toStdString();
    for (int i = 0; i < LockoutPolicy::kMaxFailedAttempts - 1; ++i)
        login(QStringLiteral("wrong"));
    EXPECT_TRUE(login(QStringLiteral("right-password")).ok());
    for (int i = 0; i < LockoutPolicy::kMaxFailedAttempts - 1; ++i)
        EXPECT_EQ(login(QStringLiteral("wrong")).status, LoginStatus::WrongCredentials);
    EXPECT_TRUE(login(QStringLiteral("right-password")).ok());
}

TEST_P(AccountsTest, UnknownLoginLooksLikeAWrongPassword)
{
    addAdministrator(*m_db, m_clock);
    const LoginResult r = login(QStringLiteral("anything"));
    EXPECT_EQ(r.status, LoginStatus::WrongCredentials);
    EXPECT_EQ(r.message(QStringLiteral("en")), QStringLiteral("Wrong login or password."));
}

TEST_P(AccountsTest, AdministratorLocksAndUnlocks)
{
    const Actor admin = addAdministrator(*m_db, m_clock);
    Finding error;
    ASSERT_TRUE(AccountRepository::add(*m_db, admin, m_clock, QStringLiteral("aigerim"), QString(),
                                       Role::Operator, QStringLiteral("right-password"), &error))
        << error.messageEn.toStdString();
    ASSERT_TRUE(
        AccountRepository::setDisabled(*m_db, admin, m_clock, QStringLiteral("aigerim"), true, &error));
    EXPECT_EQ(login(QStringLiteral("right-password")).status, LoginStatus::Disabled);
    // A wrong password does not reveal that the account is locked.
    EXPECT_EQ(login(QStringLiteral("wrong-password")).status, LoginStatus::WrongCredentials);
    ASSERT_TRUE(
        AccountRepository::setDisabled(*m_db, admin, m_clock, QStringLiteral("aigerim"), false, &error));
    EXPECT_TRUE(login(QStringLiteral("right-password")).ok());

    // An operator may not lock anyone, and the last administrator cannot be locked.
    const Actor op = actorOf(QStringLiteral("aigerim"), Role::Operator);
    EXPECT_FALSE(AccountRepository::setDisabled(*m_db, op, m_clock, QStringLiteral("admin"), true, &error));
    EXPECT_EQ(error.code, QStringLiteral("permission.denied"));
    EXPECT_FALSE(
        AccountRepository::setDisabled(*m_db, admin, m_clock, QStringLiteral("admin"), true, &error));
    EXPECT_EQ(error.code, QStringLiteral("account.last-administrator"));
    EXPECT_FALSE(
        AccountRepository::setRole(*m_db, admin, m_clock, QStringLiteral("admin"), Role::Head, &error));
}

TEST_P(AccountsTest, OwnPasswordOnlyUnlessAdministrator)
{
    const Actor admin = addAdministrator(*m_db, m_clock);
    Finding error;
    ASSERT_TRUE(AccountRepository::add(*m_db, admin, m_clock, QStringLiteral("aigerim"), QString(),
                                       Role::Operator, QStringLiteral("right-password"), &error))
        << error.messageEn.toStdString();
    ASSERT_TRUE(AccountRepository::add(*m_db, admin, m_clock, QStringLiteral("bolat"), QString(), Role::Head,
                                       QStringLiteral("bolat-password"), &error));
    const Actor op = actorOf(QStringLiteral("aigerim"), Role::Operator);
    EXPECT_FALSE(AccountRepository::setPassword(*m_db, op, m_clock, QStringLiteral("bolat"),
                                                QStringLiteral("taken-over!"), &error));
    EXPECT_EQ(error.code, QStringLiteral("permission.denied"));
    ASSERT_TRUE(AccountRepository::setPassword(*m_db, op, m_clock, QStringLiteral("aigerim"),
                                               QStringLiteral("new-password"), &error));
    EXPECT_TRUE(login(QStringLiteral("new-password")).ok());
    EXPECT_EQ(login(QStringLiteral("right-password")).status, LoginStatus::WrongCredentials);
    ASSERT_TRUE(AccountRepository::setPassword(*m_db, admin, m_clock, QStringLiteral("aigerim"),
                                               QStringLiteral("reset-by-admin"), &error));
    EXPECT_TRUE(login(QStringLiteral("reset-by-admin")).ok());
}

TEST_P(AccountsTest, HostileLoginsAreRefused)
{
    const Actor admin = addAdministrator(*m_db, m_clock);
    Finding error;
    for (const QString &bad :
         {QStringLiteral("x"), QStringLiteral("'; DROP TABLE accounts; --"), QStringLiteral("a b"),
          QStringLiteral("-dash"), QString(65, QLatin1Char('a')), QStringLiteral("ай"),
          QStringLiteral("a\x01"
                         "b")}) {
        EXPECT_FALSE(AccountRepository::add(*m_db, admin, m_clock, bad, QString(), Role::Operator,
                                            QStringLiteral("password-1"), &error))
            << bad.toStdString();
        EXPECT_EQ(error.code, QStringLiteral("account.login"));
    }
    EXPECT_EQ(AccountRepository::count(*m_db), 1);
    EXPECT_FALSE(AccountRepository::add(*m_db, admin, m_clock, QStringLiteral("ADMIN"), QString(),
                                        Role::Operator, QStringLiteral("password-1"), &error));
    EXPECT_EQ(error.code, QStringLiteral("account.exists"));
}

TEST_P(AccountsTest, TheSameRoleAgainChangesNothingAndIsNotAudited)
{
    const Actor admin = addAdministrator(*m_db, m_clock);
    Finding error;
    ASSERT_TRUE(AccountRepository::add(*m_db, admin, m_clock, QStringLiteral("aigerim"), QString(),
                                       Role::Operator, QStringLiteral("right-password"), &error))
        << error.messageEn.toStdString();
    auto actions = [this] {
        AuditFilter f;
        f.entityKind = QStringLiteral("account");
        f.entityId = QStringLiteral("aigerim");
        QStringList out;
        for (const AuditRecord &r : AuditLog::list(*m_db, f, nullptr))
            out << r.action;
        return out;
    };
    EXPECT_TRUE(AccountRepository::setRole(*m_db, admin, m_clock, QStringLiteral("aigerim"), Role::Operator, &error));
    EXPECT_EQ(actions(), QStringList{QStringLiteral("account.add")});
    EXPECT_TRUE(AccountRepository::setRole(*m_db, admin, m_clock, QStringLiteral("aigerim"), Role::Officer, &error));
    EXPECT_EQ(actions(), (QStringList{QStringLiteral("account.add"), QStringLiteral("account.role")}));
}

INSTANTIATE_TEST_SUITE_P(Dialects, AccountsTest, ::testing::Values("sqlite", "postgres"));
