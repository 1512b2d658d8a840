#include "ledger/LedgerPostgresStream.h"

#include "ledger/LedgerSql.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QVariant>

namespace exitdesk {

LedgerPostgresStream::LedgerPostgresStream(QSqlDatabase connection, LedgerFilter filter, const QDate &asOf)
    : m_connection(std::move(connection)), m_filter(std::move(filter)), m_asOf(asOf), m_query(m_connection)
{
}

bool LedgerPostgresStream::start(QString *error)
{
    QVariantList binds;
    const QString where = m_filter.sqlCondition(&binds);
    // OFFSET 0 keeps the subquery whole, so each body is parsed into jsonb once per case rather
    // than once per joined event row. Only the cases to replay bring their events.
    const QString sql =
        QStringLiteral("SELECT %1, %2, %3 FROM (SELECT c.*, c.body::jsonb AS j FROM cases c WHERE %4 "
                       "OFFSET 0) c %5 LEFT JOIN case_events e ON e.case_id = c.id AND %6 ORDER BY c.id, e.id")
            .arg(LedgerSql::caseColumns(Dialect::PostgreSQL, m_asOf), LedgerSql::stageColumns(m_asOf),
                 LedgerSql::eventColumns(), where, LedgerSql::stageJoin(), LedgerSql::replayCondition(m_asOf));
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
    const int stage = LedgerSql::CaseColumnCount;
    LedgerSql::readStage([this, stage](int i) { return m_query.value(stage + i).toString(); }, record);
    const int ev = stage + LedgerSql::StageColumnCount;
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
