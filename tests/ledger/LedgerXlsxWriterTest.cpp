// The Excel export of rows built in code, read back with openpyxl.
#include "LedgerTestSupport.h"

#include "ledger/LedgerColumns.h"
#include "ledger/LedgerExporter.h"
#include "ledger/LedgerWords.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <clocale>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

LedgerXlsxWriter::Options options(LedgerLanguage language)
{
    LedgerXlsxWriter::Options o;
    o.language = language;
    o.createdAt = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
    return o;
}

LedgerExportResult exportRows(const QList<LedgerRow> &rows, const QString &path,
                              LedgerXlsxWriter::Options o = options(LedgerLanguage::Kazakh))
{
    VectorRowReader reader(rows);
    LedgerExporter exporter(std::move(o));
    return exporter.run(reader, path);
}

int columnOf(LedgerColumn column)
{
    const QList<LedgerColumnInfo> &all = LedgerColumns::all();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).column == column)
            return i;
    }
    return -1;
}

class LedgerXlsxWriterTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString path(const QString &name) const { return dir.filePath(name); }
};

} // namespace

TEST_F(LedgerXlsxWriterTest, KazakhHeadersTypedCellsFrozenHeaderAndAutofilter)
{
    const QList<LedgerRow> rows = sampleRows(25);
    const LedgerExportResult result = exportRows(rows, path(QStringLiteral("kk.xlsx")));
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.rows, 25);

    const QJsonObject book = readXlsx(path(QStringLiteral("kk.xlsx")));
    EXPECT_EQ(book.value(QStringLiteral("sheets")).toArray(),
              QJsonArray({QStringLiteral("Тізілім"), QStringLiteral("Қорытынды")}));
    const QJsonObject sheet =
        book.value(QStringLiteral("data")).toObject().value(QStringLiteral("Тізілім")).toObject();
    EXPECT_EQ(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    EXPECT_EQ(sheet.value(QStringLiteral("max_row")).toInt(), 26);
    EXPECT_EQ(sheet.value(QStringLiteral("max_column")).toInt(), LedgerColumns::count());
    EXPECT_EQ(sheet.value(QStringLiteral("autofilter")).toString(), QStringLiteral("A1:W26"));

    const QJsonArray cells = sheet.value(QStringLiteral("rows")).toArray();
    for (int c = 0; c < LedgerColumns::count(); ++c)
        EXPECT_EQ(cellText(cells, 0, c), LedgerColumns::all().at(c).headerKk) << c;
    EXPECT_EQ(cellText(cells, 0, columnOf(LedgerColumn::Surname)), QStringLiteral("Тегі"));

    for (int i = 0; i < rows.size(); ++i) {
        const QJsonArray line = cells.at(i + 1).toArray();
        const LedgerRow &r = rows.at(i);
        // Kazakh letters come back as written.
        EXPECT_EQ(cellText(cells, i + 1, columnOf(LedgerColumn::Surname)), r.surname);
        EXPECT_EQ(cellText(cells, i + 1, columnOf(LedgerColumn::Patronymic)), r.patronymic);
        // Dates are dates, shown dd.mm.yyyy.
        const QJsonObject birth = line.at(columnOf(LedgerColumn::BirthDate)).toObject();
        EXPECT_EQ(birth.value(QStringLiteral("t")).toString(), QStringLiteral("d"));
        EXPECT_EQ(birth.value(QStringLiteral("f")).toString(), QStringLiteral("dd.mm.yyyy"));
        EXPECT_EQ(birth.value(QStringLiteral("v")).toString(), r.birthDate.toString(Qt::ISODate));
        const QJsonObject submitted = line.at(columnOf(LedgerColumn::SubmittedOn)).toObject();
        EXPECT_EQ(submitted.value(QStringLiteral("t")).toString(), QStringLiteral("d"));
        EXPECT_EQ(submitted.value(QStringLiteral("v")).toString(), r.submittedOn.toString(Qt::ISODate));
        // An absent date is an empty cell, not a zero date.
        if (!r.decisionDate.isValid()) {
            EXPECT_TRUE(line.at(columnOf(LedgerColumn::DecisionDate)).isNull());
        }
        // Numbers are numbers; the IIN is text and keeps its leading zero.
        const QJsonObject seq = line.at(columnOf(LedgerColumn::Sequence)).toObject();
        EXPECT_EQ(seq.value(QStringLiteral("t")).toString(), QStringLiteral("n"));
        EXPECT_EQ(seq.value(QStringLiteral("v")).toInt(), i + 1);
        const QJsonObject children = line.at(columnOf(LedgerColumn::ChildrenCount)).toObject();
        EXPECT_EQ(children.value(QStringLiteral("t")).toString(), QStringLiteral("n"));
        EXPECT_EQ(children.value(QStringLiteral("v")).toInt(), r.children.size());
        const QJsonObject iin = line.at(columnOf(LedgerColumn::Iin)).toObject();
        EXPECT_EQ(iin.value(QStringLiteral("t")).toString(), QStringLiteral("s"));
        EXPECT_EQ(iin.value(QStringLiteral("v")).toString(), r.iin);
        EXPECT_EQ(cellText(cells, i + 1, columnOf(LedgerColumn::Country)),
                  LedgerWords::country(r.toCountry, LedgerLanguage::Kazakh));
    }
    EXPECT_TRUE(cellText(cells, 1, columnOf(LedgerColumn::Children)).contains(QStringLiteral("Әлия")));
    EXPECT_TRUE(cellText(cells, 1, columnOf(LedgerColumn::Children)).contains(QStringLiteral("02.05.2014")));

    // Column widths fit: the children column is wider than the № column.
    const QJsonObject widths = sheet.value(QStringLiteral("widths")).toObject();
    EXPECT_GT(widths.value(QStringLiteral("T")).toDouble(), widths.value(QStringLiteral("A")).toDouble());
    EXPECT_GE(widths.value(QStringLiteral("B")).toDouble(), 9.0); // "Сейітқали"
}

