// A block of fixed height painted by a function: the photo box, the signature and seal
// place, the QR code with its caption.
#pragma once

#include "layout/Block.h"

#include <functional>

namespace exitdesk::forms {

class BoxBlock : public Block
{
public:
    using Painter = std::function<void(QPainter &p, const QRectF &rectMm)>;

    BoxBlock(double heightMm, Painter painter, double spaceAfterMm = 2, bool keepWithNext = false)
        : m_height(heightMm), m_painter(std::move(painter)), m_spaceAfter(spaceAfterMm), m_keepWithNext(keepWithNext)
    {
    }

    QList<Slice> layout(double) const override
    {
        Slice s;
        s.height = m_height;
        s.keepWithNext = m_keepWithNext;
        const Painter painter = m_painter;
        const double h = m_height;
        s.paint = [painter, h](QPainter &p, double x, double y, double width) { painter(p, QRectF(x, y, width, h)); };
        QList<Slice> slices{s};
        if (m_spaceAfter > 0) {
            Slice space;
            space.height = m_spaceAfter;
            space.space = true;
            slices << space;
        }
        return slices;
    }

private:
    double m_height;
    Painter m_painter;
    double m_spaceAfter;
    bool m_keepWithNext;
};

} // namespace exitdesk::forms
