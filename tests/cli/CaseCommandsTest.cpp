// exitdesk-cli init / case import / case list / case show against a SQLite file and the
// PostgreSQL test server: valid cases come back intact, broken ones are refused with the
// field named and leave the database as it was.
#include "CliRunner.h"
#include "PgScratchDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace exitdesk::test;

namespace {

enum class Backend
{
    SqliteFile,
    Postgres
};

QByteArray caseFile(const QString &name)
{
    QFile f(dataPath(QStringLiteral("cases/") + name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class CliCaseTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        if (GetParam() == Backend::Postgres) {
            if (postgresUrl().isEmpty())
                GTEST_SKIP() << "EXITDESK_TEST_PG is not set";
            m_scratch = std::make_unique<PgScratchDatabase>();
            ASSERT_FALSE(m_scratch->url().isEmpty()) << m_scratch->error().toStdString();
            m_db = m_scratch->url();
        } else {
            m_db = m_dir.filePath(QStringLiteral("cases.sqlite"));
        }
        const CliResult init = cli({QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    CliResult cli(QStringList args, const QByteArray &input = QByteArray(),
                  const QString &lang = QStringLiteral("en"))
    {
        args << QStringLiteral("--db") << m_db;
        return runCli(args, input, lang);
    }
    CliResult import(const QString &file, const QStringList &extra = {})
    {
        return cli(QStringList{QStringLiteral("case"), QStringLiteral("import"),
                               dataPath(QStringLiteral("cases/") + file)} +
                   extra);
    }
    QJsonArray listed(const QStringList &extra = {})
    {
        const CliResult r = cli(
            QStringList{QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QJsonObject shown(const QString &number)
    {
        const CliResult r =
            cli({QStringLiteral("case"), QStringLiteral("show"), number, QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    // Import must fail with exit 1, name every path given, and change nothing.
    void expectRefused(const QString &file, const QStringList &paths)
    {
        const QJsonArray before = listed();
        const CliResult r = import(file);
        EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << "no number printed: " << r.out.toStdString();
        for (const QString &path : paths)
            EXPECT_TRUE(r.err.contains(path + QStringLiteral(": ")))
                << path.toStdString() << " not named in:\n"
                << r.err.toStdString();
        EXPECT_EQ(listed(), before) << "the database must be unchanged";
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PgScratchDatabase> m_scratch;
    QString m_db;
};

} // namespace

TEST_P(CliCaseTest, ValidCasesComeBackIntactFromCaseShowJson)
{
    for (const QString &file : {QStringLiteral("valid-single.json"), QStringLiteral("valid-family.json")}) {
        SCOPED_TRACE(file.toStdString());
        const CliResult r = import(file);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QString number = r.out.trimmed();
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^2026-\\d{6}$")).match(number).hasMatch())
            << r.out.toStdString();
        QJsonObject expected = QJsonDocument::fromJson(caseFile(file)).object();
        expected.insert(QStringLiteral("number"), number);
        EXPECT_EQ(shown(number), expected);
    }
    const CliResult text =
        cli({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("2026-000002")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Жұмабаева Әлия Серікқызы"))) << text.out.toStdString();
}

TEST_P(CliCaseTest, AnArrayIsStoredWholeAndPrintsEachNumber)
{
    const CliResult r = import(QStringLiteral("valid-array.json"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList numbers = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(numbers, (QStringList{QStringLiteral("2026-000001"), QStringLiteral("2026-000002"),
                                    QStringLiteral("2026-000003")}));
    const QJsonArray input = QJsonDocument::fromJson(caseFile(QStringLiteral("valid-array.json"))).array();
    for (int i = 0; i < 3; ++i) {
        QJsonObject expected = input.at(i).toObject();
        expected.insert(QStringLiteral("number"), numbers.at(i));
        EXPECT_EQ(shown(numbers.at(i)), expected);
    }
}

TEST_P(CliCaseTest, ImportReadsStandardInput)
{
    const CliResult r = cli({QStringLiteral("case"), QStringLiteral("import"), QStringLiteral("-")},
                            caseFile(QStringLiteral("valid-single.json")));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("2026-000001"));
}

TEST_P(CliCaseTest, BrokenCasesAreRefusedWithTheFieldNamedAndNothingWritten)
{
    ASSERT_EQ(import(QStringLiteral("valid-single.json")).exitCode, 0); // something to keep unchanged
    expectRefused(QStringLiteral("broken-check-digit.json"), {QStringLiteral("applicant.iin")});
    expectRefused(QStringLiteral("broken-unknown-key.json"),
                  {QStringLiteral("applicant.favouriteColour"), QStringLiteral("children[0].birthDate")});
    expectRefused(QStringLiteral("broken-future-birth.json"), {QStringLiteral("children[0].birthDate")});
    expectRefused(QStringLiteral("broken-adult-child.json"), {QStringLiteral("children[1].birthDate")});
    expectRefused(QStringLiteral("broken-array.json"), {QStringLiteral("[1].applicant.iin")});
    EXPECT_EQ(listed().size(), 1);
}

TEST_P(CliCaseTest, UnknownKeyMessageIsInTheUsersLanguage)
{
    const QStringList args{QStringLiteral("case"), QStringLiteral("import"),
                           dataPath(QStringLiteral("cases/broken-unknown-key.json"))};
    EXPECT_TRUE(cli(args, {}, QStringLiteral("en"))
                    .err.contains(QStringLiteral("applicant.favouriteColour: unknown key")));
    EXPECT_TRUE(cli(args, {}, QStringLiteral("ru"))
                    .err.contains(QStringLiteral("applicant.favouriteColour: неизвестный ключ")));
    const CliResult kk = cli(args + QStringList{QStringLiteral("--lang"), QStringLiteral("kk")});
    EXPECT_TRUE(kk.err.contains(QStringLiteral("applicant.favouriteColour: белгісіз кілт")))
        << kk.err.toStdString();
}

TEST_P(CliCaseTest, MissingDocumentsRefuseUnlessStoredAsDraft)
{
    expectRefused(QStringLiteral("incomplete-package.json"),
                  {QStringLiteral("documents.state-duty-receipt"),
                   QStringLiteral("children[1].documents.guardianship-conclusion")});
    const CliResult refused = import(QStringLiteral("incomplete-package.json"));
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Өмірзая")))
        << "the missing conclusion names the child:\n"
        << refused.err.toStdString();

    const CliResult draft = import(QStringLiteral("incomplete-package.json"), {QStringLiteral("--draft")});
    ASSERT_EQ(draft.exitCode, 0) << draft.err.toStdString();
    EXPECT_TRUE(draft.out.trimmed().startsWith(QStringLiteral("draft #"))) << draft.out.toStdString();
    const QJsonArray drafts = listed({QStringLiteral("--status"), QStringLiteral("draft")});
    ASSERT_EQ(drafts.size(), 1);
    EXPECT_FALSE(drafts.first().toObject().contains(QStringLiteral("number")));
    EXPECT_TRUE(listed({QStringLiteral("--status"), QStringLiteral("accepted")}).isEmpty());

    const QJsonObject shownDraft = shown(draft.out.trimmed().mid(6)); // "#id"
    EXPECT_EQ(shownDraft,
              QJsonDocument::fromJson(caseFile(QStringLiteral("incomplete-package.json"))).object());
}

TEST_P(CliCaseTest, ListSearchesKazakhNamesInAnyLetterCase)
{
    ASSERT_EQ(import(QStringLiteral("valid-array.json")).exitCode, 0);
    ASSERT_EQ(import(QStringLiteral("valid-family.json")).exitCode, 0);
    const QJsonArray found = listed({QStringLiteral("--search"), QStringLiteral("ЖҰМАБАЕВА әлия")});
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().toObject().value(QStringLiteral("number")).toString(),
              QStringLiteral("2026-000004"));
    EXPECT_EQ(listed({QStringLiteral("--search"), QStringLiteral("OLGA")}).size(), 1);
    EXPECT_EQ(listed().size(), 4);
    const CliResult text = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--search"),
                                QStringLiteral("дәурен")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("2026-000003"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Оспанов Дәурен"))) << text.out.toStdString();
}

TEST_P(CliCaseTest, UnknownNumberAndBadUsage)
{
    const CliResult missing =
        cli({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("2026-123456")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("2026-123456")));
    EXPECT_EQ(cli({QStringLiteral("case"), QStringLiteral("show")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--status"),
                   QStringLiteral("lost")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("case"), QStringLiteral("import"), QStringLiteral("--bogus")}).exitCode, 2);
    const CliResult unreadable =
        cli({QStringLiteral("case"), QStringLiteral("import"), QStringLiteral("/no/such/file.json")});
    EXPECT_EQ(unreadable.exitCode, 1);
}

TEST_P(CliCaseTest, RenderTakesPrinterOffsetsOnlyWithinTheStoredLimit)
{
    const CliResult imported = import(QStringLiteral("valid-single.json"));
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QString number = imported.out.trimmed();
    const QString out = m_dir.filePath(QStringLiteral("receipt.pdf"));
    auto render = [&](const QString &x) {
        return cli({QStringLiteral("render"), QStringLiteral("receipt"), QStringLiteral("--case"), number,
                    QStringLiteral("--offset-x"), x, QStringLiteral("-o"), out});
    };
    // Beyond ±30 mm the form would leave the sheet: refused like a stored offset, no file.
    for (const QString &x : {QStringLiteral("31"), QStringLiteral("-30.5"), QStringLiteral("inf")}) {
        const CliResult r = render(x);
        EXPECT_EQ(r.exitCode, 1) << x.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("30"))) << r.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out)) << x.toStdString();
    }
    const CliResult inside = render(QStringLiteral("-30"));
    EXPECT_EQ(inside.exitCode, 0) << inside.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(out));
}

INSTANTIATE_TEST_SUITE_P(Backends, CliCaseTest, ::testing::Values(Backend::SqliteFile, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return info.param == Backend::Postgres ? "Postgres" : "SqliteFile";
                         });

TEST(CliInit, FailedImportLeavesNoDatabaseFileBehind)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("never.sqlite"));
    const CliResult r =
        runCli({QStringLiteral("case"), QStringLiteral("import"),
                dataPath(QStringLiteral("cases/broken-check-digit.json")), QStringLiteral("--db"), path});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(CliInit, DatabaseLocationComesFromTheEnvironmentWhenNoDbOption)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("env.sqlite"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EXITDESK_DB"), path);
    env.insert(QStringLiteral("EXITDESK_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(cliPath(), {QStringLiteral("init")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(QFileInfo::exists(path));
}

TEST(CliInit, BadLocationsGiveAClearErrorAndExitOne)
{
    QTemporaryDir dir;
    const CliResult unreachable =
        runCli({QStringLiteral("init"), QStringLiteral("--db"),
                QStringLiteral("postgresql://postgres@localhost/x?host=") + dir.path()});
    EXPECT_EQ(unreachable.exitCode, 1);
    EXPECT_TRUE(unreachable.err.contains(QStringLiteral("PostgreSQL server")))
        << unreachable.err.toStdString();
    const CliResult badUrl =
        runCli({QStringLiteral("init"), QStringLiteral("--db"), QStringLiteral("mysql://root@h/db")});
    EXPECT_EQ(badUrl.exitCode, 1);
    EXPECT_TRUE(badUrl.err.contains(QStringLiteral("mysql"))) << badUrl.err.toStdString();
}

TEST(CliConcurrency, ParallelArrayImportsIntoOneSqliteFileGetDistinctGapFreeNumbers)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("init"), QStringLiteral("--db"), path}).exitCode, 0);
    std::vector<std::unique_ptr<QProcess>> procs;
    for (int i = 0; i < 4; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(cliPath(),
                 {QStringLiteral("case"), QStringLiteral("import"),
                  dataPath(QStringLiteral("cases/valid-array.json")), QStringLiteral("--db"), path});
        procs.push_back(std::move(p));
    }
    QStringList numbers;
    for (auto &p : procs) {
        ASSERT_TRUE(p->waitForFinished(60000));
        EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
        numbers << QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    numbers.sort();
    QStringList expected;
    for (int n = 1; n <= 12; ++n)
        expected << QStringLiteral("2026-%1").arg(n, 6, 10, QLatin1Char('0'));
    EXPECT_EQ(numbers, expected);
}
