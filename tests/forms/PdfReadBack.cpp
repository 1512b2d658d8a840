#include "PdfReadBack.h"

#include <poppler-qt6.h>

#define ZX_USE_UTF8 1 // Result::text() as UTF-8
#include <ZXing/ReadBarcode.h>

#include <QRegularExpression>

namespace exitdesk::test {

namespace {
constexpr double kMmPerPoint = 25.4 / 72.0;
}

QString PdfReadBack::normalise(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    // A line may break after the hyphen of a compound («20-бабының»): join it again.
    static const QRegularExpression hyphenBreak(QStringLiteral("(\\S)-\\s+"));
    return QString(text).replace(space, QStringLiteral(" ")).replace(hyphenBreak, QStringLiteral("\\1-")).trimmed();
}

PdfReadBack PdfReadBack::read(const QByteArray &pdf)
{
    PdfReadBack r;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked())
        return r;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        const QSizeF pt = page->pageSizeF();
        r.pageSizesMm << QSizeF(pt.width() * kMmPerPoint, pt.height() * kMmPerPoint);
        const QString text = normalise(page->text(QRectF()));
        r.pageTexts << text;
        r.allText += text + QLatin1Char(' ');
        for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
            const QRectF b = box->boundingBox();
            r.words << PdfWord{box->text(),
                               QRectF(b.x() * kMmPerPoint, b.y() * kMmPerPoint, b.width() * kMmPerPoint,
                                      b.height() * kMmPerPoint),
                               i};
        }
    }
    for (const Poppler::FontInfo &f : doc->fonts()) {
        r.fonts << f.name();
        if (!f.isEmbedded())
            r.unembedded << f.name();
    }
    r.ok = true;
    return r;
}

QImage PdfReadBack::renderPage(const QByteArray &pdf, int page, double dpi)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return QImage();
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    std::unique_ptr<Poppler::Page> p = doc->page(page);
    return p ? p->renderToImage(dpi, dpi) : QImage();
}

QString decodeQr(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                          int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return QString();
    return QString::fromStdString(result.text());
}

} // namespace exitdesk::test
