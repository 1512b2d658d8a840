#include "casecard/DeadlineTable.h"

#include "calendar/WorkingCalendar.h"

#include <QHeaderView>

#include <algorithm>
#include <QTimer>

namespace exitdesk::ui {

DeadlineTable::DeadlineTable(QWidget *parent) : QTableWidget(0, 3, parent)
{
    setObjectName(QStringLiteral("deadlines"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Rows are measured when filled, often before the card has its final width, which left them
    // several lines too tall (and the first one cut off): measure again when a column changes.
    // Once the layout has settled (several sections change in one pass).
    auto *remeasure = new QTimer(this);
    remeasure->setSingleShot(true);
    remeasure->setInterval(0);
    connect(remeasure, &QTimer::timeout, this, [this] {
        resizeRowsToContents();
        fitHeight();
    });
    connect(horizontalHeader(), &QHeaderView::sectionResized, remeasure, qOverload<>(&QTimer::start));
}

QString DeadlineTable::daysText(int workingDays)
{
    if (workingDays > 0)
        return tr("working days left: %1").arg(workingDays);
    if (workingDays == 0)
        return tr("due today");
    return tr("working days late: %1").arg(-workingDays);
}

void DeadlineTable::setState(const WorkflowState &state, const WorkingCalendar &calendar, const QDate &today,
                             const QString &lang)
{
    setHorizontalHeaderLabels({tr("Stage"), tr("Due"), tr("Working days")});
    struct Row
    {
        QString title;
        QDate due;
    };
    QList<Row> rows;
    for (const Deadline &d : state.deadlines) {
        QString title = stageTitle(d.stage, lang);
        if (d.complaint > 0)
            title += QStringLiteral(" #%1").arg(d.complaint);
        if (d.byApplicant)
            title += QStringLiteral(" (") + tr("the applicant's step") + QLatin1Char(')');
        rows << Row{title, d.due};
    }
    if (!state.isFinished())
        rows << Row{tr("Service term (20 working days)"), state.service.dueDate()};
    setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const DeadlineStatus status = rows.at(i).due.isValid() ? DeadlineStatus::of(rows.at(i).due, today, calendar)
                                                                : DeadlineStatus();
        const QStringList cells{rows.at(i).title, rows.at(i).due.toString(QStringLiteral("dd.MM.yyyy")),
                                rows.at(i).due.isValid() ? daysText(status.workingDays) : QString()};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            if (status.kind == DeadlineStatus::Overdue)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            else if (status.kind == DeadlineStatus::DueSoon)
                item->setForeground(QColor(0x9a, 0x5b, 0x00));
            if (i == 0 && col == 0) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            setItem(i, col, item);
        }
    }
    resizeRowsToContents();
    fitHeight();
}

void DeadlineTable::fitHeight()
{
    int rows = 0;
    for (int r = 0; r < rowCount(); ++r)
        rows += rowHeight(r);
    const int cap = 6 * (2 * fontMetrics().lineSpacing() + 6);
    const int least = fontMetrics().lineSpacing() + 6;
    setFixedHeight(horizontalHeader()->sizeHint().height() + std::clamp(rows, least, cap) + 2 * frameWidth());
}

} // namespace exitdesk::ui
