#include "storage/Transaction.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace exitdesk {

Transaction::Transaction(Database &db) : m_db(db)
{
    if (m_db.m_transactionDepth > 0) {
        m_savepoint = QStringLiteral("exitdesk_sp_%1").arg(++m_db.m_savepointCounter);
        m_active = exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        // IMMEDIATE takes SQLite's write lock now, so two writers never both read and then
        // fail to upgrade; the busy timeout makes the later one wait.
        m_active = exec(m_db.dialect() == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                          : QStringLiteral("BEGIN"));
    }
    if (m_active)
        ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool Transaction::commit()
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("no transaction is active");
        return false;
    }
    const bool ok = exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                               : QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    if (!ok) {
        rollback();
        return false;
    }
    m_active = false;
    --m_db.m_transactionDepth;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        // ROLLBACK TO keeps the savepoint open; release it so the outer transaction goes on.
        exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    }
    m_active = false;
    --m_db.m_transactionDepth;
}

} // namespace exitdesk
