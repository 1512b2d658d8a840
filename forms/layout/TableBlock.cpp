#include "layout/TableBlock.h"

#include "FormFonts.h"
#include "layout/TextBox.h"

#include <numeric>

namespace exitdesk::forms {

TableBlock::TableBlock(QList<double> columnWeights, QStringList header, QList<QStringList> rows, Style style)
    : m_weights(std::move(columnWeights)), m_header(std::move(header)), m_rows(std::move(rows)), m_style(style)
{
}

Slice TableBlock::row(const QStringList &cells, const QList<double> &widths, double points, bool bold,
                      double minHeight) const
{
    const double pad = m_style.paddingMm;
    QList<std::shared_ptr<TextBox>> boxes;
    double height = minHeight;
    for (int c = 0; c < widths.size(); ++c) {
        auto box = std::make_shared<TextBox>(c < cells.size() ? cells.at(c) : QString(),
                                             FormFonts::font(points, bold), widths.at(c) - 2 * pad,
                                             bold ? Qt::AlignHCenter : Qt::AlignLeft);
        height = std::max(height, box->height() + 2 * pad);
        boxes << box;
    }
    Slice s;
    s.height = height;
    s.paint = [boxes, widths, height, pad, bold](QPainter &p, double x, double y, double) {
        p.save();
        p.setPen(QPen(Qt::black, 0.25));
        double cx = x;
        for (int c = 0; c < widths.size(); ++c) {
            p.drawRect(QRectF(cx, y, widths.at(c), height));
            const double top = bold ? y + (height - boxes.at(c)->height()) / 2 : y + pad;
            boxes.at(c)->paint(p, cx + pad, top);
            cx += widths.at(c);
        }
        p.restore();
    };
    return s;
}

QList<Slice> TableBlock::layout(double widthMm) const
{
    const double total = std::accumulate(m_weights.begin(), m_weights.end(), 0.0);
    QList<double> widths;
    for (double w : m_weights)
        widths << widthMm * w / total;
    std::shared_ptr<Slice> header;
    QList<Slice> slices;
    if (!m_header.isEmpty()) {
        header = std::make_shared<Slice>(row(m_header, widths, m_style.headerPoints, true, m_style.minRowHeightMm));
        Slice first = *header;
        first.keepWithNext = true; // a header never ends a page
        slices << first;
    }
    for (const QStringList &cells : m_rows) {
        Slice s = row(cells, widths, m_style.points, false, m_style.minRowHeightMm);
        s.header = header;
        slices << s;
    }
    if (m_style.spaceAfterMm > 0) {
        Slice space;
        space.height = m_style.spaceAfterMm;
        space.space = true;
        slices << space;
    }
    return slices;
}

} // namespace exitdesk::forms
