#include "ledger/LedgerPostgresStream.h"

#include "ledger/LedgerSql.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QVariant>

namespace exitdesk {

LedgerPostgresStream::LedgerPostgresStream(QSqlDatabase connection, LedgerFilter filter)
    : m_connection(std::move(connection)), m_filter(std::move(filter)), m_query(m_connection)
{
}

bool LedgerPostgresStream::start(QString *error)
{
    QVariantList binds;
    const QString where = m_filter.sqlCondition(&binds);
    // OFFSET 0 keeps the subquery whole, so each body is parsed into jsonb once per case rather
    // than once per joined event row.
    const QString sql =
        QStringLiteral("SELECT %1, %2 FROM (SELECT c.*, c.body::jsonb AS j FROM cases c WHERE %3 "
                       "OFFSET 0) c LEFT JOIN case_events e ON e.case_id = c.id ORDER BY c.id, e.id")
            .arg(LedgerSql::caseColumns(Dialect::PostgreSQL), LedgerSql::eventColumns(), where);
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        *error = m_query.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        m_query.bindValue(i, binds.at(i));
    if (!m_query.exec()) {
        *error = m_query.lastError().text();
        return false;
    }
    m_pending = false;
    m_done = false;
    return true;
}

bool LedgerPostgresStream::next(LedgerCaseRecord *record, QString *error)
{
    if (m_done)
        return false;
    if (!m_pending && !m_query.next()) {
        m_done = true;
        if (m_query.lastError().isValid())
            *error = m_query.lastError().text();
        return false;
    }
    LedgerSql::readCase(m_query, 0, record);
    const int ev = LedgerSql::CaseColumnCount;
    while (true) {
        CaseEvent e;
        if (!m_query.isNull(ev) && LedgerSql::readEvent(m_query, ev, &e))
            record->events << e;
        if (!m_query.next()) {
            m_done = true;
            m_pending = false;
            if (m_query.lastError().isValid()) {
                *error = m_query.lastError().text();
                return false;
            }
            return true;
        }
        if (m_query.value(0).toLongLong() != record->row.caseId) {
            m_pending = true;
            return true;
        }
    }
}

} // namespace exitdesk
