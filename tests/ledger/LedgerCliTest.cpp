// `exitdesk-cli demo generate` and `exitdesk-cli ledger export` as a user runs them: the file
// read back with openpyxl and LibreOffice, compared with SQL counts, and identical under the
// Kazakh and Russian locales (decimal comma) and the C locale.
#include "LedgerTestSupport.h"

#include "TestSupport.h"
#include "ledger/LedgerColumns.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

class LedgerCliTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_db = s_dir->filePath(QStringLiteral("demo.sqlite"));
        QByteArray out, err;
        s_generated = runProgram(cliPath(),
                                 {QStringLiteral("demo"), QStringLiteral("generate"),
                                  QStringLiteral("--cases"), QStringLiteral("500"), QStringLiteral("--seed"),
                                  QStringLiteral("9"), QStringLiteral("--today"),
                                  QStringLiteral("2026-03-02"), QStringLiteral("--db"), s_db},
                                 {QStringLiteral("EXITDESK_LANG=en")}, &out, &err) == 0;
        if (!s_generated)
            qWarning("demo generate failed: %s", err.constData());
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(s_generated); }

    // Runs ledger export; returns the exit code.
    int exportLedger(const QString &file, const QStringList &extra,
                     const QString &locale = QStringLiteral("C.UTF-8"), QByteArray *err = nullptr)
    {
        QStringList args{
            QStringLiteral("ledger"), QStringLiteral("export"),     QStringLiteral("--db"), s_db,
            QStringLiteral("--on"),   QStringLiteral("2026-03-02"), QStringLiteral("-o"),   file};
        args << extra;
        return runProgram(cliPath(), args,
                          {QStringLiteral("LC_ALL=") + locale, QStringLiteral("LANG=") + locale}, nullptr,
                          err);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static qint64 sqlCount(const QString &sql)
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(s_db, &error);
        EXPECT_TRUE(db) << error.toStdString();
        QSqlQuery q(db->connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        return q.value(0).toLongLong();
    }
    static QMap<QString, qint64> sqlGroups(const QString &sql)
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(s_db, &error);
        QMap<QString, qint64> groups;
        QSqlQuery q(db->connection());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        while (q.next())
            groups.insert(q.value(0).toString(), q.value(1).toLongLong());
        return groups;
    }

    QTemporaryDir m_dir;
    static QTemporaryDir *s_dir;
    static QString s_db;
    static bool s_generated;
};

QTemporaryDir *LedgerCliTest::s_dir = nullptr;
QString LedgerCliTest::s_db;
bool LedgerCliTest::s_generated = false;

} // namespace

