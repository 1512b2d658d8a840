#include "layout/FieldBlock.h"

#include "FormFonts.h"
#include "layout/TextBox.h"

namespace exitdesk::forms {

FieldBlock::FieldBlock(QString label, QString value, QString caption, Style style, QString trailing)
    : m_label(std::move(label)), m_value(std::move(value)), m_caption(std::move(caption)),
      m_trailing(std::move(trailing)), m_style(style)
{
}

QList<Slice> FieldBlock::layout(double widthMm) const
{
    const QFont font = FormFonts::font(m_style.points);
    const double gap = 2;
    const double left = m_style.leftIndentMm;
    std::shared_ptr<TextBox> label;
    double lineX = left;
    if (!m_label.isEmpty()) {
        label = std::make_shared<TextBox>(m_label, font, std::min(70.0, widthMm / 2));
        lineX = left + label->naturalWidth() + gap;
    }
    std::shared_ptr<TextBox> trailing;
    double trailingWidth = 0;
    if (!m_trailing.isEmpty()) {
        trailing = std::make_shared<TextBox>(m_trailing, font, widthMm / 2);
        trailingWidth = trailing->naturalWidth() + gap;
    }
    double lineWidth = widthMm - lineX - trailingWidth;
    if (m_style.lineWidthMm > 0)
        lineWidth = std::min(lineWidth, m_style.lineWidthMm);
    const Qt::Alignment valueAlign = m_style.centreValue ? Qt::AlignHCenter : Qt::AlignLeft;
    auto value = std::make_shared<TextBox>(QList<TextBox::Run>{{m_value, false}},
                                           FormFonts::font(m_style.points, true), lineWidth - 2, valueAlign);
    const double lineHeight = label ? label->lineHeight(0) : (value->lineCount() ? value->lineHeight(0) : 5);
    const double valueHeight = std::max(value->height(), lineHeight);
    std::shared_ptr<TextBox> caption;
    if (!m_caption.isEmpty())
        caption = std::make_shared<TextBox>(m_caption, FormFonts::font(m_style.captionPoints, false, true),
                                            std::max(lineWidth, 60.0), Qt::AlignHCenter);
    const double captionWidth = caption ? std::max(lineWidth, 60.0) : 0;
    const double captionX = std::min(lineX, widthMm - captionWidth);
    const double height = valueHeight + 0.8 + (caption ? caption->height() : 0);

    Slice s;
    s.height = height;
    s.keepWithNext = m_style.keepWithNext;
    s.paint = [=](QPainter &p, double x, double y, double) {
        if (label)
            label->paint(p, x + left, y + valueHeight - label->height());
        value->paint(p, x + lineX + 1, y + valueHeight - value->height());
        p.save();
        p.setPen(QPen(Qt::black, 0.2));
        // One underline per line of the value, as a long value is written over several lines.
        const int lines = std::max(1, value->lineCount());
        for (int i = 0; i < lines; ++i) {
            const double ly = y + valueHeight - value->height() + (value->lineCount() ? value->lineTop(i) + value->lineHeight(i) : lineHeight) + 0.3;
            p.drawLine(QPointF(x + lineX, ly), QPointF(x + lineX + lineWidth, ly));
        }
        p.restore();
        if (trailing)
            trailing->paint(p, x + lineX + lineWidth + gap, y + valueHeight - trailing->height());
        if (caption)
            caption->paint(p, x + captionX, y + valueHeight + 0.8);
    };
    QList<Slice> slices{s};
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
