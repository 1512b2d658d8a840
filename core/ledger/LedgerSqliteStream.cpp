#include "ledger/LedgerSqliteStream.h"

#include "ledger/LedgerSql.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QVariant>

namespace exitdesk {

namespace {

bool prepare(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

LedgerSqliteStream::LedgerSqliteStream(QSqlDatabase connection, LedgerFilter filter)
    : m_connection(std::move(connection)), m_filter(std::move(filter)), m_cases(m_connection),
      m_events(m_connection)
{
}

bool LedgerSqliteStream::start(QString *error)
{
    QVariantList binds;
    const QString where = m_filter.sqlCondition(&binds);
    if (!prepare(m_cases,
                 QStringLiteral("SELECT %1 FROM cases c WHERE %2 ORDER BY c.id")
                     .arg(LedgerSql::caseColumns(Dialect::SQLite), where),
                 binds, error))
        return false;
    // CROSS JOIN makes SQLite walk the cases in id order and look their events up by index,
    // so the events come in case order without sorting them all first.
    if (!prepare(m_events,
                 QStringLiteral("SELECT %1 FROM cases c CROSS JOIN case_events e ON e.case_id = c.id "
                                "WHERE %2 ORDER BY c.id")
                     .arg(LedgerSql::eventColumns(), where),
                 binds, error))
        return false;
    m_eventPending = false;
    m_eventsDone = false;
    return true;
}

bool LedgerSqliteStream::next(LedgerCaseRecord *record, QString *error)
{
    if (!m_cases.next()) {
        if (m_cases.lastError().isValid())
            *error = m_cases.lastError().text();
        return false;
    }
    LedgerSql::readCase(m_cases, 0, record);
    const qint64 id = record->row.caseId;
    while (!m_eventsDone) {
        if (!m_eventPending) {
            if (!m_events.next()) {
                m_eventsDone = true;
                if (m_events.lastError().isValid()) {
                    *error = m_events.lastError().text();
                    return false;
                }
                break;
            }
            m_eventPending = true;
        }
        const qint64 eventCase = m_events.value(0).toLongLong();
        if (eventCase > id)
            break; // the next case's
        m_eventPending = false;
        CaseEvent e;
        if (eventCase == id && LedgerSql::readEvent(m_events, 0, &e))
            record->events << e;
    }
    return true;
}

} // namespace exitdesk
