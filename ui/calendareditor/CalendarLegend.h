// The legend under the calendar editor's year view: a swatch in each day kind's colour with its
// name. kindName() is also the name the year view's tooltips give a day.
#pragma once

#include "calendar/DayInfo.h"

#include <QWidget>

class QLabel;

namespace exitdesk::ui {

class CalendarLegend : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarLegend(QWidget *parent = nullptr);

    static QString kindName(DayKind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<QPair<DayKind, QLabel *>> m_labels;
};

} // namespace exitdesk::ui
