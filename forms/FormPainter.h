// Paints a form on any paged device (QPdfWriter here; QPrinter in the UI, which links
// PrintSupport) or renders a page to an image, setting the painter up so 1 unit = 1 mm, with
// the printer's offsets (to align with pre-printed or stamped paper) applied by translation.
#pragma once

#include <QImage>
#include <QPagedPaintDevice>

namespace exitdesk::forms {

class OfficialForm;

struct PrintOffsets
{
    double xMm = 0;
    double yMm = 0;
};

class FormPainter
{
public:
    // Paints every page of the form onto the device, starting with the device's current page;
    // `first` false starts a new page first (several forms in one file).
    static bool paint(const OfficialForm &form, QPagedPaintDevice &device, QPainter &painter,
                      PrintOffsets offsets = PrintOffsets(), bool first = true);
    // Sets the painter's transform to millimetres for its device, with the offsets.
    static void setMillimetres(QPainter &painter, PrintOffsets offsets = PrintOffsets());
    // One page as a white image at `dpi` (previews, golden tests).
    static QImage renderPage(const OfficialForm &form, int page, double dpi);
};

} // namespace exitdesk::forms
