// A piece of a form's content that the page flow places: it lays itself out for a width and
// returns its slices, top to bottom.
#pragma once

#include "layout/Slice.h"

#include <QList>

namespace exitdesk::forms {

class Block
{
public:
    virtual ~Block() = default;
    virtual QList<Slice> layout(double widthMm) const = 0;
};

} // namespace exitdesk::forms
