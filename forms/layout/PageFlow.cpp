#include "layout/PageFlow.h"

namespace exitdesk::forms {

QList<LaidOutPage> PageFlow::flow(const std::vector<std::unique_ptr<Block>> &blocks, double widthMm, double heightMm)
{
    QList<Slice> slices;
    for (const auto &block : blocks)
        slices << block->layout(widthMm);

    QList<LaidOutPage> pages(1);
    double y = 0;
    auto newPage = [&] {
        pages.append(LaidOutPage());
        y = 0;
    };
    // Height of the run of slices that must stay together, starting at i.
    auto chainHeight = [&](int i) {
        double h = 0;
        for (int j = i; j < slices.size(); ++j) {
            if (slices.at(j).pageBreak)
                break;
            h += slices.at(j).height;
            if (j == i && slices.at(j).header && y == 0)
                h += slices.at(j).header->height;
            if (!slices.at(j).keepWithNext)
                break;
        }
        return h;
    };

    for (int i = 0; i < slices.size(); ++i) {
        const Slice &s = slices.at(i);
        if (s.pageBreak) {
            if (y > 0)
                newPage();
            continue;
        }
        if (s.space && y == 0)
            continue;
        if (!s.space) {
            const double chain = chainHeight(i);
            // Break before the chain when it does not fit here but would on an empty page;
            // a chain longer than a page is broken where it overflows.
            if (y > 0 && y + chain > heightMm + 1e-6 && (chain <= heightMm || y + s.height > heightMm + 1e-6))
                newPage();
        } else if (y + s.height > heightMm) {
            newPage();
            continue;
        }
        if (y == 0 && s.header && pages.size() > 1) {
            // A table row opens a page: the table continues here, so its header comes first.
            pages.last().append(PlacedSlice{*s.header, y});
            y += s.header->height;
        }
        pages.last().append(PlacedSlice{s, y});
        y += s.height;
    }
    if (pages.size() > 1 && pages.last().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace exitdesk::forms
