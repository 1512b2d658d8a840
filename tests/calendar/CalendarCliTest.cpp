// exitdesk-cli calendar due / check and the workflow commands, run as a user would.
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun cli(const QString &db, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EXITDESK_DB"), db);
    env.insert(QStringLiteral("EXITDESK_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(exitdesk::test::cliPath(), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST(CalendarCli, DuePrintsTheDateOnTheFirstLine)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    CliRun r = cli(db, {QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"), QStringLiteral("2026-03-20"),
                     QStringLiteral("--days"), QStringLiteral("1")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.split(QLatin1Char('\n')).first(), QStringLiteral("2026-03-26"));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Nauryz"))) << r.out.toStdString();
    r = cli(db, {QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"), QStringLiteral("2026-12-20"),
                 QStringLiteral("--days"), QStringLiteral("20")});
    EXPECT_EQ(r.out.split(QLatin1Char('\n')).first(), QStringLiteral("2027-01-20"));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Warning"))) << r.out.toStdString();
    r = cli(db, {QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"), QStringLiteral("20.03.2026"),
                 QStringLiteral("--days"), QStringLiteral("1")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.out.isEmpty());
    r = cli(db, {QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--days"), QStringLiteral("1")});
    EXPECT_EQ(r.code, 2);
}

TEST(CalendarCli, CheckReportsWhatAYearLacks)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    CliRun r = cli(db, {QStringLiteral("calendar"), QStringLiteral("check"), QStringLiteral("2027")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Kurban Ait is not entered"))) << r.out.toStdString();
    r = cli(db, {QStringLiteral("calendar"), QStringLiteral("check"), QStringLiteral("2026")});
    EXPECT_EQ(r.code, 0) << r.out.toStdString();
}

TEST(WorkflowCli, EventsAndOverdue)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    // Submitted Friday 2026-11-20 10:15; the service term ends Monday 21 December.
    CliRun r = cli(db, {QStringLiteral("case"), QStringLiteral("import"), exitdesk::test::dataPath(QStringLiteral("cases/valid-single.json"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString number = r.out.trimmed().split(QLatin1Char('\n')).last().trimmed();
    r = cli(db, {QStringLiteral("case"), QStringLiteral("event"), number, QStringLiteral("hearing-held"),
                 QStringLiteral("--at"), QStringLiteral("2026-11-23T10:00")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("registration"))) << r.err.toStdString();
    r = cli(db, {QStringLiteral("case"), QStringLiteral("event"), number, QStringLiteral("registered"),
                 QStringLiteral("--at"), QStringLiteral("2026-11-23T10:00"), QStringLiteral("--executor"), QStringLiteral("Officer")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    // Completeness check due Wednesday 25 November: due soon on the 24th, late on the 26th.
    r = cli(db, {QStringLiteral("overdue"), QStringLiteral("--on"), QStringLiteral("2026-11-24"), QStringLiteral("--json")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"due-soon\""))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\"2026-11-25\""))) << r.out.toStdString();
    r = cli(db, {QStringLiteral("overdue"), QStringLiteral("--on"), QStringLiteral("2026-11-26")});
    EXPECT_TRUE(r.out.contains(number + QStringLiteral("  "))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("completeness check"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 working days late"))) << r.out.toStdString();
    // Before the application was handed in there is nothing to report.
    r = cli(db, {QStringLiteral("overdue"), QStringLiteral("--on"), QStringLiteral("2026-11-19")});
    EXPECT_FALSE(r.out.contains(number)) << r.out.toStdString();
}
