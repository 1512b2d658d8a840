#include "calendareditor/DayStyle.h"

#include <QPainter>
#include <QPolygon>

namespace exitdesk::ui {

QColor DayStyle::background(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
        return QColor(0xff, 0xff, 0xff);
    case DayKind::TransferredWorking:
        return QColor(0xb6, 0xd4, 0xfe); // blue: a weekend day worked
    case DayKind::WeeklyDayOff:
        return QColor(0xe2, 0xe3, 0xe5); // grey
    case DayKind::Holiday:
        return QColor(0xf1, 0x9a, 0xa3); // red
    case DayKind::CarriedHoliday:
        return QColor(0xff, 0xc0, 0x7a); // orange: the day off given for a holiday on a weekend
    case DayKind::TransferredDayOff:
        return QColor(0xd3, 0xbe, 0xf8); // violet: a weekday made a day off
    }
    return QColor(Qt::white);
}

QColor DayStyle::foreground(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
    case DayKind::TransferredWorking:
        return QColor(0x21, 0x25, 0x29);
    case DayKind::WeeklyDayOff:
        return QColor(0x6c, 0x75, 0x7d);
    case DayKind::Holiday:
        return QColor(0x6a, 0x0d, 0x17);
    case DayKind::CarriedHoliday:
        return QColor(0x66, 0x33, 0x00);
    case DayKind::TransferredDayOff:
        return QColor(0x3d, 0x0a, 0x91);
    }
    return QColor(Qt::black);
}

bool DayStyle::bold(DayKind kind)
{
    return kind == DayKind::Holiday || kind == DayKind::CarriedHoliday;
}

bool DayStyle::marked(DayKind kind)
{
    return kind == DayKind::TransferredWorking || kind == DayKind::TransferredDayOff;
}

void DayStyle::paintCell(QPainter &p, const QRect &r, DayKind kind)
{
    p.fillRect(r, background(kind));
    p.setPen(QColor(0xce, 0xd4, 0xda));
    p.drawRect(r.adjusted(0, 0, -1, -1));
    if (marked(kind)) {
        const int s = qMax(5, r.height() / 3);
        QPolygon corner;
        corner << QPoint(r.right() - s, r.top()) << QPoint(r.right(), r.top()) << QPoint(r.right(), r.top() + s);
        p.setPen(Qt::NoPen);
        p.setBrush(foreground(kind));
        p.drawPolygon(corner);
        p.setBrush(Qt::NoBrush);
    }
}

QPixmap DayStyle::swatch(DayKind kind, const QSize &size)
{
    QPixmap pm(size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    paintCell(p, QRect(QPoint(0, 0), size), kind);
    return pm;
}

QList<DayKind> DayStyle::legendOrder()
{
    return {DayKind::Working,        DayKind::WeeklyDayOff,      DayKind::Holiday,
            DayKind::CarriedHoliday, DayKind::TransferredDayOff, DayKind::TransferredWorking};
}

} // namespace exitdesk::ui
