// An open obligation of a case with its due date: the current stage, a parallel step, or a
// complaint. It explains itself: what it counts from, the norm and its source, every day
// skipped, and whether the service term cut it short.
#pragma once

#include "calendar/DueExplanation.h"
#include "workflow/Stage.h"

#include <QStringList>

namespace exitdesk {

class WorkingCalendar;

struct Deadline
{
    Stage stage = Stage::Registration;
    int complaint = 0;    // complaints: the complaint's number on the case (1, 2, …)
    LocalizedText basis;  // the norm and its source, e.g. "2 working days from registration (rules §8)"
    DueExplanation count; // the count of the norm
    QDate due;            // the due date: count.due, or the service due date when earlier
    bool cappedByServiceTerm = false;
    bool byApplicant = false; // the applicant's step (handing over the identity card)

    QStringList lines(const QString &lang) const;
};

// How a deadline stands on a day.
struct DeadlineStatus
{
    enum Kind { OnTime, DueSoon, Overdue };
    Kind kind = OnTime;
    // Working days from the day to the due date: > 0 left, 0 due today, < 0 late. When the
    // day is not a working day the count runs to the day, so a Saturday after a Friday due
    // date is overdue with 0 working days late.
    int workingDays = 0;

    static DeadlineStatus of(const QDate &due, const QDate &on, const WorkingCalendar &calendar);
    // overdue | due-soon | on-time
    QString key() const;
};

} // namespace exitdesk
