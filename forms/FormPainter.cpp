#include "FormPainter.h"

#include "OfficialForm.h"

#include <QPainter>

#include <cmath>

namespace exitdesk::forms {

void FormPainter::setMillimetres(QPainter &painter, PrintOffsets offsets)
{
    QPaintDevice *device = painter.device();
    painter.resetTransform();
    painter.scale(device->logicalDpiX() / 25.4, device->logicalDpiY() / 25.4);
    painter.translate(offsets.xMm, offsets.yMm);
}

bool FormPainter::paint(const OfficialForm &form, QPagedPaintDevice &device, QPainter &painter, PrintOffsets offsets,
                        bool first)
{
    const int pages = form.pageCount();
    for (int i = 0; i < pages; ++i) {
        if ((i > 0 || !first) && !device.newPage())
            return false;
        setMillimetres(painter, offsets);
        form.paintPage(i, painter);
    }
    return true;
}

QImage FormPainter::renderPage(const OfficialForm &form, int page, double dpi)
{
    const QSizeF mm = OfficialForm::pageSizeMm();
    QImage image(int(std::lround(mm.width() / 25.4 * dpi)), int(std::lround(mm.height() / 25.4 * dpi)),
                 QImage::Format_RGB32);
    const int dotsPerMetre = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    setMillimetres(painter);
    form.paintPage(page, painter);
    painter.end();
    return image;
}

} // namespace exitdesk::forms
