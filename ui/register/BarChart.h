// A plain bar chart painted with QPainter (Qt Charts is not available): one bar per labelled
// value, the value written above the bar, labels under it (turned when they do not fit).
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

namespace exitdesk::ui {

class BarChart : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setBars(const QList<QPair<QString, qint64>> &bars);
    const QList<QPair<QString, qint64>> &bars() const { return m_bars; }

    QSize sizeHint() const override { return {480, 240}; }
    QSize minimumSizeHint() const override { return {200, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QList<QPair<QString, qint64>> m_bars;
};

} // namespace exitdesk::ui
