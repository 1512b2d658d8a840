// RAII transaction guard for every multi-statement write:
//     Transaction tx(db); ... if (!tx.commit()) ...;
// rolls back when destroyed uncommitted. On SQLite the outermost guard starts with
// BEGIN IMMEDIATE, so concurrent writers (other processes too) wait for each other instead
// of failing half way; on PostgreSQL it is a plain BEGIN (lock rows with SELECT ... FOR UPDATE
// or UPDATE). A guard opened inside another one becomes a SAVEPOINT, so a repository call
// that uses its own guard can run inside a caller's larger transaction.
#pragma once

#include <QString>

namespace exitdesk {

class Database;

class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the transaction could not be started (e.g. the database stayed locked
    // longer than the busy timeout); error() says why. Statements then run outside it.
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }

    // Commits (or releases the savepoint). False, with error() set, when that failed; the
    // guard then rolls back.
    bool commit();
    void rollback();

private:
    bool exec(const QString &sql);

    Database &m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    QString m_error;
};

} // namespace exitdesk
