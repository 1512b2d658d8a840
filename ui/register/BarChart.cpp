#include "register/BarChart.h"

#include <QFontMetrics>
#include <QPainter>

namespace exitdesk::ui {

BarChart::BarChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BarChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void BarChart::setBars(const QList<QPair<QString, qint64>> &bars)
{
    m_bars = bars;
    update();
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    const int lineH = fm.height();

    QRect area = rect().adjusted(8, 4, -8, -4);
    if (!m_title.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(area.left(), area.top(), area.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter, m_title);
        p.setFont(font());
        area.setTop(area.top() + lineH + 4);
    }
    if (m_bars.isEmpty())
        return;

    qint64 max = 1;
    int labelW = 0;
    for (const auto &bar : m_bars) {
        max = qMax(max, bar.second);
        labelW = qMax(labelW, fm.horizontalAdvance(bar.first));
    }
    const int n = int(m_bars.size());
    const double slot = double(area.width()) / n;
    // Labels that do not fit under their bar are written upwards, the chart leaving room.
    const bool turned = labelW + 4 > slot;
    const int labelH = turned ? qMin(labelW + 6, area.height() / 3) : lineH + 4;
    const int top = area.top() + lineH + 2; // room for the value above the highest bar
    const int baseline = area.bottom() - labelH;
    const int plotH = qMax(1, baseline - top);

    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(area.left(), baseline, area.right(), baseline);

    const QColor barColor = palette().color(QPalette::Highlight);
    for (int i = 0; i < n; ++i) {
        const auto &bar = m_bars.at(i);
        const int x = area.left() + int(i * slot);
        const int w = qMax(1, int(slot * 0.7));
        const int x0 = x + int((slot - w) / 2);
        const int h = int(double(bar.second) / double(max) * plotH);
        p.fillRect(QRect(x0, baseline - h, w, h), barColor);

        p.setPen(palette().color(QPalette::Text));
        if (fm.horizontalAdvance(QString::number(bar.second)) <= slot + 2 || n <= 12)
            p.drawText(QRect(x, baseline - h - lineH - 1, int(slot), lineH), Qt::AlignHCenter | Qt::AlignBottom,
                       QString::number(bar.second));
        if (turned) {
            p.save();
            p.translate(x + slot / 2 + lineH / 3.0, baseline + 3);
            p.rotate(-90);
            p.drawText(QRect(-labelH + 3, -lineH, labelH - 3, lineH), Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(bar.first, Qt::ElideRight, labelH - 3));
            p.restore();
        } else {
            p.drawText(QRect(x, baseline + 2, int(slot), lineH), Qt::AlignHCenter | Qt::AlignTop, bar.first);
        }
    }
}

} // namespace exitdesk::ui
