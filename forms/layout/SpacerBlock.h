// Vertical space between blocks, or a forced page break.
#pragma once

#include "layout/Block.h"

namespace exitdesk::forms {

class SpacerBlock : public Block
{
public:
    explicit SpacerBlock(double heightMm, bool pageBreak = false) : m_height(heightMm), m_pageBreak(pageBreak) {}
    QList<Slice> layout(double) const override
    {
        Slice s;
        s.height = m_pageBreak ? 0 : m_height;
        s.space = true;
        s.pageBreak = m_pageBreak;
        return {s};
    }

private:
    double m_height;
    bool m_pageBreak;
};

} // namespace exitdesk::forms
