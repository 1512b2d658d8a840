// exitdesk-cli iin check: the verdict, the decoded birth date and sex, in the chosen language;
// exit 0 valid, 1 invalid, 2 usage.
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(exitdesk::test::cliPath(), args);
    EXPECT_TRUE(p.waitForFinished(30000)) << "exitdesk-cli did not finish";
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST(IinCheckCli, ValidIinPrintsBirthDateAndSex)
{
    const CliRun r = runCli({QStringLiteral("iin"), QStringLiteral("check"), QStringLiteral("871008401427"),
                             QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("valid"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1987-10-08"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("female"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST(IinCheckCli, AnswersInTheUsersLanguage)
{
    const CliRun ru = runCli({QStringLiteral("iin"), QStringLiteral("check"), QStringLiteral("080229500012"),
                              QStringLiteral("--lang"), QStringLiteral("ru")});
    EXPECT_EQ(ru.exitCode, 0);
    EXPECT_TRUE(ru.out.contains(QStringLiteral("ИИН 080229500012 действителен"))) << ru.out.toStdString();
    EXPECT_TRUE(ru.out.contains(QStringLiteral("2008-02-29")));
    EXPECT_TRUE(ru.out.contains(QStringLiteral("мужской")));

    const CliRun kk = runCli({QStringLiteral("iin"), QStringLiteral("check"), QStringLiteral("871008401428"),
                              QStringLiteral("--lang"), QStringLiteral("kk")});
    EXPECT_EQ(kk.exitCode, 1);
    EXPECT_TRUE(kk.err.contains(QStringLiteral("жарамсыз"))) << kk.err.toStdString();
    EXPECT_TRUE(kk.err.contains(QStringLiteral("бақылау цифры"))) << kk.err.toStdString();
}

TEST(IinCheckCli, InvalidIinExitsOneAndSaysWhy)
{
    const CliRun r = runCli({QStringLiteral("iin"), QStringLiteral("check"), QStringLiteral("871008401428"),
                             QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("invalid"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("check digit"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();

    const CliRun format = runCli({QStringLiteral("iin"), QStringLiteral("check"), QStringLiteral("12345"),
                                  QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(format.exitCode, 1);
    EXPECT_TRUE(format.err.contains(QStringLiteral("12 digits"))) << format.err.toStdString();
}

TEST(IinCheckCli, JsonOutput)
{
    CliRun r = runCli({QStringLiteral("iin"), QStringLiteral("check"), QStringLiteral("871008401427"),
                       QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_TRUE(o.value(QStringLiteral("valid")).toBool()) << r.out.toStdString();
    EXPECT_EQ(o.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1987-10-08"));
    EXPECT_EQ(o.value(QStringLiteral("sex")).toString(), QStringLiteral("F"));
    EXPECT_TRUE(o.value(QStringLiteral("error")).isNull());

    // Both weighted passes give 10: no check digit can make this number valid.
    r = runCli({QStringLiteral("iin"), QStringLiteral("check"), QStringLiteral("871008400320"),
                QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_FALSE(o.value(QStringLiteral("valid")).toBool(true)) << r.out.toStdString();
    EXPECT_EQ(o.value(QStringLiteral("error")).toString(), QStringLiteral("iin.unassignable"));
    EXPECT_TRUE(o.value(QStringLiteral("birthDate")).isNull());
}

TEST(IinCheckCli, UsageErrorsExitTwo)
{
    EXPECT_EQ(runCli({QStringLiteral("iin"), QStringLiteral("check")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("iin"), QStringLiteral("check"), QStringLiteral("871008401427"),
                      QStringLiteral("871008401427")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("iin"), QStringLiteral("check"), QStringLiteral("871008401427"),
                      QStringLiteral("--verbose")})
                  .exitCode,
              2);
}
