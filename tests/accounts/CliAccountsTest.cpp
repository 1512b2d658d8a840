// The command line: accounts, logins and refusals through exitdesk-cli itself, as an office
// script would use it (passwords on standard input or in EXITDESK_PASSWORD, never arguments).
#include "AccountsTestSupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

class CliAccountsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("office.sqlite"));
    }

    CliRun cli(const QStringList &args, const QByteArray &stdinText = QByteArray(),
               const QString &password = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("EXITDESK_PASSWORD"));
        env.remove(QStringLiteral("EXITDESK_USER"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("EXITDESK_PASSWORD"), password);
        env.insert(QStringLiteral("EXITDESK_DB"), m_db);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        p.setProcessEnvironment(env);
        p.start(cliPath(), args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        p.write(stdinText);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(60000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    void setUpStaff()
    {
        ASSERT_EQ(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"),
                       QStringLiteral("--role"), QStringLiteral("administrator")},
                      "admin-pass-1\n")
                      .code,
                  0);
        ASSERT_EQ(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("op1"),
                       QStringLiteral("--role"), QStringLiteral("operator"), QStringLiteral("--user"),
                       QStringLiteral("admin")},
                      "admin-pass-1\noper-pass-1\n")
                      .code,
                  0);
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(CliAccountsTest, FirstAccountMustBeAdministrator)
{
    const CliRun r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("op1"),
                          QStringLiteral("--role"), QStringLiteral("operator")},
                         "oper-pass-1\n");
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("first account must be an administrator")))
        << r.err.toStdString();
    setUpStaff();
    const CliRun list = cli(
        {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("admin")},
        QByteArray(), QStringLiteral("admin-pass-1"));
    EXPECT_EQ(list.code, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("op1\toperator")));
    EXPECT_TRUE(list.out.contains(QStringLiteral("admin\tadministrator")));
}

TEST_F(CliAccountsTest, OperatorIsRefusedHeadAndAdministratorWork)
{
    setUpStaff();
    const QString op = QStringLiteral("oper-pass-1");
    const QList<QStringList> forbidden{
        {QStringLiteral("retention"), QStringLiteral("destroy"), QStringLiteral("--act"),
         QStringLiteral("1")},
        {QStringLiteral("backup"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("b.sqlite"))},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("evil"), QStringLiteral("--role"),
         QStringLiteral("head")},
        {QStringLiteral("audit"), QStringLiteral("list")},
        {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("admin")},
    };
    for (const QStringList &args : forbidden) {
        const CliRun r =
            cli(args + QStringList{QStringLiteral("--user"), QStringLiteral("op1")}, "new-password-1\n", op);
        EXPECT_EQ(r.code, 1) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("operator")) ||
                    r.err.contains(QStringLiteral("permission")))
            << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("b.sqlite"))));
    // Without a login nothing protected runs once accounts exist.
    const CliRun anonymous = cli({QStringLiteral("retention"), QStringLiteral("list")});
    EXPECT_EQ(anonymous.code, 1);
    EXPECT_TRUE(anonymous.err.contains(QStringLiteral("--user"))) << anonymous.err.toStdString();
}

TEST_F(CliAccountsTest, WrongPasswordsLockTheAccount)
{
    setUpStaff();
    for (int i = 0; i < 5; ++i) {
        const CliRun r = cli({QStringLiteral("retention"), QStringLiteral("list"), QStringLiteral("--user"),
                              QStringLiteral("op1")},
                             "wrong-password\n");
        EXPECT_EQ(r.code, 1);
    }
    const CliRun again = cli({QStringLiteral("retention"), QStringLiteral("list"), QStringLiteral("--user"),
                              QStringLiteral("op1")},
                             "oper-pass-1\n");
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("locked until"))) << again.err.toStdString();
    // The administrator unlocks.
    EXPECT_EQ(cli({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("op1"),
                   QStringLiteral("--user"), QStringLiteral("admin")},
                  "admin-pass-1\n")
                  .code,
              0);
    const CliRun after = cli({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("op1"),
                              QStringLiteral("--user"), QStringLiteral("op1")},
                             "oper-pass-1\nfresh-pass-2\n");
    EXPECT_EQ(after.code, 0) << after.err.toStdString();
}

TEST_F(CliAccountsTest, AuditVerifyNamesTheHandEditedRecord)
{
    setUpStaff();
    const CliRun ok = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("2 records")));
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_db, &error);
        ASSERT_TRUE(db);
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE audit_log SET actor_login = 'nobody' WHERE seq = 2")));
    }
    const CliRun bad = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("id 2"))) << bad.err.toStdString();
}
