// A QR code made with libqrencode and painted as vector rectangles (crisp at any resolution,
// small in a PDF).
#pragma once

#include <QByteArray>
#include <QPainter>
#include <QVector>

namespace exitdesk::forms {

class QrCode
{
public:
    // Encodes the bytes (error correction level M). isNull() when encoding failed.
    explicit QrCode(const QByteArray &data);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x); }

    // Paints the code with a quiet zone of 4 modules inside the square `rect` (mm or any unit).
    void paint(QPainter &p, const QRectF &rect) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace exitdesk::forms