TEST_F(LedgerCliTest, ExportReadBackMatchesTheDatabase)
{
    ASSERT_EQ(exportLedger(path(QStringLiteral("r.xlsx")), {QStringLiteral("--lang"), QStringLiteral("ru")}),
              0);
    const QJsonObject book = readXlsx(path(QStringLiteral("r.xlsx")));
    EXPECT_EQ(book.value(QStringLiteral("sheets")).toArray(),
              QJsonArray({QStringLiteral("Реестр"), QStringLiteral("Итоги")}));
    const QJsonObject sheet =
        book.value(QStringLiteral("data")).toObject().value(QStringLiteral("Реестр")).toObject();
    const qint64 handedIn = sqlCount(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'draft'"));
    EXPECT_EQ(sheet.value(QStringLiteral("max_row")).toInt(), handedIn + 1);
    EXPECT_EQ(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    EXPECT_EQ(sheet.value(QStringLiteral("autofilter")).toString(),
              QStringLiteral("A1:W%1").arg(handedIn + 1));
    const QJsonArray cells = sheet.value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(cellText(cells, 0, 1), QStringLiteral("Фамилия"));
    EXPECT_EQ(cellText(cells, 0, 14), QStringLiteral("Дата подачи"));
    // The sheet deflated at the fastest level (ledger/FastZip), so that writing the file does not
    // take longer than reading the register.
    const QJsonObject sheetPart = book.value(QStringLiteral("zip"))
                                      .toObject()
                                      .value(QStringLiteral("xl/worksheets/sheet1.xml"))
                                      .toObject();
    EXPECT_EQ(sheetPart.value(QStringLiteral("method")).toInt(), 8); // deflated
    EXPECT_TRUE(sheetPart.value(QStringLiteral("fastest")).toBool());
    EXPECT_TRUE(book.value(QStringLiteral("zip_intact")).toBool());
    // Dates typed as dates with the dd.mm.yyyy format, in every line.
    for (int i = 1; i < cells.size(); ++i) {
        const QJsonObject submitted = cells.at(i).toArray().at(14).toObject();
        ASSERT_EQ(submitted.value(QStringLiteral("t")).toString(), QStringLiteral("d")) << i;
        EXPECT_EQ(submitted.value(QStringLiteral("f")).toString(), QStringLiteral("dd.mm.yyyy"));
        EXPECT_EQ(cells.at(i).toArray().at(0).toObject().value(QStringLiteral("t")).toString(),
                  QStringLiteral("n"));
    }

    // Totals equal SQL counts.
    const QJsonArray totals = sheetRows(book, QStringLiteral("Итоги"));
    QMap<QString, qint64> countries;
    QMap<QString, qint64> months;
    qint64 stageSum = 0;
    for (int i = 1; i < totals.size(); ++i) {
        const QString code = cellText(totals, i, 3);
        if (!code.isEmpty())
            countries.insert(code, cellText(totals, i, 5).toLongLong());
        const QJsonObject month = totals.at(i).toArray().at(7).toObject();
        if (month.value(QStringLiteral("t")).toString() == QLatin1String("d") &&
            cellText(totals, i, 8).toLongLong() > 0)
            months.insert(month.value(QStringLiteral("v")).toString().left(7),
                          cellText(totals, i, 8).toLongLong());
        const QString stage = cellText(totals, i, 0);
        if (!stage.isEmpty() && stage != QStringLiteral("Всего") &&
            !stage.startsWith(QStringLiteral("в т.ч.")))
            stageSum += cellText(totals, i, 1).toLongLong();
    }
    EXPECT_EQ(countries,
              sqlGroups(QStringLiteral("SELECT to_country, COUNT(*) FROM cases WHERE status <> 'draft' "
                                       "GROUP BY to_country")));
    EXPECT_EQ(months, sqlGroups(QStringLiteral("SELECT substr(submitted_at, 1, 7), COUNT(*) FROM cases "
                                               "WHERE status <> 'draft' GROUP BY 1")));
    EXPECT_EQ(stageSum, handedIn);
    EXPECT_EQ(book.value(QStringLiteral("data"))
                  .toObject()
                  .value(QStringLiteral("Итоги"))
                  .toObject()
                  .value(QStringLiteral("charts"))
                  .toInt(),
              1);
}

TEST_F(LedgerCliTest, KazakhAndBilingualHeadersWithKazakhLetters)
{
    ASSERT_EQ(exportLedger(path(QStringLiteral("kk.xlsx")), {QStringLiteral("--lang"), QStringLiteral("kk")}),
              0);
    ASSERT_EQ(
        exportLedger(path(QStringLiteral("both.xlsx")), {QStringLiteral("--lang"), QStringLiteral("both")}),
        0);
    const QJsonObject kk = readXlsx(path(QStringLiteral("kk.xlsx")));
    const QJsonArray kkCells = sheetRows(kk, QStringLiteral("Тізілім"));
    for (int c = 0; c < LedgerColumns::count(); ++c)
        EXPECT_EQ(cellText(kkCells, 0, c), LedgerColumns::all().at(c).headerKk);
    int kazakhNames = 0;
    static const QString kazakh = QString::fromUtf8("ӘҒҚҢӨҰҮҺІәғқңөұүһі");
    for (int i = 1; i < kkCells.size(); ++i) {
        const QString name = cellText(kkCells, i, 1) + cellText(kkCells, i, 2) + cellText(kkCells, i, 3);
        kazakhNames += std::any_of(name.begin(), name.end(), [](QChar ch) { return kazakh.contains(ch); });
    }
    EXPECT_GT(kazakhNames, 50);

    const QJsonObject both = readXlsx(path(QStringLiteral("both.xlsx")));
    const QJsonArray sheets = both.value(QStringLiteral("sheets")).toArray();
    ASSERT_EQ(sheets.size(), 2);
    const QJsonArray bothCells = sheetRows(both, sheets.at(0).toString());
    for (int c = 1; c < LedgerColumns::count(); ++c)
        EXPECT_EQ(cellText(bothCells, 0, c), LedgerColumns::all().at(c).headerKk + QLatin1Char('\n') +
                                                 LedgerColumns::all().at(c).headerRu);
}

TEST_F(LedgerCliTest, SameFileUnderKazakhRussianAndCLocales)
{
    for (const QString &locale :
         {QStringLiteral("C.UTF-8"), QStringLiteral("kk_KZ.UTF-8"), QStringLiteral("ru_RU.UTF-8")}) {
        QByteArray err;
        ASSERT_EQ(exportLedger(path(locale + QStringLiteral(".xlsx")),
                               {QStringLiteral("--lang"), QStringLiteral("both")}, locale, &err),
                  0)
            << err.toStdString();
    }
    const QByteArray c = fileBytes(path(QStringLiteral("C.UTF-8.xlsx")));
    ASSERT_FALSE(c.isEmpty());
    EXPECT_EQ(fileBytes(path(QStringLiteral("kk_KZ.UTF-8.xlsx"))), c);
    EXPECT_EQ(fileBytes(path(QStringLiteral("ru_RU.UTF-8.xlsx"))), c);
    // And again: the same data gives the same bytes.
    ASSERT_EQ(exportLedger(path(QStringLiteral("again.xlsx")),
                           {QStringLiteral("--lang"), QStringLiteral("both")}, QStringLiteral("kk_KZ.UTF-8")),
              0);
    EXPECT_EQ(fileBytes(path(QStringLiteral("again.xlsx"))), c);
}

TEST_F(LedgerCliTest, LibreOfficeOpensTheFile)
{
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        GTEST_FAIL() << "soffice missing: apt-get install libreoffice-calc-nogui (scripts/setup.sh --test)";
    ASSERT_EQ(exportLedger(path(QStringLiteral("lo.xlsx")), {QStringLiteral("--lang"), QStringLiteral("kk")}),
              0);
    QByteArray out, err;
    const int code =
        runProgram(QStringLiteral("soffice"),
                   {QStringLiteral("-env:UserInstallation=file://") + path(QStringLiteral("lo-profile")),
                    QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                    QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"), QStringLiteral("--outdir"),
                    path(QStringLiteral("csv")), path(QStringLiteral("lo.xlsx"))},
                   {}, &out, &err, 240000);
    ASSERT_EQ(code, 0) << err.toStdString();
    QFile csv(path(QStringLiteral("csv/lo.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly)) << out.toStdString() << err.toStdString();
    const QString text = QString::fromUtf8(csv.readAll());
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(),
              sqlCount(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'draft'")) + 1);
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("№,Тегі,Аты,Әкесінің аты,Туған күні,ЖСН")))
        << lines.first().toStdString();
    // LibreOffice shows the dates as dd.mm.yyyy.
    EXPECT_TRUE(lines.at(1).contains(QRegularExpression(QStringLiteral(",\\d\\d\\.\\d\\d\\.\\d{4},"))))
        << lines.at(1).toStdString();
}

TEST_F(LedgerCliTest, BadArgumentsWriteNothing)
{
    QByteArray err;
    EXPECT_EQ(exportLedger(path(QStringLiteral("x.xlsx")), {QStringLiteral("--lang"), QStringLiteral("de")},
                           QStringLiteral("C.UTF-8"), &err),
              2);
    EXPECT_EQ(exportLedger(path(QStringLiteral("x.xlsx")),
                           {QStringLiteral("--from"), QStringLiteral("01.01.2025")}),
              1);
    EXPECT_EQ(
        exportLedger(path(QStringLiteral("x.xlsx")), {QStringLiteral("--status"), QStringLiteral("lost")}),
        1);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.xlsx"))));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.xlsx.part"))));
}

