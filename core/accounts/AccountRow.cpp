#include "accounts/AccountRow.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace exitdesk::accounts {

namespace {

const QString kColumns = QStringLiteral("id, login, full_name, role, disabled, failed_attempts, "
                                        "locked_until, created_at, updated_at, password_hash");

QString iso(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

// Qt binds a null QString as SQL NULL; text columns here are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(iso(t)) : QVariant(QMetaType(QMetaType::QString));
}

Account read(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.fullName = q.value(2).toString();
    roleFromKey(q.value(3).toString(), &a.role); // an unknown key keeps the least powerful role
    a.disabled = q.value(4).toInt() != 0;
    a.failedAttempts = q.value(5).toInt();
    const QString locked = q.value(6).toString();
    a.lockedUntil = locked.isEmpty() ? QDateTime() : QDateTime::fromString(locked, Qt::ISODate);
    a.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    a.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    return a;
}

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

std::optional<Account> AccountRow::load(Database &db, const QString &login, bool forUpdate, QString *error,
                                        QString *passwordHash)
{
    QSqlQuery q(db.connection());
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM accounts WHERE login = ?");
    if (forUpdate && db.dialect() == Dialect::PostgreSQL)
        sql += QStringLiteral(" FOR UPDATE");
    q.prepare(sql);
    q.addBindValue(login);
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    if (passwordHash)
        *passwordHash = q.value(9).toString();
    return read(q);
}

bool AccountRow::loadAll(Database &db, QList<Account> *accounts, QString *error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM accounts ORDER BY login")))
        return fail(q, error);
    while (q.next())
        accounts->append(read(q));
    return true;
}

bool AccountRow::insert(Database &db, Account *a, const QString &passwordHash, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO accounts (login, full_name, role, password_hash, disabled, "
                             "failed_attempts, locked_until, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a->login);
    q.addBindValue(text(a->fullName));
    q.addBindValue(roleKey(a->role));
    q.addBindValue(passwordHash);
    q.addBindValue(a->disabled ? 1 : 0);
    q.addBindValue(a->failedAttempts);
    q.addBindValue(isoOrNull(a->lockedUntil));
    q.addBindValue(iso(a->createdAt));
    q.addBindValue(iso(a->updatedAt));
    if (!q.exec())
        return fail(q, error);
    QString why;
    const std::optional<Account> stored = load(db, a->login, false, &why);
    if (!stored) {
        if (error)
            *error = why;
        return false;
    }
    a->id = stored->id;
    return true;
}

bool AccountRow::update(Database &db, const Account &a, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("UPDATE accounts SET full_name = ?, role = ?, disabled = ?, failed_attempts = ?, "
                       "locked_until = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(text(a.fullName));
    q.addBindValue(roleKey(a.role));
    q.addBindValue(a.disabled ? 1 : 0);
    q.addBindValue(a.failedAttempts);
    q.addBindValue(isoOrNull(a.lockedUntil));
    q.addBindValue(iso(a.updatedAt));
    q.addBindValue(a.id);
    return q.exec() || fail(q, error);
}

bool AccountRow::setHash(Database &db, qint64 id, const QString &passwordHash, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"));
    q.addBindValue(passwordHash);
    q.addBindValue(id);
    return q.exec() || fail(q, error);
}

} // namespace exitdesk::accounts
