// An office session through exitdesk-cli with every role: an operator trying head-only and
// administrator-only actions is refused (exit 1, the action and the role named) and nothing
// changes; the allowed actions of everybody end up in one intact audit chain, which a hand
// edit then breaks.
#include "AccountsTestSupport.h"
#include "calendar/CalendarJson.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

struct CliOutcome
{
    int code = -1;
    QString out;
    QString err;
};

class CliRolesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("office.sqlite"));
        ASSERT_EQ(cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--role"),
                       QStringLiteral("administrator")},
                      QString(), "admin-pass-1\n")
                      .code,
                  0);
        for (const auto &[login, role] : {std::pair{"op1", "operator"}, std::pair{"off1", "officer"},
                                          std::pair{"head1", "head"}}) {
            const CliOutcome r = cli({QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(login),
                               QStringLiteral("--role"), QString::fromLatin1(role)},
                              QStringLiteral("admin"), "admin-pass-1\n" + QByteArray(login) + "-pass-1\n");
            ASSERT_EQ(r.code, 0) << r.err.toStdString();
        }
    }

    // Runs as `user` (password "<user>-pass-1", or admin-pass-1) unless user is empty.
    CliOutcome cli(const QStringList &args, const QString &user = QString(), const QByteArray &input = QByteArray())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("EXITDESK_USER"));
        env.remove(QStringLiteral("EXITDESK_PASSWORD"));
        env.insert(QStringLiteral("EXITDESK_DB"), m_db);
        env.insert(QStringLiteral("EXITDESK_LANG"), QStringLiteral("en"));
        if (!user.isEmpty() && input.isEmpty()) {
            env.insert(QStringLiteral("EXITDESK_USER"), user);
            env.insert(QStringLiteral("EXITDESK_PASSWORD"),
                       user == QLatin1String("admin") ? QStringLiteral("admin-pass-1") : user + QStringLiteral("-pass-1"));
        }
        p.setProcessEnvironment(env);
        QStringList all = args;
        if (!user.isEmpty() && !input.isEmpty())
            all << QStringLiteral("--user") << user;
        p.start(cliPath(), all);
        p.write(input);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(60000));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // Rows of a table, to show a refused command changed nothing.
    int rows(const QString &table)
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_db, &error);
        EXPECT_TRUE(db) << error.toStdString();
        QSqlQuery q(db->connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next());
        return q.value(0).toInt();
    }

    QString yearFile(int year, const QDate &kurbanAit)
    {
        CalendarYear y;
        y.year = year;
        y.kurbanAit = kurbanAit;
        const QString path = m_dir.filePath(QStringLiteral("year-%1.json").arg(year));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(CalendarJson::yearFile(y));
        return path;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(CliRolesTest, OperatorIsRefusedHeadAndAdministratorActionsAndTheAuditChainHoldsEverything)
{
    const QString file = dataPath(QStringLiteral("cases/valid-family.json"));
    // Without a login nothing is read or written.
    CliOutcome r = cli({QStringLiteral("case"), QStringLiteral("import"), file});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--user"))) << r.err.toStdString();
    r = cli({QStringLiteral("case"), QStringLiteral("list")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(rows(QStringLiteral("cases")), 0);

    r = cli({QStringLiteral("case"), QStringLiteral("import"), file}, QStringLiteral("op1"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString number = r.out.trimmed();
    ASSERT_EQ(number, QStringLiteral("2026-000001"));
    // Password on standard input works as well (stdin import is not involved here).
    r = cli({QStringLiteral("case"), QStringLiteral("show"), number}, QStringLiteral("op1"), "op1-pass-1\n");
    EXPECT_EQ(r.code, 0) << r.err.toStdString();

    // The operator tries what only the head or the administrator may do.
    const int auditBefore = rows(QStringLiteral("audit_log"));
    r = cli({QStringLiteral("case"), QStringLiteral("event"), number, QStringLiteral("decision-recorded"),
             QStringLiteral("--at"), QStringLiteral("2026-11-25")},
            QStringLiteral("op1"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("operator"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("sign decisions"))) << r.err.toStdString();
    r = cli({QStringLiteral("case"), QStringLiteral("event"), number, QStringLiteral("refusal-issued")},
            QStringLiteral("op1"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("sign decisions"))) << r.err.toStdString();
    r = cli({QStringLiteral("calendar"), QStringLiteral("confirm"), QStringLiteral("2027")}, QStringLiteral("op1"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("operator"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("confirm a calendar year"))) << r.err.toStdString();
    const QString year2027 = yearFile(2027, QDate(2027, 5, 17));
    r = cli({QStringLiteral("calendar"), QStringLiteral("import"), year2027}, QStringLiteral("op1"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("edit the calendar"))) << r.err.toStdString();
    r = cli({QStringLiteral("forms"), QStringLiteral("settings"), QStringLiteral("office.name"), QStringLiteral("X")},
            QStringLiteral("op1"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("change settings"))) << r.err.toStdString();
    // The administrator does not see cases.
    r = cli({QStringLiteral("case"), QStringLiteral("list")}, QStringLiteral("admin"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("administrator"))) << r.err.toStdString();
    EXPECT_EQ(rows(QStringLiteral("case_events")), 0);
    EXPECT_EQ(rows(QStringLiteral("audit_log")), auditBefore) << "refusals write nothing, not even audit";

    // Everybody doing his or her own part.
    r = cli({QStringLiteral("case"), QStringLiteral("event"), number, QStringLiteral("registered"),
             QStringLiteral("--at"), QStringLiteral("2026-11-20T11:00")},
            QStringLiteral("off1"));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({QStringLiteral("calendar"), QStringLiteral("import"), year2027}, QStringLiteral("admin"));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({QStringLiteral("calendar"), QStringLiteral("confirm"), QStringLiteral("2027")}, QStringLiteral("admin"));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({QStringLiteral("forms"), QStringLiteral("settings"), QStringLiteral("office.name"),
             QStringLiteral("Астана қ. ХҚКО")},
            QStringLiteral("admin"));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();

    r = cli({QStringLiteral("audit"), QStringLiteral("list")}, QStringLiteral("admin"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    for (const char *action : {"account.add", "case.import", "case.event", "calendar.import", "calendar.confirm",
                               "setting.change"})
        EXPECT_TRUE(r.out.contains(QString::fromLatin1(action))) << action << "\n" << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("op1 (operator)")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("off1 (officer)")));

    // The audit's contents are for administrators: an operator is refused in core.
    r = cli({QStringLiteral("audit"), QStringLiteral("list")}, QStringLiteral("op1"));
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(r.out.contains(QStringLiteral("account.add"))) << r.out.toStdString();

    // Checking the chain needs no login: it shows no personal data.
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    const int records = rows(QStringLiteral("audit_log"));
    EXPECT_TRUE(r.out.contains(QStringLiteral("%1 records").arg(records))) << r.out.toStdString();

    // A hand edit of the import's record (who imported) is found.
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_db, &error);
        ASSERT_TRUE(db);
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE audit_log SET actor_login = 'head1' WHERE action = 'case.import'")));
    }
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("changed"))) << r.err.toStdString();
}