TEST_F(LedgerCliTest, FiltersOnTheCommandLine)
{
    ASSERT_EQ(exportLedger(path(QStringLiteral("f.xlsx")),
                           {QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--country"),
                            QStringLiteral("RU"), QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                            QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--status"),
                            QStringLiteral("accepted")}),
              0);
    const QJsonObject book = readXlsx(path(QStringLiteral("f.xlsx")));
    const QJsonArray cells = sheetRows(book, QStringLiteral("Реестр"));
    EXPECT_EQ(cells.size() - 1,
              sqlCount(QStringLiteral(
                  "SELECT COUNT(*) FROM cases WHERE status = 'accepted' AND to_country = 'RU' AND "
                  "submitted_at >= '2025-01-01' AND submitted_at < '2026-01-01'")));
    for (int i = 1; i < cells.size(); ++i) {
        EXPECT_EQ(cellText(cells, i, 8), QStringLiteral("Россия"));
        EXPECT_TRUE(cells.at(i)
                        .toArray()
                        .at(14)
                        .toObject()
                        .value(QStringLiteral("v"))
                        .toString()
                        .startsWith(QStringLiteral("2025-")));
    }
}

TEST_F(LedgerCliTest, CsvHasTheSameLinesAsTheWorkbook)
{
    ASSERT_EQ(exportLedger(path(QStringLiteral("r.csv")), {QStringLiteral("--lang"), QStringLiteral("kk")}),
              0);
    QFile csv(path(QStringLiteral("r.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(),
              sqlCount(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'draft'")) + 1);
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("№,Тегі,Аты,Әкесінің аты,Туған күні,ЖСН")));
    // Office names hold commas ("Алматы қ., ..."): quoted.
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral(",\""))) << lines.at(1).toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("r.csv.part"))));
}
