// A bordered table (children, relatives, work history): cells wrap their text, a row is
// never split, and the header row is repeated at the top of every page the table continues on.
#pragma once

#include "layout/Block.h"

#include <QList>
#include <QStringList>

namespace exitdesk::forms {

class TableBlock : public Block
{
public:
    struct Style
    {
        double points = 9;
        double headerPoints = 8;
        double paddingMm = 1;
        double spaceAfterMm = 3;
        double minRowHeightMm = 6;
    };

    // Column widths are relative; they are scaled to the column width of the page.
    // An empty header makes a table without a header row (label / value tables).
    TableBlock(QList<double> columnWeights, QStringList header, QList<QStringList> rows, Style style);

    QList<Slice> layout(double widthMm) const override;

private:
    Slice row(const QStringList &cells, const QList<double> &widths, double points, bool bold, double minHeight) const;

    QList<double> m_weights;
    QStringList m_header;
    QList<QStringList> m_rows;
    Style m_style;
};

} // namespace exitdesk::forms
