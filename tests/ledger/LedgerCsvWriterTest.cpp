// The register as CSV: RFC 4180 quoting, ISO dates, one line per row.
#include "LedgerTestSupport.h"

#include "ledger/LedgerCsvWriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::test;

TEST(LedgerCsvWriterTest, QuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(LedgerCsvWriter::field(QStringLiteral("Сейітқали")), QStringLiteral("Сейітқали"));
    EXPECT_EQ(LedgerCsvWriter::field(QStringLiteral("Алматы қ., Алмалы")),
              QStringLiteral("\"Алматы қ., Алмалы\""));
    EXPECT_EQ(LedgerCsvWriter::field(QStringLiteral("ЖШС «Береке» \"X\"")),
              QStringLiteral("\"ЖШС «Береке» \"\"X\"\"\""));
    EXPECT_EQ(LedgerCsvWriter::field(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
}

TEST(LedgerCsvWriterTest, WritesHeaderAndRowsWithIsoDates)
{
    QTemporaryDir dir;
    const QList<LedgerRow> rows = sampleRows(5);
    VectorRowReader reader(rows);
    qint64 written = 0;
    QString error;
    const QString file = dir.filePath(QStringLiteral("r.csv"));
    ASSERT_TRUE(LedgerCsvWriter::write(reader, file, LedgerLanguage::Russian, &written, &error))
        << error.toStdString();
    EXPECT_EQ(written, 5);
    const QStringList lines =
        QString::fromUtf8(fileBytes(file)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("№,Фамилия,Имя,Отчество,Дата рождения,ИИН")));
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("1,Сейітқали,Айгерім,Бекқызы,") +
                                       rows.at(0).birthDate.toString(Qt::ISODate)));
}
