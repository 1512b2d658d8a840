// The calendar editor's year view: the twelve months of a year as grids, Monday first, each day
// coloured by its kind (DayStyle) with the reason in its tooltip. Operable from the keyboard:
// the arrow keys move a day (up/down a week), Page Up/Down a month, Home/End to the year's ends;
// Enter or Space activates the day (the editor toggles a transfer), the menu key opens the
// day's context menu. Painted in one widget so that the whole year fits and moves as one.
#pragma once

#include "calendar/DayInfo.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace exitdesk::ui {

class YearView : public QWidget
{
    Q_OBJECT
public:
    explicit YearView(QWidget *parent = nullptr);

    // Every day of `year`, 1 January first (WorkingCalendar::yearDays).
    void setDays(int year, const QList<DayInfo> &days);
    int year() const { return m_year; }
    DayInfo dayInfo(const QDate &date) const;

    QDate currentDate() const { return m_current; }
    // Moves the cursor; a date of another year is announced (currentDateChanged) but the view
    // keeps showing its year until setDays() is called.
    void setCurrentDate(const QDate &date);

    // Where a day is painted (tests click there); empty when it is not in the shown year.
    QRect dayRect(const QDate &date) const;
    QDate dateAt(const QPoint &pos) const;
    // The text of a day's tooltip: the date, the kind of day and the reason.
    QString dayText(const QDate &date) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void currentDateChanged(const QDate &date);
    void activated(const QDate &date);
    void contextMenuRequested(const QDate &date, const QPoint &globalPos);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRect monthRect(int month) const;
    int titleHeight() const;
    int headerHeight() const;
    void paintMonth(QPainter &p, int month) const;

    int m_year = 0;
    QList<DayInfo> m_days;
    QDate m_current;
};

} // namespace exitdesk::ui
