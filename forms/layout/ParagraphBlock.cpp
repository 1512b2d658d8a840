#include "layout/ParagraphBlock.h"

#include "FormFonts.h"

namespace exitdesk::forms {

ParagraphBlock::ParagraphBlock(QList<TextBox::Run> runs, Style style) : m_runs(std::move(runs)), m_style(style) {}

ParagraphBlock::ParagraphBlock(const QString &text, Style style) : m_runs{TextBox::Run{text, false}}, m_style(style) {}

QList<Slice> ParagraphBlock::layout(double widthMm) const
{
    double boxWidth = widthMm - m_style.leftIndentMm;
    double offset = m_style.leftIndentMm;
    if (m_style.boxWidthMm > 0 && m_style.boxWidthMm < boxWidth) {
        offset = widthMm - m_style.boxWidthMm;
        boxWidth = m_style.boxWidthMm;
    }
    auto box = std::make_shared<TextBox>(m_runs, FormFonts::font(m_style.points, m_style.bold, m_style.italic),
                                         boxWidth, m_style.align, m_style.firstIndentMm);
    QList<Slice> slices;
    const int n = box->lineCount();
    for (int i = 0; i < n; ++i) {
        Slice s;
        s.height = box->lineHeight(i);
        const double top = box->lineTop(i);
        s.paint = [box, i, top, offset](QPainter &p, double x, double y, double) {
            box->paintLine(p, i, x + offset, y - top);
        };
        // Keep the first two and the last two lines of a paragraph together (no widows).
        s.keepWithNext = m_style.keepWithNext || i == 0 || i >= n - 2;
        if (i == n - 1)
            s.keepWithNext = m_style.keepWithNext;
        slices << s;
    }
    if (m_style.spaceAfterMm > 0) {
        Slice space;
        space.height = m_style.spaceAfterMm;
        space.space = true;
        space.keepWithNext = m_style.keepWithNext;
        slices << space;
    }
    return slices;
}

} // namespace exitdesk::forms
