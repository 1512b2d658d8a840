#include "casecard/TimelineTable.h"

#include "casecard/EventSummary.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

namespace exitdesk::ui {

TimelineTable::TimelineTable(QWidget *parent) : QTableWidget(0, 4, parent)
{
    setObjectName(QStringLiteral("timeline"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    verticalHeader()->hide();
    // Date, step and executor are sized when filled (fitColumns); the details take the rest.
    for (int col = 0; col < 3; ++col)
        horizontalHeader()->setSectionResizeMode(col, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    // The details wrap in the last column; a sideways scroll bar appears only when even the
    // other columns do not fit.
    horizontalHeader()->setMinimumSectionSize(60);
    // Rows are measured when filled, often before the card has its final width, which left them
    // several lines too tall (and the first one cut off): measure again when a column changes.
    // Once the layout has settled (several sections change in one pass).
    auto *remeasure = new QTimer(this);
    remeasure->setSingleShot(true);
    remeasure->setInterval(0);
    connect(remeasure, &QTimer::timeout, this, [this] {
        // Taller rows push the newest step out of view again: follow it if it was shown.
        const bool atNewest = verticalScrollBar()->value() == verticalScrollBar()->maximum();
        resizeRowsToContents();
        if (atNewest)
            scrollToBottom();
    });
    connect(horizontalHeader(), &QHeaderView::sectionResized, remeasure, qOverload<>(&QTimer::start));
    retranslate();
}

void TimelineTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Date"), tr("Step"), tr("Executor"), tr("Details")});
}

void TimelineTable::setEvents(const QList<CaseEvent> &events, int failed, const QString &lang)
{
    retranslate();
    setRowCount(int(events.size()));
    for (int i = 0; i < events.size(); ++i) {
        const CaseEvent &e = events.at(i);
        QString details = EventSummary::describe(e, lang);
        if (i == failed)
            details = tr("not accepted by the workflow") + (details.isEmpty() ? QString() : QStringLiteral("; ") + details);
        const QStringList cells{e.at.date().toString(QStringLiteral("dd.MM.yyyy")), eventKindName(e.kind).in(lang),
                                e.executor, details};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            if (i == failed)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            setItem(i, col, item);
        }
    }
    fitColumns();
    resizeRowsToContents();
    if (!events.isEmpty())
        scrollToBottom();
}

void TimelineTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    fitColumns();
}

int TimelineTable::longestWord(int column) const
{
    int widest = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem *cell = item(row, column);
        if (!cell)
            continue;
        for (const QString &word : cell->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, fontMetrics().horizontalAdvance(word));
    }
    return widest;
}

void TimelineTable::fitColumns()
{
    // Measured on one line: with wrapping on, a column sized "to contents" was measured in its
    // own current width, and an executor's name was cut to «Ахм…». A step name or a name
    // longer than the cap wraps on whole words instead, leaving room for the details.
    const int caps[] = {0, 230, 230};
    int widths[3];
    setWordWrap(false);
    for (int col = 0; col < 3; ++col) {
        widths[col] = std::max(sizeHintForColumn(col), horizontalHeader()->sectionSizeHint(col));
        if (caps[col] > 0)
            widths[col] = std::min(widths[col], caps[col]);
    }
    setWordWrap(true);
    // A narrow card: the step and the executor wrap on whole words (never cut inside one)
    // rather than push the details out of sight.
    const int detailsMin = 140;
    int excess = widths[0] + widths[1] + widths[2] + detailsMin - viewport()->width();
    for (int col : {1, 2}) {
        if (excess <= 0)
            break;
        const int least = longestWord(col) + 12;
        const int cut = std::min(excess, widths[col] - least);
        if (cut > 0) {
            widths[col] -= cut;
            excess -= cut;
        }
    }
    for (int col = 0; col < 3; ++col) {
        if (columnWidth(col) != widths[col])
            setColumnWidth(col, widths[col]);
    }
}

} // namespace exitdesk::ui
