// What a case's events say on its register line (SPEC.md §7): the stage, the service term, the
// national security answer, the decision or refusal and its grounds, the executor. Worked out
// from a replay of every event (Workflow::derive without a reference day), so that it can be
// kept beside the stage cache (table case_stages, CaseStageIndex) and read back by the register
// instead of replaying a million timelines at each export. Only the lateness depends on the day
// the register is as of: overdueFrom keeps the earliest due date it turns on.
#pragma once

#include "ledger/LedgerRow.h"

#include <QDate>
#include <QList>
#include <QString>

namespace exitdesk {

struct WorkflowResult;

struct LedgerDerivation
{
    QString stage; // Stage key
    bool finished = false;
    QDate dueDate;     // the service term
    QDate overdueFrom; // the earliest due date of the deadlines the office must keep; null: none
    QDate securityAnswerDate;
    QString securityAnswerNumber;
    QDate decisionDate; // the decision or the refusal, whichever was issued
    QDate permitDate;   // the positive decision handed to the applicant
    QList<int> refusalGrounds;
    QString executor; // of the latest event that names one
    QString note;     // where the timeline stops replaying, when it does
    // The day of the latest event replayed. A line derived from every event holds for a register
    // as of that day or later; for an earlier day the case is replayed as of that day (the
    // register's query decides, LedgerSql::replayCondition). Far in the future (never holds)
    // when the replay stopped short of the last event.
    QDate lastEventDay;

    static LedgerDerivation of(const WorkflowResult &result);
    // Fills the derived columns of the line; overdue as of `asOf`.
    void applyTo(LedgerRow *row, const QDate &asOf) const;

    // The grounds as stored ("1,8") and back.
    static QString groundsText(const QList<int> &grounds);
    static QList<int> groundsFromText(QStringView text);
};

} // namespace exitdesk
