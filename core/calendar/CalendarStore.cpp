#include "calendar/CalendarStore.h"

#include "accounts/AuditEntry.h"
#include "accounts/AuditLog.h"
#include "accounts/Authorization.h"
#include "calendar/CalendarDefaults.h"
#include "calendar/CalendarJson.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace exitdesk {

namespace {

const QString kWeekly = QStringLiteral("weekly_days_off");
const QString kSeeded = QStringLiteral("seeded");
const QString kChangedAt = QStringLiteral("changed_at");

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant nullableYear(int y)
{
    return y == 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(y);
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// A null QString binds as SQL NULL: NOT NULL text columns get "" instead.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QString();
}

QJsonValue yearJson(const CalendarData &data, int year)
{
    const auto it = data.years.constFind(year);
    return it == data.years.constEnd() ? QJsonValue() : QJsonValue(CalendarJson::yearToJson(*it));
}

bool sameConfirmation(const CalendarYear &a, const CalendarYear &b)
{
    return a.confirmedBy == b.confirmedBy && a.confirmedAt == b.confirmedAt;
}

bool appendAudit(Database &db, const Actor &actor, const QDateTime &at, const QString &action,
                 const QString &kind, const QString &id, const QJsonValue &before, const QJsonValue &after,
                 QString *error)
{
    return AuditLog::append(db, AuditEntry::make(actor, at, action, kind, id, before, after), error);
}

} // namespace

std::optional<Actor> CalendarStore::authorize(Permission permission, QString *error) const
{
    Finding refusal;
    std::optional<Actor> actor = Authorization::resolve(m_db, m_actor, permission, &refusal);
    if (!actor && error)
        *error = refusal.message(m_actor ? m_actor->lang : QStringLiteral("en"));
    return actor;
}

