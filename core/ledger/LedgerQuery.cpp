#include "ledger/LedgerQuery.h"

#include "ledger/LedgerPostgresStream.h"
#include "ledger/LedgerSqliteStream.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace exitdesk {

LedgerQuery::LedgerQuery(Database &db, const Workflow &workflow, LedgerFilter filter, const QDate &asOf)
    : m_db(db), m_filter(std::move(filter)), m_deriver(workflow, asOf)
{
}

LedgerQuery::~LedgerQuery() = default;

bool LedgerQuery::count(Database &db, const LedgerFilter &filter, qint64 *count, QString *error)
{
    QVariantList binds;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM cases c WHERE ") + filter.sqlCondition(&binds))) {
        *error = q.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    *count = q.value(0).toLongLong();
    return true;
}

bool LedgerQuery::start(QString *error)
{
    m_error.clear();
    if (!count(m_db, m_filter, &m_expected, &m_error)) {
        *error = m_error;
        return false;
    }
    if (m_db.isPostgres())
        m_stream = std::make_unique<LedgerPostgresStream>(m_db.connection(), m_filter, m_deriver.asOf());
    else
        m_stream = std::make_unique<LedgerSqliteStream>(m_db.connection(), m_filter, m_deriver.asOf(), m_readAhead);
    if (!m_stream->start(&m_error)) {
        *error = m_error;
        m_stream.reset();
        return false;
    }
    return true;
}

bool LedgerQuery::next(LedgerRow *row)
{
    if (!m_stream)
        return false;
    while (m_stream->next(&m_record, &m_error)) {
        bool finished = false;
        LedgerRow derived = m_deriver.derive(m_record, &finished);
        if (m_filter.matchesStage(derived.stage, derived.overdue, finished)) {
            *row = std::move(derived);
            return true;
        }
    }
    m_stream.reset();
    return false;
}

} // namespace exitdesk
