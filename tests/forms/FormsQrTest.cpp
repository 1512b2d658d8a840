// The QR check code: decoded with zxing from a 150 dpi render of the PDF it equals the
// form's payload, and a changed payload, a changed document or another office's key fail.
#include "DocumentCode.h"
#include "FormFactory.h"
#include "FormTestData.h"
#include "PdfExporter.h"
#include "PdfReadBack.h"

#include <QBuffer>
#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::forms;

namespace {

QByteArray pdfOf(const OfficialForm &form)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(PdfExporter::write(form, &buffer));
    return buffer.data();
}

TEST(FormsQr, DecodedCodeEqualsThePayloadOnEveryFormThatCarriesOne)
{
    for (FormKind kind : {FormKind::Receipt, FormKind::RefusalElectronic, FormKind::DecisionElectronic}) {
        for (FormLanguage lang : {FormLanguage::Kazakh, FormLanguage::Russian, FormLanguage::Both}) {
            const auto form = FormFactory::make(kind, test::formData(kind, lang));
            ASSERT_TRUE(form->carriesCode());
            const QByteArray pdf = pdfOf(*form);
            const QString decoded = test::decodeQr(test::PdfReadBack::renderPage(pdf, form->pagesPerCopy() - 1, 150));
            EXPECT_EQ(decoded, form->code().payload()) << formKindKey(kind).toStdString();
            DocumentCode code;
            ASSERT_TRUE(DocumentCode::parse(decoded, &code));
            EXPECT_EQ(code.kind, formKindKey(kind));
            EXPECT_EQ(code.caseNumber, form->data().caseData.number);
            EXPECT_EQ(code.issueDate, form->data().issueDate);
            EXPECT_TRUE(code.matches(form->canonicalContent(), form->data().office.qrKey));
        }
    }
}

TEST(FormsQr, PaperFormsCarryNoCode)
{
    for (FormKind kind : {FormKind::Decision, FormKind::Refusal, FormKind::RefusalToAccept}) {
        const auto form = FormFactory::make(kind, test::formData(kind, FormLanguage::Kazakh));
        EXPECT_FALSE(form->carriesCode());
        EXPECT_TRUE(test::decodeQr(test::PdfReadBack::renderPage(pdfOf(*form), 0, 150)).isEmpty());
    }
}

TEST(FormsQr, AChangedPayloadOrDocumentFailsVerification)
{
    const auto form = FormFactory::make(FormKind::DecisionElectronic,
                                        test::formData(FormKind::DecisionElectronic, FormLanguage::Kazakh));
    const QString payload = form->code().payload();
    const QString content = form->canonicalContent();
    const QByteArray key = form->data().office.qrKey;
    DocumentCode code;
    ASSERT_TRUE(DocumentCode::parse(payload, &code));
    ASSERT_TRUE(code.matches(content, key));

    // One hex digit of the hash changed.
    QString tampered = payload;
    const int last = int(tampered.size()) - 1;
    tampered[last] = tampered.at(last) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    ASSERT_TRUE(DocumentCode::parse(tampered, &code));
    EXPECT_FALSE(code.matches(content, key));

    // Another date of issue or case number with the same hash.
    ASSERT_TRUE(DocumentCode::parse(payload, &code));
    code.issueDate = code.issueDate.addDays(1);
    EXPECT_FALSE(code.matches(content, key));
    ASSERT_TRUE(DocumentCode::parse(payload, &code));
    code.caseNumber = QStringLiteral("2026-000124");
    EXPECT_FALSE(code.matches(content, key));

    // The document states something else (another country, another child).
    FormData changed = test::formData(FormKind::DecisionElectronic, FormLanguage::Kazakh);
    changed.caseData.to.country = QStringLiteral("RU");
    const auto other = FormFactory::make(FormKind::DecisionElectronic, changed);
    ASSERT_TRUE(DocumentCode::parse(payload, &code));
    EXPECT_FALSE(code.matches(other->canonicalContent(), key));
    changed = test::formData(FormKind::DecisionElectronic, FormLanguage::Kazakh);
    changed.caseData.children.first().birthDate = QDate(2015, 4, 3);
    EXPECT_FALSE(code.matches(FormFactory::make(FormKind::DecisionElectronic, changed)->canonicalContent(), key));

    // Another office's key.
    EXPECT_FALSE(code.matches(content, QByteArrayLiteral("another-office")));
    // The language does not change what the document states.
    const auto russian = FormFactory::make(FormKind::DecisionElectronic,
                                           test::formData(FormKind::DecisionElectronic, FormLanguage::Russian));
    EXPECT_EQ(russian->code().payload(), payload);

    EXPECT_FALSE(DocumentCode::parse(QStringLiteral("hello"), &code));
    EXPECT_FALSE(DocumentCode::parse(QStringLiteral("EXD1|decision-e|2026-000123|2026-13-40|00"), &code));
}

} // namespace
