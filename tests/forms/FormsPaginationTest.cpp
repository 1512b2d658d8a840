// Long content (6 children, 12 relatives, 10 work records, 9 grounds, many missing documents)
// flows onto further pages: nothing lost, table headers repeated, pages numbered, and the
// layout checks of the short forms still hold. Two copies double the pages, each numbered.
#include "FormFactory.h"
#include "FormTestData.h"
#include "PdfExporter.h"
#include "PdfReadBack.h"

#include <QBuffer>
#include <QSet>
#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::forms;

namespace {

test::PdfReadBack readBack(const OfficialForm &form)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(PdfExporter::write(form, &buffer));
    return test::PdfReadBack::read(buffer.data());
}

void expectInsideMargins(const test::PdfReadBack &r)
{
    for (const test::PdfWord &w : r.words) {
        ASSERT_TRUE(w.boxMm.left() >= 10 && w.boxMm.top() >= 10 && w.boxMm.right() <= 200 && w.boxMm.bottom() <= 287)
            << w.text.toStdString() << " on page " << w.page + 1;
    }
}

TEST(FormsPagination, LongQuestionnaireFlowsWithRepeatedHeadersAndPageNumbers)
{
    const Case c = test::longCase();
    const auto form = FormFactory::make(FormKind::Questionnaire, test::formData(FormKind::Questionnaire, FormLanguage::Both, c));
    const int pages = form->pageCount();
    ASSERT_GT(pages, 1);
    const test::PdfReadBack r = readBack(*form);
    ASSERT_EQ(r.pageTexts.size(), pages);
    expectInsideMargins(r);
    for (int i = 0; i < pages; ++i) {
        EXPECT_TRUE(r.pageTexts.at(i).contains(QStringLiteral("Бет %1/%2 / Стр. %1/%2").arg(i + 1).arg(pages)))
            << "page " << i + 1;
    }
    for (const Relative &rel : c.relatives)
        EXPECT_TRUE(r.allText.contains(rel.iin)) << rel.iin.toStdString();
    for (const Child &ch : c.children)
        EXPECT_TRUE(r.allText.contains(ch.iin)) << ch.iin.toStdString();
    for (const WorkRecord &w : c.workHistory)
        EXPECT_TRUE(r.allText.contains(w.organisation)) << w.organisation.toStdString();
    // Every page with a row of a table also has that table's header (header cells wrap, so
    // look for a word of the header).
    for (int i = 0; i < pages; ++i) {
        const QString &text = r.pageTexts.at(i);
        QSet<QString> words;
        for (const test::PdfWord &w : r.words) {
            if (w.page == i)
                words.insert(w.text);
        }
        bool relativeRow = false, workRow = false;
        for (const Relative &rel : c.relatives)
            relativeRow = relativeRow || text.contains(rel.iin);
        for (const WorkRecord &w : c.workHistory)
            workRow = workRow || text.contains(w.organisation);
        if (relativeRow) {
            EXPECT_TRUE(words.contains(QStringLiteral("дәрежесі"))) << "page " << i + 1;
        }
        if (workRow) {
            EXPECT_TRUE(words.contains(QStringLiteral("Лауазымы"))) << "page " << i + 1;
        }
    }
}

TEST(FormsPagination, AllNineGroundsAndEveryMissingDocumentArePrinted)
{
    FormData refusal = test::formData(FormKind::Refusal, FormLanguage::Both, test::longCase());
    refusal.grounds = test::allGrounds();
    const auto form = FormFactory::make(FormKind::Refusal, refusal);
    const test::PdfReadBack r = readBack(*form);
    expectInsideMargins(r);
    for (const QString &phrase : {QStringLiteral("9. атқарушылық іс жүргізу бойынша борышкер болып табылса"),
                                  QStringLiteral("1. знает сведения, составляющие государственные"),
                                  QStringLiteral("5. мерзімді әскери қызметін өткеріп жатса"),
                                  QStringLiteral("8. имеет налоговую задолженность — до ее полного погашения")})
        EXPECT_TRUE(r.allText.contains(phrase)) << phrase.toStdString();
    if (form->pageCount() > 1) {
        EXPECT_TRUE(r.pageTexts.last().contains(QStringLiteral("Бет %1/%1").arg(form->pageCount())));
    }

    FormData intake = test::formData(FormKind::RefusalToAccept, FormLanguage::Both, test::longCase());
    for (int i = 0; i < 14; ++i)
        intake.missingDocuments << MissingDocument{QStringLiteral("Баланың туу туралы куәлігі №%1").arg(i + 1),
                                                   QStringLiteral("Свидетельство о рождении ребёнка №%1").arg(i + 1), false};
    const auto receipt = FormFactory::make(FormKind::RefusalToAccept, intake);
    const test::PdfReadBack rr = readBack(*receipt);
    expectInsideMargins(rr);
    EXPECT_GT(receipt->pageCount(), 1);
    for (int i = 0; i < intake.missingDocuments.size(); ++i)
        EXPECT_TRUE(rr.allText.contains(QStringLiteral("%1) ").arg(i + 1) + intake.missingDocuments.at(i).nameKk))
            << i + 1;
}

TEST(FormsPagination, TwoCopiesPrintEveryPageTwice)
{
    FormData d = test::formData(FormKind::Receipt, FormLanguage::Kazakh);
    const auto one = FormFactory::make(FormKind::Receipt, d);
    d.copies = 2;
    const auto two = FormFactory::make(FormKind::Receipt, d);
    EXPECT_EQ(two->pageCount(), 2 * one->pageCount());
    const test::PdfReadBack r = readBack(*two);
    ASSERT_EQ(r.pageTexts.size(), two->pageCount());
    // The same text, but each copy carries its own number.
    QString first = r.pageTexts.first();
    QString second = r.pageTexts.at(one->pageCount());
    EXPECT_TRUE(first.contains(QString::fromUtf8("Дана № 1"))) << first.toStdString();
    EXPECT_TRUE(second.contains(QString::fromUtf8("Дана № 2"))) << second.toStdString();
    EXPECT_EQ(first.replace(QString::fromUtf8("Дана № 1"), QString()),
              second.replace(QString::fromUtf8("Дана № 2"), QString()));
}

} // namespace
