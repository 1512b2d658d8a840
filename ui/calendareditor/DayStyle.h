// The colours of the calendar editor's days, one per kind of day, shared by the year view and
// its legend so that the two always agree. Transfers also get a mark in the corner of the cell
// and holidays bold digits, so the kinds differ without relying on colour alone.
#pragma once

#include "calendar/DayInfo.h"

#include <QColor>
#include <QList>
#include <QPixmap>

class QPainter;
class QRect;

namespace exitdesk::ui {

class DayStyle
{
public:
    static QColor background(DayKind kind);
    static QColor foreground(DayKind kind);
    static bool bold(DayKind kind);
    // A small triangle in the corner: the day was moved by a transfer.
    static bool marked(DayKind kind);
    // The cell's background, border and transfer mark (not the digits).
    static void paintCell(QPainter &p, const QRect &r, DayKind kind);
    // A legend swatch painted like a cell.
    static QPixmap swatch(DayKind kind, const QSize &size);
    // The kinds in the order the legend lists them.
    static QList<DayKind> legendOrder();
};

} // namespace exitdesk::ui