TEST_F(LedgerXlsxWriterTest, RussianAndBilingualHeaders)
{
    const QList<LedgerRow> rows = sampleRows(3);
    ASSERT_TRUE(exportRows(rows, path(QStringLiteral("ru.xlsx")), options(LedgerLanguage::Russian)).ok);
    ASSERT_TRUE(exportRows(rows, path(QStringLiteral("both.xlsx")), options(LedgerLanguage::Both)).ok);

    const QJsonObject ru = readXlsx(path(QStringLiteral("ru.xlsx")));
    EXPECT_EQ(ru.value(QStringLiteral("sheets")).toArray(),
              QJsonArray({QStringLiteral("Реестр"), QStringLiteral("Итоги")}));
    const QJsonArray ruCells = sheetRows(ru, QStringLiteral("Реестр"));
    for (int c = 0; c < LedgerColumns::count(); ++c)
        EXPECT_EQ(cellText(ruCells, 0, c), LedgerColumns::all().at(c).headerRu) << c;
    EXPECT_EQ(cellText(ruCells, 0, columnOf(LedgerColumn::Surname)), QStringLiteral("Фамилия"));
    EXPECT_EQ(cellText(ruCells, 1, columnOf(LedgerColumn::Country)), QStringLiteral("Германия"));
    EXPECT_EQ(cellText(ruCells, 2, columnOf(LedgerColumn::Country)), QStringLiteral("Россия"));

    const QJsonObject both = readXlsx(path(QStringLiteral("both.xlsx")));
    const QJsonArray sheets = both.value(QStringLiteral("sheets")).toArray();
    ASSERT_EQ(sheets.size(), 2);
    const QJsonArray bothCells = sheetRows(both, sheets.at(0).toString());
    EXPECT_EQ(cellText(bothCells, 0, columnOf(LedgerColumn::Surname)), QStringLiteral("Тегі\nФамилия"));
    EXPECT_EQ(cellText(bothCells, 0, columnOf(LedgerColumn::Country)),
              QStringLiteral("Шығу елі\nСтрана выезда"));
    EXPECT_EQ(cellText(bothCells, 2, columnOf(LedgerColumn::Country)), QStringLiteral("Ресей / Россия"));
}

