// Reads the deadlines dashboard's rows from the database a slice at a time, so that the
// screen stays responsive with 100 000 cases: one query over the accepted cases that are not
// finished (finished ones with a complaint are kept: the complaint has a deadline), joined
// with their events and ordered by case; each step() derives the workflow of the cases read
// within its time budget. Uses the caller's connection, so it runs in the GUI thread between
// events (Database is one connection per thread).
//
// The date printed on a receipt: the receipt (Annex 4) is printed at acceptance with the
// service due date of that moment. When an event of kind "receipt-printed" with data
// {"serviceDue": "YYYY-MM-DD"} exists (the latest counts) its date is the printed one;
// otherwise the printed date is known only while the calendar has not changed since the
// receipt (it is then the recomputed one).
#pragma once

#include "deadlines/DeadlineRow.h"
#include "workflow/Workflow.h"

#include <QDateTime>
#include <QSqlQuery>

#include <memory>

namespace exitdesk {
class Database;
} // namespace exitdesk

namespace exitdesk::ui {

class DeadlinesLoader
{
public:
    // `on`: the day the deadlines are counted for (today).
    DeadlinesLoader(Database &db, std::shared_ptr<const Workflow> workflow, const QDate &on);

    // Runs the query; false with error() when it fails.
    bool start();
    // Reads and derives cases for about budgetMs (at least one case), appending their rows.
    // Returns true when every case was read.
    bool step(int budgetMs, QList<DeadlineRow> *rows);
    bool atEnd() const { return m_atEnd; }
    int casesRead() const { return m_casesRead; }
    QString error() const { return m_error; }
    const Workflow &workflow() const { return *m_workflow; }

    // One case as read, and its rows on day `on`.
    struct CaseData
    {
        qint64 id = 0;
        QString number;
        QString applicant;
        QDateTime submittedAt;
        QString channel;
        QList<CaseEvent> events;
        QDateTime receiptPrintedAt;
        QDate printedServiceDue;
    };
    static QList<DeadlineRow> rowsFor(const Workflow &workflow, const CaseData &c, const QDate &on,
                                      const QDateTime &calendarChangedAt);

    // The event kind that records a printed receipt (not a workflow event).
    static QString receiptPrintedKind() { return QStringLiteral("receipt-printed"); }

private:
    bool readCase(CaseData *out); // false at the end (or on error)

    Database &m_db;
    std::shared_ptr<const Workflow> m_workflow;
    QDate m_on;
    QDateTime m_changedAt;
    QSqlQuery m_query;
    bool m_hasRow = false; // m_query stands on an unread row
    bool m_atEnd = false;
    int m_casesRead = 0;
    QString m_error;
};

} // namespace exitdesk::ui
