#include "storage/CaseNumbering.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace exitdesk {

QString CaseNumbering::format(int year, qint64 sequence)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(sequence, 6, 10, QLatin1Char('0'));
}

QString CaseNumbering::counterName(int year)
{
    return QStringLiteral("case-number-%1").arg(year);
}

bool CaseNumbering::lockYears(Database &db, QList<int> years, QString *error)
{
    if (!db.isPostgres())
        return true;
    std::sort(years.begin(), years.end());
    QSqlQuery q(db.connection());
    for (int year : years) {
        q.prepare(
            QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING"));
        q.addBindValue(counterName(year));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        q.prepare(QStringLiteral("SELECT value FROM counters WHERE name = ? FOR UPDATE"));
        q.addBindValue(counterName(year));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool CaseNumbering::next(Database &db, int year, QString *number, QString *error)
{
    const QString name = counterName(year);
    QSqlQuery q(db.connection());
    // The first case of a year creates the row; concurrent creators do not clash.
    q.prepare(
        QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral("SELECT value FROM counters WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    *number = format(year, q.value(0).toLongLong());
    return true;
}

} // namespace exitdesk
