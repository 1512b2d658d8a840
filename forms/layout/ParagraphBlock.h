// A paragraph of the official text, possibly with filled-in values inline; split between
// pages at line boundaries. It can be narrower than the text column and pushed to the right
// (the heading block at the top right of every notice).
#pragma once

#include "layout/Block.h"
#include "layout/TextBox.h"

namespace exitdesk::forms {

class ParagraphBlock : public Block
{
public:
    struct Style
    {
        double points = 11;
        bool bold = false;
        bool italic = false;
        Qt::Alignment align = Qt::AlignJustify;
        double firstIndentMm = 0;
        double leftIndentMm = 0;
        double boxWidthMm = 0; // 0: the whole column; otherwise a box at the right edge
        double spaceAfterMm = 1.5;
        bool keepWithNext = false; // e.g. a title kept with what follows
    };

    ParagraphBlock(QList<TextBox::Run> runs, Style style);
    ParagraphBlock(const QString &text, Style style);

    QList<Slice> layout(double widthMm) const override;

private:
    QList<TextBox::Run> m_runs;
    Style m_style;
};

} // namespace exitdesk::forms