TEST_F(LedgerXlsxWriterTest, TotalsSheetCountsStagesCountriesAndMonthsWithAChart)
{
    const QList<LedgerRow> rows = sampleRows(60);
    ASSERT_TRUE(exportRows(rows, path(QStringLiteral("t.xlsx")), options(LedgerLanguage::Russian)).ok);
    const QJsonObject book = readXlsx(path(QStringLiteral("t.xlsx")));
    const QJsonObject totals =
        book.value(QStringLiteral("data")).toObject().value(QStringLiteral("Итоги")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("charts")).toInt(), 1);
    const QJsonArray cells = totals.value(QStringLiteral("rows")).toArray();

    QMap<QString, int> stageExpected;
    QMap<QString, int> countryExpected;
    QMap<QString, int> monthExpected;
    for (const LedgerRow &r : rows) {
        ++stageExpected[LedgerWords::stage(r.stage, LedgerLanguage::Russian)];
        ++countryExpected[r.toCountry];
        ++monthExpected[r.submittedOn.toString(QStringLiteral("yyyy-MM-01"))];
    }
    QMap<QString, int> stageFound;
    QMap<QString, int> countryFound;
    QMap<QString, int> monthFound;
    int stageTotal = -1;
    for (int i = 1; i < cells.size(); ++i) {
        const QString stage = cellText(cells, i, 0);
        if (stage == QStringLiteral("Всего"))
            stageTotal = cellText(cells, i, 1).toInt();
        else if (!stage.isEmpty() && !stage.startsWith(QStringLiteral("в т.ч.")))
            stageFound[stage] = cellText(cells, i, 1).toInt();
        if (!cellText(cells, i, 3).isEmpty())
            countryFound[cellText(cells, i, 3)] = cellText(cells, i, 5).toInt();
        const QJsonObject month = cells.at(i).toArray().at(7).toObject();
        if (month.value(QStringLiteral("t")).toString() == QLatin1String("d")) {
            EXPECT_EQ(month.value(QStringLiteral("f")).toString(), QStringLiteral("mm.yyyy"));
            const int n = cellText(cells, i, 8).toInt();
            if (n > 0) // months without cases are listed with 0 so the chart has no gaps
                monthFound[month.value(QStringLiteral("v")).toString()] = n;
        }
    }
    EXPECT_EQ(stageFound, stageExpected);
    EXPECT_EQ(countryFound, countryExpected);
    EXPECT_EQ(monthFound, monthExpected);
    EXPECT_EQ(stageTotal, rows.size());
}

TEST_F(LedgerXlsxWriterTest, RowsBeyondASheetContinueOnTheNextSheet)
{
    const QList<LedgerRow> rows = sampleRows(20);
    LedgerXlsxWriter::Options o = options(LedgerLanguage::Kazakh);
    o.rowsPerSheet = 7;
    const LedgerExportResult result = exportRows(rows, path(QStringLiteral("split.xlsx")), o);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.registerSheets, 3);

    const QJsonObject book = readXlsx(path(QStringLiteral("split.xlsx")));
    EXPECT_EQ(book.value(QStringLiteral("sheets")).toArray(),
              QJsonArray({QStringLiteral("Тізілім"), QStringLiteral("Тізілім (2)"),
                          QStringLiteral("Тізілім (3)"), QStringLiteral("Қорытынды")}));
    int seq = 0;
    for (const QString &sheetName :
         {QStringLiteral("Тізілім"), QStringLiteral("Тізілім (2)"), QStringLiteral("Тізілім (3)")}) {
        const QJsonObject sheet = book.value(QStringLiteral("data")).toObject().value(sheetName).toObject();
        EXPECT_EQ(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"))
            << sheetName.toStdString();
        const QJsonArray cells = sheet.value(QStringLiteral("rows")).toArray();
        EXPECT_EQ(cellText(cells, 0, 1), QStringLiteral("Тегі"));
        for (int i = 1; i < cells.size(); ++i)
            EXPECT_EQ(cellText(cells, i, 0).toInt(), ++seq);
    }
    EXPECT_EQ(seq, 20);
}

TEST_F(LedgerXlsxWriterTest, ALargeRegisterReadsBackWholeFromItsDeflatedBlocks)
{
    // About 7 MB of sheet XML: deflated in several blocks on two threads (ledger/FastZip).
    const int n = 6000;
    const QList<LedgerRow> rows = sampleRows(n);
    const LedgerExportResult result =
        exportRows(rows, path(QStringLiteral("large.xlsx")), options(LedgerLanguage::Russian));
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    const QJsonObject book = readXlsx(path(QStringLiteral("large.xlsx")));
    EXPECT_TRUE(book.value(QStringLiteral("zip_intact")).toBool());
    const QJsonObject sheetPart = book.value(QStringLiteral("zip"))
                                      .toObject()
                                      .value(QStringLiteral("xl/worksheets/sheet1.xml"))
                                      .toObject();
    EXPECT_EQ(sheetPart.value(QStringLiteral("method")).toInt(), 8);
    EXPECT_TRUE(sheetPart.value(QStringLiteral("fastest")).toBool());
    const QJsonArray cells = sheetRows(book, QStringLiteral("Реестр"));
    ASSERT_EQ(cells.size(), n + 1);
    const int surname = columnOf(LedgerColumn::Surname);
    const int iin = columnOf(LedgerColumn::Iin);
    for (int i = 0; i < n; i += 997) { // lines from every block
        EXPECT_EQ(cellText(cells, i + 1, 0).toInt(), i + 1);
        EXPECT_EQ(cellText(cells, i + 1, surname), rows.at(i).surname) << i;
        EXPECT_EQ(cellText(cells, i + 1, iin), rows.at(i).iin) << i;
    }
    EXPECT_EQ(cellText(cells, n, surname), rows.last().surname);
}