QString CalendarStore::setting(const QString &name, const QString &fallback) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM calendar_settings WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool CalendarStore::setSetting(const QString &name, const QString &value, const QDateTime &now, QString *error)
{
    const std::optional<Actor> actor = authorize(Permission::SettingsEdit, error);
    if (!actor)
        return false;
    Transaction tx(m_db);
    const QString before = setting(name);
    if (!writeSetting(name, value, error))
        return false;
    if (!appendAudit(m_db, *actor, now, QStringLiteral("setting.change"), QStringLiteral("setting"),
                     QStringLiteral("calendar.") + name, before, value, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool CalendarStore::writeSetting(const QString &name, const QString &value, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO calendar_settings (name, value) VALUES (?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    q.addBindValue(name);
    q.addBindValue(value);
    return run(q, error);
}

QDateTime CalendarStore::changedAt() const
{
    return QDateTime::fromString(setting(kChangedAt), Qt::ISODate);
}

bool CalendarStore::seedIfNeeded(QString *error)
{
    if (!setting(kSeeded).isEmpty())
        return true;
    QString defaultsError;
    const CalendarData defaults = CalendarDefaults::load(&defaultsError);
    if (!defaultsError.isEmpty()) {
        *error = defaultsError;
        return false;
    }
    Transaction tx(m_db);
    // The marker row first: a second workstation seeding at the same moment stops here
    // (primary key) instead of writing the rules twice.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO calendar_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(kSeeded);
    q.addBindValue(CalendarDefaults::resourcePath());
    if (!run(q, error))
        return false;
    if (q.numRowsAffected() == 0)
        return true; // seeded meanwhile by someone else
    if (!writeAll(defaults, QDateTime(), error))
        return false;
    // Seeding is not a change by anybody.
    QSqlQuery d(m_db.connection());
    d.prepare(QStringLiteral("DELETE FROM calendar_settings WHERE name = ?"));
    d.addBindValue(kChangedAt);
    if (!run(d, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool CalendarStore::load(CalendarData *data, QString *error)
{
    if (!seedIfNeeded(error))
        return false;
    return readAll(data, error);
}

std::shared_ptr<const WorkingCalendar> CalendarStore::loadWorkingCalendar(QString *error)
{
    CalendarData data;
    if (!load(&data, error))
        return nullptr;
    return WorkingCalendar::create(std::move(data));
}

bool CalendarStore::readAll(CalendarData *data, QString *error) const
{
    CalendarData d;
    const QString weekly = setting(kWeekly);
    if (!weekly.isEmpty()) {
        d.weeklyDaysOff.clear();
        for (const QString &k : weekly.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int day = CalendarJson::weekdayFromKey(k.trimmed());
            if (day != 0)
                d.weeklyDaysOff << day;
        }
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT rule_key, month, day, name_kk, name_ru, name_en, movable, valid_from, valid_to "
                             "FROM calendar_holiday_rules ORDER BY position, id"));
    if (!run(q, error))
        return false;
    while (q.next()) {
        HolidayRule r;
        r.key = q.value(0).toString();
        r.month = q.value(1).toInt();
        r.day = q.value(2).toInt();
        r.name = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        r.movable = q.value(6).toInt() != 0;
        r.validFrom = q.value(7).isNull() ? 0 : q.value(7).toInt();
        r.validTo = q.value(8).isNull() ? 0 : q.value(8).toInt();
        d.holidays << r;
    }
    q.prepare(QStringLiteral("SELECT year, kurban_ait, confirmed_by, confirmed_at FROM calendar_years ORDER BY year"));
    if (!run(q, error))
        return false;
    while (q.next()) {
        CalendarYear y;
        y.year = q.value(0).toInt();
        y.kurbanAit = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        y.confirmedBy = q.value(2).toString();
        y.confirmedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        d.years.insert(y.year, y);
    }
    q.prepare(QStringLiteral("SELECT year, day, kind, note FROM calendar_transfers ORDER BY day"));
    if (!run(q, error))
        return false;
    while (q.next()) {
        DayTransfer t;
        t.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        transferKindFromKey(q.value(2).toString(), &t.kind);
        t.note = q.value(3).toString();
        const int year = q.value(0).toInt();
        if (!d.years.contains(year))
            d.years[year].year = year;
        d.years[year].transfers << t;
    }
    *data = d;
    return true;
}

bool CalendarStore::writeYear(const CalendarYear &year, const QDateTime &now, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM calendar_transfers WHERE year = ?"));
    q.addBindValue(year.year);
    if (!run(q, error))
        return false;
    q.prepare(QStringLiteral("DELETE FROM calendar_years WHERE year = ?"));
    q.addBindValue(year.year);
    if (!run(q, error))
        return false;
    q.prepare(QStringLiteral("INSERT INTO calendar_years (year, kurban_ait, confirmed_by, confirmed_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(year.year);
    q.addBindValue(nullableText(year.kurbanAit.isValid() ? year.kurbanAit.toString(Qt::ISODate) : QString()));
    q.addBindValue(nullableText(year.confirmedBy));
    q.addBindValue(nullableText(isoTime(year.confirmedAt)));
    q.addBindValue(nullableText(isoTime(now)));
    if (!run(q, error))
        return false;
    for (const DayTransfer &t : year.transfers) {
        q.prepare(QStringLiteral("INSERT INTO calendar_transfers (year, day, kind, note) VALUES (?, ?, ?, ?)"));
        q.addBindValue(year.year);
        q.addBindValue(t.date.toString(Qt::ISODate));
        q.addBindValue(transferKindKey(t.kind));
        q.addBindValue(nonNull(t.note));
        if (!run(q, error))
            return false;
    }
    return !now.isValid() || writeSetting(kChangedAt, isoTime(now), error);
}

bool CalendarStore::saveYear(const CalendarYear &year, const QDateTime &now, QString *error)
{
    const std::optional<Actor> actor = authorize(Permission::CalendarEdit, error);
    if (!actor)
        return false;
    CalendarData current;
    if (!load(&current, error))
        return false;
    // Setting or changing the confirmation is the confirming permission's business.
    if (year.confirmed() && !sameConfirmation(year, current.years.value(year.year)) &&
        !authorize(Permission::CalendarConfirm, error))
        return false;
    return saveYearAs(*actor, year, now, QStringLiteral("calendar.year"), error);
}

bool CalendarStore::saveYearAs(const Actor &actor, const CalendarYear &year, const QDateTime &now,
                               const QString &action, QString *error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    CalendarData before;
    if (!readAll(&before, error) || !writeYear(year, now, error))
        return false;
    if (!appendAudit(m_db, actor, now, action, QStringLiteral("calendar"), QString::number(year.year),
                     yearJson(before, year.year), CalendarJson::yearToJson(year), error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool CalendarStore::importYear(const CalendarYear &imported, const QDateTime &now, CalendarYear *stored,
                               QString *error)
{
    const std::optional<Actor> actor = authorize(Permission::CalendarEdit, error);
    if (!actor)
        return false;
    CalendarData current;
    if (!load(&current, error))
        return false;
    CalendarYear y = imported;
    y.confirmedBy.clear();
    y.confirmedAt = QDateTime();
    const auto it = current.years.constFind(imported.year);
    if (it != current.years.constEnd() && it->sameDays(imported)) {
        y.confirmedBy = it->confirmedBy;
        y.confirmedAt = it->confirmedAt;
    }
    if (!saveYearAs(*actor, y, now, QStringLiteral("calendar.import"), error))
        return false;
    if (stored)
        *stored = y;
    return true;
}

bool CalendarStore::saveAll(const CalendarData &data, const QDateTime &now, QString *error)
{
    const std::optional<Actor> actor = authorize(Permission::CalendarEdit, error);
    if (!actor)
        return false;
    CalendarData before;
    if (!load(&before, error))
        return false;
    // A file may carry confirmations: replacing them is confirming.
    for (const CalendarYear &y : data.years) {
        if (y.confirmed() && !sameConfirmation(y, before.years.value(y.year)) &&
            !authorize(Permission::CalendarConfirm, error))
            return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    if (!writeAll(data, now, error) ||
        !appendAudit(m_db, *actor, now, QStringLiteral("calendar.replace"), QStringLiteral("calendar"),
                     QStringLiteral("all"), CalendarJson::toJson(before), CalendarJson::toJson(data), error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool CalendarStore::writeAll(const CalendarData &data, const QDateTime &now, QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    for (const QString &table : {QStringLiteral("calendar_transfers"), QStringLiteral("calendar_years"),
                                 QStringLiteral("calendar_holiday_rules")}) {
        if (!q.exec(QStringLiteral("DELETE FROM ") + table)) {
            *error = q.lastError().text();
            return false;
        }
    }
    QStringList weekly;
    for (int d : data.weeklyDaysOff)
        weekly << CalendarJson::weekdayKey(d);
    if (!writeSetting(kWeekly, weekly.join(QLatin1Char(',')), error))
        return false;
    int position = 0;
    for (const HolidayRule &r : data.holidays) {
        q.prepare(QStringLiteral("INSERT INTO calendar_holiday_rules (rule_key, position, month, day, name_kk, name_ru, "
                                 "name_en, movable, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(nonNull(r.key));
        q.addBindValue(position++);
        q.addBindValue(r.month);
        q.addBindValue(r.day);
        q.addBindValue(nonNull(r.name.kk));
        q.addBindValue(nonNull(r.name.ru));
        q.addBindValue(nonNull(r.name.en));
        q.addBindValue(r.movable ? 1 : 0);
        q.addBindValue(nullableYear(r.validFrom));
        q.addBindValue(nullableYear(r.validTo));
        if (!run(q, error))
            return false;
    }
    for (const CalendarYear &y : data.years) {
        if (!writeYear(y, now, error))
            return false;
    }
    if (now.isValid() && !writeSetting(kChangedAt, isoTime(now), error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool CalendarStore::confirmYear(int year, const QString &by, const QDateTime &at, QString *error)
{
    const std::optional<Actor> actor = authorize(Permission::CalendarConfirm, error);
    if (!actor)
        return false;
    CalendarData current;
    if (!load(&current, error))
        return false;
    CalendarYear y = current.years.value(year);
    y.year = year;
    y.confirmedBy = by;
    y.confirmedAt = at;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    // A confirmation does not change any day: changed_at stays.
    if (!writeYear(y, QDateTime(), error))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE calendar_years SET updated_at = ? WHERE year = ?"));
    q.addBindValue(isoTime(at));
    q.addBindValue(year);
    if (!run(q, error))
        return false;
    if (!appendAudit(m_db, *actor, at, QStringLiteral("calendar.confirm"), QStringLiteral("calendar"),
                     QString::number(year), yearJson(current, year), CalendarJson::yearToJson(y), error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace exitdesk
