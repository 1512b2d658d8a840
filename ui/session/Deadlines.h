// The working-day calendar and the workflow as the desktop program uses them: loaded from
// the database once (the calendar editor calls reload() after a change), then asked for a
// case's service due date and its current stage with the stage's due date.
#pragma once

#include "workflow/Workflow.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace exitdesk {
class Clock;
class Database;
} // namespace exitdesk

namespace exitdesk::ui {

struct StageStatus
{
    Stage stage = Stage::Registration;
    QDate due;                 // of the current stage; null when finished
    std::optional<int> workingDaysLeft; // negative when late
    QDate serviceDue;          // the 20th working day
};

class Deadlines
{
public:
    Deadlines(Database *db, const Clock &clock);

    // Reads the calendar and the office hours from the database again.
    void reload();
    // After the calendar or the office hours were changed: reload(), then recompute the due
    // dates the stage cache holds for unfinished cases (core's CaseStageIndex).
    void calendarChanged();
    bool isLoaded() const { return m_workflow != nullptr; }
    QString error() const { return m_error; }

    const Workflow *workflow() const { return m_workflow.get(); }
    // The day to come back printed on the receipt (Annex 4): the 20th working day after the
    // effective day of submission. Null when the calendar could not be loaded.
    QDate serviceDue(const QDateTime &submittedAt, const QString &channel) const;
    // The case's current stage and its deadline as of today, from its events.
    std::optional<StageStatus> status(const QDateTime &submittedAt, const QString &channel,
                                      const QList<CaseEvent> &events = {}) const;

private:
    Database *m_db;
    const Clock &m_clock;
    std::unique_ptr<Workflow> m_workflow;
    QString m_error;
};

} // namespace exitdesk::ui
