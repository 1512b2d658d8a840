#include "deadlines/DeadlinesLoader.h"

#include "calendar/CalendarStore.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

namespace exitdesk::ui {

namespace {

// Columns: 0 id, 1 number, 2 submitted_at, 3 portal, 4-6 names, 7 event id, 8 kind, 9 at,
// 10 data, 11 executor, 12 recorded_at.
const char *const kQuery =
    // Finished cases (decision or refusal issued) without a complaint are left out; the set is
    // found through the index on kind, which is far cheaper than a subquery per case.
    "WITH finished AS (SELECT case_id FROM case_events WHERE kind IN ('decision-issued', 'refusal-issued') "
    "EXCEPT SELECT case_id FROM case_events WHERE kind = 'complaint-received') "
    "SELECT c.id, c.number, c.submitted_at, "
    // The channel lives in the body (compact JSON, as CaseRepository writes it); matching the
    // text avoids parsing every body. A quote inside a value is escaped, so it cannot match.
    "CASE WHEN c.body LIKE '%\"channel\":\"portal\"%' OR c.body LIKE '%\"channel\": \"portal\"%' THEN 1 ELSE 0 END, "
    "c.surname, c.name, c.patronymic, e.id, e.kind, e.at, e.data, e.executor, e.recorded_at "
    "FROM cases c LEFT JOIN case_events e ON e.case_id = c.id "
    "WHERE c.status = 'accepted' AND c.submitted_at IS NOT NULL AND c.id NOT IN (SELECT case_id FROM finished) "
    "ORDER BY c.id, e.id";

} // namespace

DeadlinesLoader::DeadlinesLoader(Database &db, std::shared_ptr<const Workflow> workflow, const QDate &on)
    : m_db(db), m_workflow(std::move(workflow)), m_on(on)
{
}

bool DeadlinesLoader::start()
{
    m_changedAt = CalendarStore(m_db).changedAt();
    m_query = QSqlQuery(m_db.connection());
    m_query.setForwardOnly(true);
    if (!m_query.exec(QString::fromLatin1(kQuery))) {
        m_error = m_query.lastError().text();
        m_atEnd = true;
        return false;
    }
    m_hasRow = m_query.next();
    m_atEnd = !m_hasRow;
    return true;
}

bool DeadlinesLoader::readCase(CaseData *out)
{
    if (!m_hasRow)
        return false;
    CaseData c;
    c.id = m_query.value(0).toLongLong();
    c.number = m_query.value(1).toString();
    c.submittedAt = QDateTime::fromString(m_query.value(2).toString(), Qt::ISODate);
    c.channel = m_query.value(3).toInt() == 1 ? QStringLiteral("portal") : QStringLiteral("counter");
    QStringList names;
    for (int i = 4; i <= 6; ++i) {
        const QString n = m_query.value(i).toString();
        if (!n.isEmpty())
            names << n;
    }
    c.applicant = names.join(QLatin1Char(' '));
    do {
        if (m_query.value(7).isNull())
            continue; // a case without events
        const QString kind = m_query.value(8).toString();
        const QDateTime at = QDateTime::fromString(m_query.value(9).toString(), Qt::ISODate);
        const QJsonObject data = QJsonDocument::fromJson(m_query.value(10).toString().toUtf8()).object();
        if (kind == receiptPrintedKind()) {
            c.receiptPrintedAt = at;
            c.printedServiceDue = QDate::fromString(data.value(QStringLiteral("serviceDue")).toString(), Qt::ISODate);
            continue;
        }
        CaseEvent e;
        if (!eventKindFromKey(kind, &e.kind))
            continue; // a kind of a newer program version: the workflow ignores it too
        e.id = m_query.value(7).toLongLong();
        e.at = at;
        e.data = data;
        e.executor = m_query.value(11).toString();
        e.recordedAt = QDateTime::fromString(m_query.value(12).toString(), Qt::ISODate);
        c.events << e;
    } while ((m_hasRow = m_query.next()) && m_query.value(0).toLongLong() == c.id);
    if (!m_hasRow && m_query.lastError().isValid())
        m_error = m_query.lastError().text();
    *out = std::move(c);
    return true;
}

bool DeadlinesLoader::step(int budgetMs, QList<DeadlineRow> *rows)
{
    QElapsedTimer timer;
    timer.start();
    CaseData c;
    while (!m_atEnd) {
        if (!readCase(&c)) {
            m_atEnd = true;
            break;
        }
        ++m_casesRead;
        *rows << rowsFor(*m_workflow, c, m_on, m_changedAt);
        if (!m_hasRow)
            m_atEnd = true;
        if (timer.elapsed() >= budgetMs)
            break;
    }
    if (m_atEnd)
        m_query.finish();
    return m_atEnd;
}

QList<DeadlineRow> DeadlinesLoader::rowsFor(const Workflow &workflow, const CaseData &c, const QDate &on,
                                            const QDateTime &calendarChangedAt)
{
    QList<DeadlineRow> rows;
    if (!c.submittedAt.isValid() || c.submittedAt.date() > on)
        return rows;
    const WorkflowResult r = workflow.derive(c.submittedAt, c.channel, c.events, on);
    const WorkingCalendar &calendar = workflow.calendar();

    DeadlineRow base;
    base.caseId = c.id;
    base.number = c.number;
    base.applicant = c.applicant;
    base.serviceDue = r.state.service.dueDate();
    base.serviceIncompleteYears = r.state.service.due.incompleteYears;
    const QDateTime receiptAt = c.receiptPrintedAt.isValid() ? c.receiptPrintedAt : c.submittedAt;
    base.calendarChangedAfterReceipt = calendarChangedAt.isValid() && calendarChangedAt > receiptAt;
    base.printedServiceDue = c.printedServiceDue.isValid() ? c.printedServiceDue
                             : base.calendarChangedAfterReceipt ? QDate()
                                                                : base.serviceDue;
    base.replayFailed = !r.ok;

    bool mainSeen = false;
    for (const Deadline &d : r.state.deadlines) {
        const bool complaint = isComplaintStage(d.stage);
        // The main line is shown by its current stage only; every open complaint has its row.
        if (!complaint && mainSeen)
            continue;
        mainSeen = mainSeen || !complaint;
        DeadlineRow row = base;
        row.stage = d.stage;
        row.complaint = d.complaint;
        row.stageDue = d.due;
        row.countedFrom = d.count.start;
        row.norm = d.count.norm;
        row.cappedByServiceTerm = d.cappedByServiceTerm;
        row.stageIncompleteYears = d.count.incompleteYears;
        if (d.due.isValid()) {
            if (!calendar.isComplete(d.due.year()) && !row.stageIncompleteYears.contains(d.due.year()))
                row.stageIncompleteYears << d.due.year();
            const DeadlineStatus status = DeadlineStatus::of(d.due, on, calendar);
            row.status = status.kind;
            row.workingDaysLeft = status.workingDays;
        }
        rows << row;
    }
    if (!mainSeen && !r.state.isFinished()) {
        // An open main line without a dated step still belongs on the board.
        DeadlineRow row = base;
        row.stage = r.state.stage;
        rows << row;
    }
    if (base.serviceDue.isValid() && !calendar.isComplete(base.serviceDue.year())) {
        for (DeadlineRow &row : rows) {
            if (!row.serviceIncompleteYears.contains(base.serviceDue.year()))
                row.serviceIncompleteYears << base.serviceDue.year();
        }
    }
    return rows;
}

} // namespace exitdesk::ui