TEST_F(LedgerXlsxWriterTest, CancelledExportLeavesNoFileAndKeepsTheOldOne)
{
    const QString target = path(QStringLiteral("c.xlsx"));
    {
        QFile old(target);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old export");
    }
    VectorRowReader reader(sampleRows(500));
    std::atomic_bool cancel{false};
    LedgerExporter exporter(options(LedgerLanguage::Kazakh));
    qint64 lastDone = 0;
    exporter.setProgress(
        [&](qint64 done, qint64 total) {
            EXPECT_EQ(total, 500);
            lastDone = done;
            if (done >= 100)
                cancel = true;
        },
        50);
    exporter.setCancelFlag(&cancel);
    const LedgerExportResult result = exporter.run(reader, target);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.cancelled);
    EXPECT_EQ(lastDone, 100);
    EXPECT_EQ(fileBytes(target), QByteArray("old export"));
    EXPECT_FALSE(QFile::exists(LedgerExporter::partPath(target)));

    VectorRowReader reader2(sampleRows(10));
    std::atomic_bool cancelNow{true};
    LedgerExporter exporter2(options(LedgerLanguage::Kazakh));
    exporter2.setCancelFlag(&cancelNow);
    EXPECT_TRUE(exporter2.run(reader2, path(QStringLiteral("never.xlsx"))).cancelled);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("never.xlsx"))));
    EXPECT_FALSE(QFile::exists(LedgerExporter::partPath(path(QStringLiteral("never.xlsx")))));
}

TEST_F(LedgerXlsxWriterTest, ProgressCountsUpToTheTotal)
{
    VectorRowReader reader(sampleRows(250));
    LedgerExporter exporter(options(LedgerLanguage::Kazakh));
    QList<qint64> seen;
    exporter.setProgress(
        [&](qint64 done, qint64 total) {
            EXPECT_EQ(total, 250);
            seen << done;
        },
        100);
    ASSERT_TRUE(exporter.run(reader, path(QStringLiteral("p.xlsx"))).ok);
    EXPECT_EQ(seen, (QList<qint64>{100, 200, 250}));
}

TEST_F(LedgerXlsxWriterTest, SameBytesWhateverTheLocaleAndTheHour)
{
    const QList<LedgerRow> rows = sampleRows(40);
    const std::string saved = std::setlocale(LC_ALL, nullptr);
    ASSERT_TRUE(exportRows(rows, path(QStringLiteral("c.xlsx"))).ok);
    for (const char *locale : {"kk_KZ.UTF-8", "ru_RU.UTF-8"}) {
        if (!std::setlocale(LC_ALL, locale)) {
            ADD_FAILURE() << "locale " << locale << " missing: run scripts/setup.sh --test";
            continue;
        }
        const QString name = QString::fromLatin1(locale) + QStringLiteral(".xlsx");
        EXPECT_TRUE(exportRows(rows, path(name)).ok);
        std::setlocale(LC_ALL, saved.c_str());
        EXPECT_EQ(fileBytes(path(name)), fileBytes(path(QStringLiteral("c.xlsx")))) << locale;
    }
    std::setlocale(LC_ALL, saved.c_str());
    const QJsonObject book = readXlsx(path(QStringLiteral("c.xlsx")));
    EXPECT_EQ(book.value(QStringLiteral("created")).toString(), QStringLiteral("2025-06-01T00:00:00"));
}

TEST_F(LedgerXlsxWriterTest, AnEmptyRegisterIsStillAValidWorkbook)
{
    const LedgerExportResult result = exportRows({}, path(QStringLiteral("e.xlsx")));
    ASSERT_TRUE(result.ok);
    const QJsonObject book = readXlsx(path(QStringLiteral("e.xlsx")));
    const QJsonObject sheet =
        book.value(QStringLiteral("data")).toObject().value(QStringLiteral("Тізілім")).toObject();
    EXPECT_EQ(sheet.value(QStringLiteral("max_row")).toInt(), 1);
    EXPECT_EQ(sheet.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
}

TEST_F(LedgerXlsxWriterTest, AnUnwritableDestinationFailsWithoutAFile)
{
    const LedgerExportResult result = exportRows(sampleRows(3), path(QStringLiteral("no/such/dir/x.xlsx")));
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.cancelled);
    EXPECT_FALSE(result.error.isEmpty());
}
