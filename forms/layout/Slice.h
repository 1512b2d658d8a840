// The unit of pagination: a horizontal strip of a block that is never split across pages
// (a line of a paragraph, a table row, a blank with its caption).
#pragma once

#include <QPainter>

#include <functional>
#include <memory>

namespace exitdesk::forms {

struct Slice
{
    using Painter = std::function<void(QPainter &p, double x, double y, double width)>;

    double height = 0; // mm
    Painter paint;     // paints the strip with its top left at (x, y), all in mm
    bool keepWithNext = false; // no page break between this slice and the next
    bool space = false;        // vertical space only: dropped at the top of a page
    bool pageBreak = false;    // starts a new page
    // For table rows: the header painted first when the row opens a page.
    std::shared_ptr<const Slice> header;
};

} // namespace exitdesk::forms
