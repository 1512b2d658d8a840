// The copy number printed at the foot of every issued form: each copy of a form made «in 2
// copies» carries its own number, continuing from the first; in the form's language (both
// labels for a bilingual form), beside the page number of a long form without touching it;
// and none on a form that is not an issue (a draft render).
#include "FormFactory.h"
#include "FormTestData.h"
#include "PdfExporter.h"
#include "PdfReadBack.h"

#include <QBuffer>
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

const QString kk = QString::fromUtf8("Дана № %1");
const QString ru = QString::fromUtf8("Экземпляр № %1");

TEST(FormsCopyNumber, EachCopyOfAReceiptCarriesItsOwnNumber)
{
    FormData d = test::formData(FormKind::Receipt, FormLanguage::Russian);
    d.copies = 2;
    d.firstCopyNumber = 3; // a reprint: copies 1 and 2 were issued before
    const auto form = FormFactory::make(FormKind::Receipt, d);
    const int perCopy = form->pagesPerCopy();
    const test::PdfReadBack r = readBack(*form);
    ASSERT_EQ(r.pageTexts.size(), 2 * perCopy);
    EXPECT_TRUE(r.pageTexts.at(0).contains(ru.arg(3))) << r.pageTexts.at(0).toStdString();
    EXPECT_FALSE(r.pageTexts.at(0).contains(ru.arg(4)));
    EXPECT_TRUE(r.pageTexts.at(perCopy).contains(ru.arg(4))) << r.pageTexts.at(perCopy).toStdString();
    EXPECT_FALSE(r.allText.contains(kk.arg(3))) << "a Russian receipt has no Kazakh label";
    EXPECT_EQ(form->copyNumberOfPage(0), 3);
    EXPECT_EQ(form->copyNumberOfPage(perCopy), 4);
}

TEST(FormsCopyNumber, BilingualFormsShowBothLabels)
{
    FormData d = test::formData(FormKind::Decision, FormLanguage::Both);
    d.firstCopyNumber = 2;
    const test::PdfReadBack r = readBack(*FormFactory::make(FormKind::Decision, d));
    EXPECT_TRUE(r.allText.contains(kk.arg(2) + QStringLiteral(" / ") + ru.arg(2))) << r.allText.toStdString();
}

TEST(FormsCopyNumber, LongFormsShowTheCopyBesideThePageNumberOnEveryPage)
{
    FormData d = test::formData(FormKind::Questionnaire, FormLanguage::Both, test::longCase());
    d.firstCopyNumber = 5;
    const auto form = FormFactory::make(FormKind::Questionnaire, d);
    ASSERT_GT(form->pageCount(), 1);
    const test::PdfReadBack r = readBack(*form);
    for (int page = 0; page < r.pageTexts.size(); ++page) {
        EXPECT_TRUE(r.pageTexts.at(page).contains(kk.arg(5))) << page;
        EXPECT_TRUE(r.pageTexts.at(page).contains(QString::fromUtf8("Стр. %1/%2").arg(page + 1).arg(form->pageCount())))
            << page;
    }
    // The two footer texts share the line without touching.
    QRectF copyBox, pageBox;
    for (const test::PdfWord &w : r.words) {
        if (w.page != 0)
            continue;
        if (w.text == QString::fromUtf8("Дана"))
            copyBox = w.boxMm;
        if (w.text == QString::fromUtf8("Бет"))
            pageBox = w.boxMm;
    }
    ASSERT_FALSE(copyBox.isNull());
    ASSERT_FALSE(pageBox.isNull());
    EXPECT_NEAR(copyBox.center().y(), pageBox.center().y(), 1.0);
    EXPECT_LT(copyBox.right(), pageBox.left());
    EXPECT_LE(pageBox.bottom(), 287);
}

TEST(FormsCopyNumber, AFormThatIsNotIssuedHasNoCopyNumber)
{
    FormData d = test::formData(FormKind::Receipt, FormLanguage::Kazakh);
    d.firstCopyNumber = 0;
    d.copies = 2;
    const auto form = FormFactory::make(FormKind::Receipt, d);
    const test::PdfReadBack r = readBack(*form);
    EXPECT_FALSE(r.allText.contains(QString::fromUtf8("Дана №"))) << r.allText.toStdString();
    EXPECT_EQ(form->copyNumberOfPage(0), 0);
}

} // namespace
