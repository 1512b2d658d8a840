// The due dates of the case card: each open step of the workflow (the current stage first,
// parallel steps and complaints after it) with its due date and the working days left —
// overdue ones in red — and the service term's own due date on the last row.
#pragma once

#include "workflow/WorkflowState.h"

#include <QTableWidget>

namespace exitdesk {
class WorkingCalendar;
}

namespace exitdesk::ui {

class DeadlineTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit DeadlineTable(QWidget *parent = nullptr);

    void setState(const WorkflowState &state, const WorkingCalendar &calendar, const QDate &today,
                  const QString &lang);
    // "working days left: 3", "due today", "working days late: 2".
    static QString daysText(int workingDays);

private:
    // As high as its rows (up to about six), so the documents below it get the rest.
    void fitHeight();
};

} // namespace exitdesk::ui
