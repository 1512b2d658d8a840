// Annex 1, item 16: the job still held (no leaving year) is printed «to the present» in
// Kazakh and Russian, never with an invented or zero year.
#include "FormFactory.h"
#include "FormTestData.h"
#include "PdfExporter.h"
#include "PdfReadBack.h"

#include <QBuffer>
#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::forms;

TEST(FormsCurrentJob, TheJobStillHeldIsPrintedToThePresent)
{
    Case c = test::sampleCase();
    WorkRecord current;
    current.fromYear = 2023;
    current.toYear = 0;
    current.organisation = QStringLiteral("ТОО «Жаңа Жол»");
    current.stateSecretsClearance = QStringLiteral("не имел");
    c.workHistory << current;
    FormData d = test::formData(FormKind::Questionnaire, FormLanguage::Both, c);
    FormFactory::Refusal why;
    const std::unique_ptr<OfficialForm> form = FormFactory::create(FormKind::Questionnaire, d, &why);
    ASSERT_TRUE(form) << why.en.toStdString();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(PdfExporter::write(*form, &buffer));
    const test::PdfReadBack r = test::PdfReadBack::read(buffer.data());
    ASSERT_TRUE(r.ok);
    QStringList words;
    for (const test::PdfWord &w : r.words)
        words << w.text;
    for (const char *word : {"қазіргі", "уақытқа", "дейін", "настоящее", "время"})
        EXPECT_TRUE(words.contains(QString::fromUtf8(word))) << "missing: " << word;
    EXPECT_FALSE(r.allText.contains(QStringLiteral("2023–0"))) << r.allText.toStdString();
    EXPECT_TRUE(r.allText.contains(QStringLiteral("2023"))) << r.allText.toStdString();
}
