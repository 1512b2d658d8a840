// Flows the slices of a form's blocks onto pages of a given content height: a slice that does
// not fit starts a new page, slices marked keep-with-next move together, space at the top of a
// page is dropped, and a table row opening a page brings its header with it.
#pragma once

#include "layout/Block.h"

#include <QList>

#include <memory>
#include <vector>

namespace exitdesk::forms {

struct PlacedSlice
{
    Slice slice;
    double y = 0; // mm from the top of the content area
};

using LaidOutPage = QList<PlacedSlice>;

class PageFlow
{
public:
    static QList<LaidOutPage> flow(const std::vector<std::unique_ptr<Block>> &blocks, double widthMm,
                                   double heightMm);
};

} // namespace exitdesk::forms
