#include "QrCode.h"

#include <qrencode.h>

namespace exitdesk::forms {

QrCode::QrCode(const QByteArray &data)
{
    QRcode *code = QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0,
                                     QR_ECLEVEL_M);
    if (!code)
        return;
    m_size = code->width;
    m_modules.resize(m_size * m_size);
    for (int i = 0; i < m_size * m_size; ++i)
        m_modules[i] = (code->data[i] & 1) != 0;
    QRcode_free(code);
}

void QrCode::paint(QPainter &p, const QRectF &rect) const
{
    if (isNull())
        return;
    const int quiet = 4;
    const double side = std::min(rect.width(), rect.height());
    const double module = side / (m_size + 2 * quiet);
    const double x0 = rect.x() + quiet * module;
    const double y0 = rect.y() + quiet * module;
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    // One rectangle per horizontal run of dark modules keeps the PDF small.
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m_size && dark(end, y))
                ++end;
            // A hair of overlap so anti-aliased renderers show no seams between rows.
            p.drawRect(QRectF(x0 + x * module, y0 + y * module, (end - x) * module, module * 1.02));
            x = end;
        }
    }
    p.restore();
}

} // namespace exitdesk::forms
