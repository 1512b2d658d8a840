// The editing of one year of the production calendar, without widgets (the calendar editor's
// logic, testable on its own). Every change re-reads the stored calendar first and applies
// itself to that fresh copy of the year, so a change saved meanwhile by another workstation is
// not overwritten; it is checked (CalendarData::validateYear) and saved through CalendarStore,
// so that every workstation counts the same. A change of the days withdraws the year's
// confirmation: a changed year must be confirmed again (as CalendarStore::importYear does).
#pragma once

#include "calendar/CalendarData.h"
#include "calendar/CalendarError.h"
#include "calendar/CalendarStore.h"
#include "calendar/WorkingCalendar.h"

#include <QByteArray>
#include <QDate>

#include <functional>
#include <memory>

namespace exitdesk {
class Clock;
class Database;
} // namespace exitdesk

namespace exitdesk::ui {

class CalendarYearEditor
{
public:
    // What Enter / Space on a day does.
    enum class Toggle {
        AddDayOff,      // a working weekday becomes a day off
        AddWorkingDay,  // a weekly day off becomes a working day
        RemoveTransfer, // the day has a transfer: it goes back to what the rules make it
        NotPossible,    // a holiday or a carried-over holiday: no transfer can fall on it
    };

    CalendarYearEditor(Database &db, const Clock &clock, const Actor *actor = nullptr);

    // Reads the calendar from the database (seeding the defaults into an empty one).
    bool reload(QString *error);

    int year() const { return m_year; }
    void setYear(int year) { m_year = year; }

    const CalendarData &data() const { return m_data; }
    const WorkingCalendar &calendar() const { return *m_calendar; }
    std::shared_ptr<const WorkingCalendar> sharedCalendar() const { return m_calendar; }
    // The year being edited as stored (an empty entry when the database has none).
    CalendarYear currentYear() const;
    QList<YearGap> gaps() const { return m_data.gaps(m_year); }
    // The transfer on a date, or null.
    const DayTransfer *transferOn(const QDate &date) const;

    Toggle toggleKind(const QDate &date) const;
    // Adds or removes the transfer on `date` as toggleKind() says; `note` goes with a new one.
    bool toggleTransfer(const QDate &date, const QString &note, CalendarErrors *errors);
    // Sets the first day of Kurban Ait of the edited year; an invalid date clears it.
    bool setKurbanAit(const QDate &date, CalendarErrors *errors);
    // Records who confirmed the edited year, now.
    bool confirm(const QString &by, CalendarErrors *errors);

    // A year file (CalendarJson "exitdesk-calendar-year"), or the edited year out of a whole
    // calendar file. On success the edited year becomes the imported one.
    bool importFile(const QByteArray &bytes, CalendarErrors *errors);
    // The edited year as a year file.
    QByteArray exportFile() const;

private:
    // Re-reads, applies `change` to the stored year, checks and saves it.
    bool modify(const std::function<void(CalendarYear &)> &change, CalendarErrors *errors);
    bool saveChecked(const CalendarYear &y, CalendarErrors *errors);
    bool reloadInto(CalendarErrors *errors);
    static CalendarError plain(const QString &message);

    CalendarStore store() const;

    Database &m_db;
    const Actor *m_actor = nullptr; // the logged-in person; null: setup rules
    const Clock &m_clock;
    int m_year;
    CalendarData m_data;
    std::shared_ptr<const WorkingCalendar> m_calendar;
};

} // namespace exitdesk::ui
