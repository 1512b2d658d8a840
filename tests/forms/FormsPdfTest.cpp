// Every form in every language, rendered to PDF and read back with poppler: the official
// sentences and the case's values are there, A4, the font embedded, every word at least 10 mm
// from the edges and no two words overlapping. EXITDESK_FORMS_OUT=dir keeps the PDFs.
#include "FormFactory.h"
#include "FormTestData.h"
#include "OfficialPhrases.h"
#include "PdfExporter.h"
#include "PdfReadBack.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSet>
#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::forms;

namespace {

struct Param
{
    FormKind kind;
    FormLanguage lang;
};

std::string paramName(const testing::TestParamInfo<Param> &info)
{
    QString name = formKindKey(info.param.kind) + QLatin1Char('_') + formLanguageKey(info.param.lang);
    return name.replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
}

std::vector<Param> allParams()
{
    std::vector<Param> params;
    for (FormKind kind : allFormKinds()) {
        for (FormLanguage lang : {FormLanguage::Kazakh, FormLanguage::Russian, FormLanguage::Both})
            params.push_back({kind, lang});
    }
    return params;
}

QByteArray renderPdf(const OfficialForm &form, const QString &keepAs = QString())
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(PdfExporter::write(form, &buffer));
    const QString out = qEnvironmentVariable("EXITDESK_FORMS_OUT");
    if (!out.isEmpty() && !keepAs.isEmpty()) {
        QDir().mkpath(out);
        QFile f(out + QLatin1Char('/') + keepAs + QStringLiteral(".pdf"));
        if (f.open(QIODevice::WriteOnly))
            f.write(buffer.data());
    }
    return buffer.data();
}

// The values of the case (and of the form's inputs) that the form must show.
QStringList expectedValues(FormKind kind, FormLanguage lang, const FormData &d)
{
    const Case &c = d.caseData;
    // The questionnaire states the name field by field; the notices state it whole.
    QStringList v;
    if (kind == FormKind::Questionnaire)
        v << c.applicant.surname << c.applicant.name << c.applicant.patronymic;
    else
        v << c.applicantFullName();
    const bool kk = lang != FormLanguage::Russian;
    const bool ru = lang != FormLanguage::Kazakh;
    switch (kind) {
    case FormKind::Questionnaire:
        v << c.applicant.iin << QStringLiteral("08.10.1987") << c.applicant.passport.number << c.applicant.address
          << c.applicant.phone << QStringLiteral("045123987") << QStringLiteral("Berlin");
        for (const Child &ch : c.children)
            v << ch.fullName() << ch.iin << ch.birthDate.toString(QStringLiteral("dd.MM.yyyy")) << ch.passportNumber;
        for (const Relative &r : c.relatives)
            v << r.fullName << r.iin;
        for (const WorkRecord &w : c.workHistory)
            v << w.organisation << QStringLiteral("%1–%2").arg(w.fromYear).arg(w.toYear);
        v << c.submissionDay().toString(QStringLiteral("dd.MM.yyyy"));
        break;
    case FormKind::RegistrationRequest:
        v << d.registrationSubject << c.applicant.address << d.office.internalAffairsBody;
        break;
    case FormKind::Receipt:
        v << d.dueDate.toString(QStringLiteral("dd.MM.yyyy")) << d.office.executorName << d.office.phone;
        break;
    case FormKind::RefusalToAccept:
        v << d.office.address << d.office.executorName;
        for (const MissingDocument &m : d.missingDocuments) {
            if (kk)
                v << m.nameKk;
            if (ru)
                v << m.nameRu;
        }
        if (kk)
            v << QStringLiteral("(жарамдылық мерзімі өткен)");
        if (ru)
            v << QStringLiteral("(срок действия истёк)");
        break;
    case FormKind::Refusal:
    case FormKind::RefusalElectronic:
        // Ground 8 with the catalogue's «until», ground 5 with the office's own.
        if (kk)
            v << QStringLiteral("салықтық берешегі болса - оны толық өтегенге дейін")
              << QStringLiteral("мерзімді әскери қызметін өткеріп жатса - 2027 жылғы 1 мамырға дейін");
        if (ru)
            v << QStringLiteral("имеет налоговую задолженность — до ее полного погашения")
              << QStringLiteral("проходит срочную воинскую службу — до 01.05.2027");
        if (kind == FormKind::Refusal)
            v << d.office.headName;
        else
            v << d.issueDate.toString(QStringLiteral("dd.MM.yyyy"));
        break;
    case FormKind::Decision:
    case FormKind::DecisionElectronic:
        v << QStringLiteral("Германия");
        for (const Child &ch : c.children)
            v << ch.fullName() + QStringLiteral(", ") + ch.birthDate.toString(QStringLiteral("dd.MM.yyyy"));
        if (kind == FormKind::Decision)
            v << d.office.headName << d.office.executorName << d.office.phone;
        v << d.issueDate.toString(QStringLiteral("dd.MM.yyyy"));
        break;
    }
    return v;
}

class FormsPdf : public testing::TestWithParam<Param>
{
};

