// The production calendar in the database (migration 010_calendar.sql), so that every
// workstation of an office counts the same. The first load of an empty database seeds it
// from CalendarDefaults; afterwards only an administrator's edits change it: every write
// checks the actor's permission (CalendarEdit; CalendarConfirm for a confirmation) and writes
// its audit record (entity "calendar", the year before and after) in the same transaction.
// Without an actor the writes are allowed only on a database without accounts (setup).
#pragma once

#include "accounts/Actor.h"
#include "accounts/Permission.h"
#include "calendar/CalendarData.h"
#include "calendar/WorkingCalendar.h"

#include <QDateTime>
#include <QTime>

#include <memory>
#include <optional>

namespace exitdesk {

class Database;

class CalendarStore
{
public:
    explicit CalendarStore(Database &db) : m_db(db) {}
    CalendarStore(Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

    // The calendar as stored; seeds the defaults first when the database never had a calendar.
    bool load(CalendarData *data, QString *error);
    // load() built into a WorkingCalendar; null (with *error) on failure.
    std::shared_ptr<const WorkingCalendar> loadWorkingCalendar(QString *error);
    // Writes the defaults unless the database was seeded before (also by another workstation).
    bool seedIfNeeded(QString *error);

    // Replaces one year's Kurban Ait, transfers and confirmation with `year` as given (a changed
    // confirmation needs CalendarConfirm as well).
    bool saveYear(const CalendarYear &year, const QDateTime &now, QString *error);
    // Imports a year from a file: replaces its days; the stored confirmation is kept only when
    // the days did not change (a changed year must be confirmed again). Returns the result.
    bool importYear(const CalendarYear &imported, const QDateTime &now, CalendarYear *stored, QString *error);
    // Replaces the whole calendar (rules, weekly days off, years with their confirmations).
    bool saveAll(const CalendarData &data, const QDateTime &now, QString *error);
    // Records the administrator's confirmation of a year (creating the year row if needed).
    bool confirmYear(int year, const QString &by, const QDateTime &at, QString *error);

    // Settings kept with the calendar (calendar_settings): office closing times, …
    // setSetting needs SettingsEdit and is audited ("setting.change", "calendar.<name>").
    QString setting(const QString &name, const QString &fallback = QString()) const;
    bool setSetting(const QString &name, const QString &value, const QDateTime &now, QString *error);
    // When the calendar was last changed (invalid when never changed since seeding).
    QDateTime changedAt() const;

private:
    std::optional<Actor> authorize(Permission permission, QString *error) const;
    bool saveYearAs(const Actor &actor, const CalendarYear &year, const QDateTime &now, const QString &action,
                    QString *error);
    bool writeAll(const CalendarData &data, const QDateTime &now, QString *error);
    bool writeYear(const CalendarYear &year, const QDateTime &now, QString *error);
    bool writeSetting(const QString &name, const QString &value, QString *error);
    bool readAll(CalendarData *data, QString *error) const;

    Database &m_db;
    std::optional<Actor> m_actor;
};

} // namespace exitdesk
