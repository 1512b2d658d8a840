// Golden renders: page 1 of every form in Kazakh and Russian, at 50 dpi, compared with the
// PNGs in tests/data/golden with a small tolerance (anti-aliasing may differ a little between
// machines; a moved line or a changed word does not pass).
// Regenerate after an intended change of layout or wording:  scripts/update-golden.sh
// (runs this test with EXITDESK_UPDATE_GOLDEN=1, which writes the PNGs instead of comparing).
#include "FormFactory.h"
#include "FormPainter.h"
#include "FormTestData.h"
#include "TestSupport.h"

#include <QDir>
#include <QImage>
#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::forms;

namespace {

constexpr double kDpi = 50;
constexpr int kPixelTolerance = 64; // grey levels
constexpr double kDifferentShareLimit = 0.0005; // of the page's pixels (about 120)

// The share of pixels that differ by more than the tolerance; 1 when the sizes differ.
double differentShare(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1;
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage gb = b.convertToFormat(QImage::Format_Grayscale8);
    qint64 different = 0;
    for (int y = 0; y < ga.height(); ++y) {
        const uchar *la = ga.constScanLine(y);
        const uchar *lb = gb.constScanLine(y);
        for (int x = 0; x < ga.width(); ++x) {
            if (std::abs(int(la[x]) - int(lb[x])) > kPixelTolerance)
                ++different;
        }
    }
    return double(different) / (double(ga.width()) * ga.height());
}

TEST(FormsGolden, FirstPagesMatchTheGoldenRenders)
{
    const bool update = qEnvironmentVariable("EXITDESK_UPDATE_GOLDEN") == QLatin1String("1");
    const QString dir = test::dataPath(QStringLiteral("golden"));
    if (update)
        QDir().mkpath(dir);
    for (FormKind kind : allFormKinds()) {
        for (FormLanguage lang : {FormLanguage::Kazakh, FormLanguage::Russian}) {
            if (kind == FormKind::Questionnaire && lang == FormLanguage::Russian)
                continue; // always bilingual: one golden
            const auto form = FormFactory::make(kind, test::formData(kind, lang));
            const QImage image = FormPainter::renderPage(*form, 0, kDpi).convertToFormat(QImage::Format_Grayscale8);
            const QString name = formKindKey(kind)
                + (kind == FormKind::Questionnaire ? QString() : QLatin1Char('-') + formLanguageKey(lang));
            const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
            if (update) {
                ASSERT_TRUE(image.save(path)) << path.toStdString();
                continue;
            }
            const QImage golden(path);
            ASSERT_FALSE(golden.isNull()) << "no golden " << path.toStdString() << " (run scripts/update-golden.sh)";
            const double share = differentShare(image, golden);
            EXPECT_LT(share, kDifferentShareLimit) << name.toStdString() << ": " << share * 100 << "% of pixels differ";
            if (share >= kDifferentShareLimit)
                image.save(QDir::tempPath() + QStringLiteral("/exitdesk-golden-actual-") + name + QStringLiteral(".png"));
        }
    }
}

} // namespace