TEST_P(FormsPdf, StatesTheOfficialTextAndTheCaseOnCleanA4Pages)
{
    const Param p = GetParam();
    const FormData d = test::formData(p.kind, p.lang);
    FormFactory::Refusal why;
    const std::unique_ptr<OfficialForm> form = FormFactory::create(p.kind, d, &why);
    ASSERT_TRUE(form) << why.en.toStdString();
    const QByteArray pdf = renderPdf(*form, formKindKey(p.kind) + QLatin1Char('-') + formLanguageKey(p.lang));
    const test::PdfReadBack r = test::PdfReadBack::read(pdf);
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(r.pageSizesMm.size(), form->pageCount());

    for (const QString &phrase : test::officialPhrases(p.kind, p.lang))
        EXPECT_TRUE(r.allText.contains(test::PdfReadBack::normalise(phrase))) << "missing: " << phrase.toStdString();
    for (const QString &phrase : test::forbiddenPhrases(p.kind, p.lang))
        EXPECT_FALSE(r.allText.contains(phrase)) << "should not be there: " << phrase.toStdString();
    QSet<QString> words;
    for (const test::PdfWord &w : r.words)
        words.insert(w.text);
    for (const QString &value : expectedValues(p.kind, p.lang, d)) {
        if (p.kind == FormKind::Questionnaire) {
            // Table cells wrap, and poppler reads a table row by row: look for every word.
            for (const QString &word : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                EXPECT_TRUE(words.contains(word) || r.allText.contains(word)) << "value missing: " << value.toStdString();
        } else {
            EXPECT_TRUE(r.allText.contains(test::PdfReadBack::normalise(value))) << "value missing: " << value.toStdString();
        }
    }

    for (const QSizeF &size : r.pageSizesMm) {
        EXPECT_NEAR(size.width(), 210, 0.5);
        EXPECT_NEAR(size.height(), 297, 0.5);
    }
    EXPECT_FALSE(r.fonts.isEmpty());
    EXPECT_TRUE(r.unembedded.isEmpty()) << r.unembedded.join(QStringLiteral(", ")).toStdString();
    for (const QString &font : r.fonts)
        EXPECT_TRUE(font.contains(QStringLiteral("LiberationSerif"))) << font.toStdString();

    for (const test::PdfWord &w : r.words) {
        EXPECT_GE(w.boxMm.left(), 10) << w.text.toStdString();
        EXPECT_GE(w.boxMm.top(), 10) << w.text.toStdString();
        EXPECT_LE(w.boxMm.right(), 200) << w.text.toStdString();
        EXPECT_LE(w.boxMm.bottom(), 287) << w.text.toStdString();
    }
    // No two words overlap: a shared area more than a hair (font boxes of adjacent lines touch).
    int overlaps = 0;
    for (int i = 0; i < r.words.size(); ++i) {
        for (int j = i + 1; j < r.words.size(); ++j) {
            const test::PdfWord &a = r.words.at(i);
            const test::PdfWord &b = r.words.at(j);
            if (a.page != b.page)
                continue;
            const QRectF x = a.boxMm.intersected(b.boxMm);
            if (x.width() > 0.3 && x.height() > 0.3 * std::min(a.boxMm.height(), b.boxMm.height())) {
                if (++overlaps < 5)
                    ADD_FAILURE() << "overlap: «" << a.text.toStdString() << "» and «" << b.text.toStdString() << "»";
            }
        }
    }
    EXPECT_EQ(overlaps, 0);
}

INSTANTIATE_TEST_SUITE_P(AllForms, FormsPdf, testing::ValuesIn(allParams()), paramName);

// Annex 8 as the official form lays it out: «Телефон ____ «__» ____ 20__ года» on one line,
// the office's phone on its blank and the date of issue after it, and the applicant's
// receipt line ending with a date blank.
TEST(FormsPdfLayout, DecisionHasTheDateOnThePhoneLine)
{
    for (FormLanguage lang : {FormLanguage::Russian, FormLanguage::Kazakh}) {
        const FormData d = test::formData(FormKind::Decision, lang);
        ASSERT_FALSE(d.office.phone.isEmpty());
        ASSERT_TRUE(d.issueDate.isValid());
        FormFactory::Refusal why;
        const std::unique_ptr<OfficialForm> form = FormFactory::create(FormKind::Decision, d, &why);
        ASSERT_TRUE(form) << why.en.toStdString();
        const test::PdfReadBack r =
            test::PdfReadBack::read(renderPdf(*form, QStringLiteral("decision-layout-") + formLanguageKey(lang)));
        ASSERT_TRUE(r.ok);
        const QString phoneLabel = lang == FormLanguage::Russian ? QStringLiteral("Телефон") : QStringLiteral("Телефоны");
        const QString phoneStart = d.office.phone.section(QLatin1Char(' '), 0, 0);
        const QString date = d.issueDate.toString(QStringLiteral("dd.MM.yyyy"));
        const test::PdfWord *label = nullptr, *phone = nullptr, *issued = nullptr;
        for (const test::PdfWord &w : r.words) {
            if (w.text == phoneLabel && !label)
                label = &w;
            else if (w.text == phoneStart && !phone)
                phone = &w;
            else if (w.text.contains(date))
                issued = &w;
        }
        ASSERT_TRUE(label && phone && issued) << formLanguageKey(lang).toStdString();
        EXPECT_NEAR(phone->boxMm.center().y(), label->boxMm.center().y(), 1.5);
        EXPECT_NEAR(issued->boxMm.center().y(), label->boxMm.center().y(), 1.5) << "the date is not on the phone's line";
        EXPECT_GT(issued->boxMm.left(), phone->boxMm.right());
    }
}


} // namespace
