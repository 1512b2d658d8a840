#include "calendareditor/CalendarLegend.h"

#include "calendareditor/DayStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace exitdesk::ui {

CalendarLegend::CalendarLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarLegend"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (DayKind kind : DayStyle::legendOrder()) {
        auto *swatch = new QLabel(this);
        swatch->setPixmap(DayStyle::swatch(kind, QSize(22, 16)));
        auto *label = new QLabel(this);
        layout->addWidget(swatch);
        layout->addWidget(label);
        layout->addSpacing(10);
        m_labels << qMakePair(kind, label);
    }
    layout->addStretch();
    retranslate();
}

QString CalendarLegend::kindName(DayKind kind)
{
    switch (kind) {
    case DayKind::Working:
        return tr("working day");
    case DayKind::TransferredWorking:
        return tr("working day by transfer");
    case DayKind::WeeklyDayOff:
        return tr("weekend");
    case DayKind::Holiday:
        return tr("public holiday");
    case DayKind::CarriedHoliday:
        return tr("carried-over day off");
    case DayKind::TransferredDayOff:
        return tr("day off by transfer");
    }
    return QString();
}

void CalendarLegend::retranslate()
{
    for (const auto &[kind, label] : m_labels)
        label->setText(kindName(kind));
}

void CalendarLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace exitdesk::ui
