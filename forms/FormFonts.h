// The forms' typeface: Liberation Serif (every Kazakh letter), bundled in the resources and
// registered on first use, so a printed form never depends on the fonts of the workstation.
// Sizes are in typographic points; the fonts returned are sized in layout units
// (FormFonts::unitsPerMm per millimetre) so measuring and painting agree on any device.
#pragma once

#include <QFont>
#include <QString>

namespace exitdesk::forms {

class FormFonts
{
public:
    // Text is laid out in 1/100 mm: fine enough that rounding the pixel size does not show.
    static constexpr double unitsPerMm = 100.0;

    // Registers the bundled fonts (once; needs a QGuiApplication) and returns the family.
    static QString family();
    static QFont font(double points, bool bold = false, bool italic = false);
    // Whether the bundled fonts were registered successfully.
    static bool registered();
};

} // namespace exitdesk::forms
