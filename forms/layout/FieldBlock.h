// A blank of the official form filled with a value: an optional label on the left
// («Орындаушы:»), the value written on an underline, the small caption centred under the
// line, an optional text after the line. Never split between pages.
#pragma once

#include "layout/Block.h"

#include <QString>

namespace exitdesk::forms {

class FieldBlock : public Block
{
public:
    struct Style
    {
        double points = 11;
        double captionPoints = 8;
        double lineWidthMm = 0;  // 0: up to the right edge (less the trailing text)
        double leftIndentMm = 0; // where the label (or the line) starts
        double spaceAfterMm = 2;
        bool keepWithNext = false;
        bool centreValue = true;
    };

    FieldBlock(QString label, QString value, QString caption, Style style, QString trailing = QString());

    QList<Slice> layout(double widthMm) const override;

private:
    QString m_label;
    QString m_value;
    QString m_caption;
    QString m_trailing;
    Style m_style;
};

} // namespace exitdesk::forms
