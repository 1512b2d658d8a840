// Reads a form's PDF back with poppler for the tests: the text of each page (whitespace
// normalised), the word boxes in millimetres, the page sizes, the fonts and a page as image.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace exitdesk::test {

struct PdfWord
{
    QString text;
    QRectF boxMm;
    int page = 0;
};

struct PdfReadBack
{
    bool ok = false;
    QList<QSizeF> pageSizesMm;
    QStringList pageTexts;    // whitespace collapsed to single spaces
    QString allText;          // all pages, whitespace collapsed
    QList<PdfWord> words;
    QStringList fonts;        // names of the fonts
    QStringList unembedded;   // names of fonts not embedded

    static PdfReadBack read(const QByteArray &pdf);
    static QImage renderPage(const QByteArray &pdf, int page, double dpi);
    static QString normalise(const QString &text);
};

// The QR code found on the image, or empty.
QString decodeQr(const QImage &image);

} // namespace exitdesk::test
