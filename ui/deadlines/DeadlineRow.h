// One row of the deadlines dashboard: an open deadline of an accepted case (its current stage,
// or an open complaint) as it stands on the dashboard's day, with the service due date and,
// when the calendar changed after the receipt was printed, the date printed on the receipt.
#pragma once

#include "workflow/Deadline.h"

#include <QDate>
#include <QString>

namespace exitdesk::ui {

struct DeadlineRow
{
    qint64 caseId = 0;
    QString number;
    QString applicant;

    Stage stage = Stage::Registration;
    int complaint = 0;  // complaints: the complaint's number on the case
    QDate stageDue;     // invalid when the stage has no due date
    int workingDaysLeft = 0; // > 0 left, 0 due today, < 0 late
    DeadlineStatus::Kind status = DeadlineStatus::OnTime;
    // The count behind stageDue (for the explanation in the tooltip, computed when shown).
    QDate countedFrom;
    int norm = 0;
    bool cappedByServiceTerm = false;
    QList<int> stageIncompleteYears; // years of the count whose calendar is incomplete

    QDate serviceDue; // recomputed with today's calendar
    QList<int> serviceIncompleteYears;
    // The receipt (Annex 4) is printed at acceptance; when the calendar changed after that,
    // the date printed on it may differ from serviceDue.
    bool calendarChangedAfterReceipt = false;
    QDate printedServiceDue; // as printed, when something recorded it; else invalid

    bool replayFailed = false; // a stored event no longer fits the workflow (e.g. calendar changed)

    bool hasWarning() const
    {
        return !stageIncompleteYears.isEmpty() || !serviceIncompleteYears.isEmpty() || replayFailed
            || (calendarChangedAfterReceipt && printedServiceDue != serviceDue);
    }
    bool printedDiffers() const
    {
        return calendarChangedAfterReceipt && (!printedServiceDue.isValid() || printedServiceDue != serviceDue);
    }
};

} // namespace exitdesk::ui
