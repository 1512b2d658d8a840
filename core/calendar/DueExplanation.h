// Why a due date is what it is: the day counted from (not itself counted), the norm in
// working days, the due date, every day skipped on the way with its reason, and the years
// on the way whose calendar is incomplete (a warning: the date may still move).
#pragma once

#include "calendar/DayInfo.h"

#include <QList>
#include <QStringList>

namespace exitdesk {

struct DueExplanation
{
    QDate start; // the day counted from; not counted itself
    int norm = 0; // working days
    QDate due;   // invalid when the count leaves the calendar's range
    QList<DayInfo> skipped;     // the days that are not working between start and due
    QList<int> incompleteYears; // years from start to due whose calendar is incomplete

    bool isValid() const { return due.isValid(); }
    bool hasWarning() const { return !incompleteYears.isEmpty(); }

    // A human explanation, one line each: the count, then each skipped day with its reason.
    QStringList lines(const QString &lang) const;
    // The warning line for incomplete years (empty when there is none).
    QString warning(const QString &lang) const;
};

// "2026-03-21 (Sat)" in the chosen language.
QString isoWithWeekday(const QDate &date, const QString &lang);

} // namespace exitdesk
