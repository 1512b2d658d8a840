#include "casecard/TimelineTable.h"

#include "casecard/EventSummary.h"

#include <QHeaderView>
#include <QTimer>

namespace exitdesk::ui {

TimelineTable::TimelineTable(QWidget *parent) : QTableWidget(0, 4, parent)
{
    setObjectName(QStringLiteral("timeline"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
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
    connect(remeasure, &QTimer::timeout, this, [this] { resizeRowsToContents(); });
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
    resizeRowsToContents();
    if (!events.isEmpty())
        scrollToBottom();
}

} // namespace exitdesk::ui
