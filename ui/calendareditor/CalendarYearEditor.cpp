#include "calendareditor/CalendarYearEditor.h"

#include "Clock.h"
#include "calendar/CalendarJson.h"
#include "calendar/CalendarStore.h"

namespace exitdesk::ui {

CalendarYearEditor::CalendarYearEditor(Database &db, const Clock &clock, const Actor *actor)
    : m_db(db), m_actor(actor), m_clock(clock), m_year(clock.today().year()), m_calendar(WorkingCalendar::create(CalendarData()))
{
}

CalendarStore CalendarYearEditor::store() const
{
    return m_actor ? CalendarStore(m_db, *m_actor) : CalendarStore(m_db);
}

CalendarError CalendarYearEditor::plain(const QString &message)
{
    // Database errors come in the driver's words, the same in every language.
    return CalendarError{QString(), LocalizedText{message, message, message}};
}

bool CalendarYearEditor::reload(QString *error)
{
    CalendarData data;
    QString e;
    if (!store().load(&data, &e)) {
        if (error)
            *error = e;
        return false;
    }
    m_data = std::move(data);
    m_calendar = WorkingCalendar::create(m_data);
    return true;
}

bool CalendarYearEditor::reloadInto(CalendarErrors *errors)
{
    QString e;
    if (reload(&e))
        return true;
    if (errors)
        *errors << plain(e);
    return false;
}

CalendarYear CalendarYearEditor::currentYear() const
{
    CalendarYear y = m_data.years.value(m_year);
    y.year = m_year;
    return y;
}

const DayTransfer *CalendarYearEditor::transferOn(const QDate &date) const
{
    const auto it = m_data.years.constFind(date.year());
    if (it == m_data.years.constEnd())
        return nullptr;
    for (const DayTransfer &t : it->transfers) {
        if (t.date == date)
            return &t;
    }
    return nullptr;
}

CalendarYearEditor::Toggle CalendarYearEditor::toggleKind(const QDate &date) const
{
    if (!date.isValid())
        return Toggle::NotPossible;
    if (transferOn(date))
        return Toggle::RemoveTransfer;
    switch (m_calendar->dayInfo(date).kind) {
    case DayKind::Working:
        return Toggle::AddDayOff;
    case DayKind::WeeklyDayOff:
        return Toggle::AddWorkingDay;
    default:
        return Toggle::NotPossible;
    }
}

bool CalendarYearEditor::toggleTransfer(const QDate &date, const QString &note, CalendarErrors *errors)
{
    const Toggle toggle = toggleKind(date);
    if (toggle == Toggle::NotPossible) {
        // The core's own message, so the key and wording match an imported file's error.
        CalendarYear probe = currentYear();
        probe.transfers << DayTransfer{date, TransferKind::DayOff, QString()};
        CalendarErrors found = m_data.validateYear(probe);
        if (found.isEmpty())
            found << CalendarError{QString(),
                                   LocalizedText{QStringLiteral("%1 — ауыстырылған мереке күні, оған ауыстыру жасалмайды"),
                                                 QStringLiteral("%1 — перенесённый праздничный выходной, перенос на него невозможен"),
                                                 QStringLiteral("%1 is a carried-over holiday; a transfer cannot fall on it")}
                                       .arg(date.toString(QStringLiteral("dd.MM.yyyy")))};
        if (errors)
            *errors << found;
        return false;
    }
    setYear(date.year());
    return modify(
        [&](CalendarYear &y) {
            if (toggle == Toggle::RemoveTransfer) {
                y.transfers.removeIf([&](const DayTransfer &t) { return t.date == date; });
                return;
            }
            const TransferKind kind = toggle == Toggle::AddDayOff ? TransferKind::DayOff : TransferKind::WorkingDay;
            y.transfers << DayTransfer{date, kind, note.trimmed()};
            y.sortTransfers();
        },
        errors);
}

bool CalendarYearEditor::setKurbanAit(const QDate &date, CalendarErrors *errors)
{
    return modify([&](CalendarYear &y) { y.kurbanAit = date; }, errors);
}

bool CalendarYearEditor::confirm(const QString &by, CalendarErrors *errors)
{
    QString e;
    if (!store().confirmYear(m_year, by, m_clock.now(), &e)) {
        if (errors)
            *errors << plain(e);
        return false;
    }
    return reloadInto(errors);
}

bool CalendarYearEditor::modify(const std::function<void(CalendarYear &)> &change, CalendarErrors *errors)
{
    if (!reloadInto(errors))
        return false;
    const CalendarYear before = currentYear();
    CalendarYear y = before;
    change(y);
    if (y.sameDays(before))
        return true;
    y.confirmedBy.clear();
    y.confirmedAt = QDateTime();
    return saveChecked(y, errors);
}

bool CalendarYearEditor::saveChecked(const CalendarYear &y, CalendarErrors *errors)
{
    const CalendarErrors found = m_data.validateYear(y);
    if (!found.isEmpty()) {
        if (errors)
            *errors << found;
        return false;
    }
    QString e;
    if (!store().saveYear(y, m_clock.now(), &e)) {
        if (errors)
            *errors << plain(e);
        return false;
    }
    return reloadInto(errors);
}

bool CalendarYearEditor::importFile(const QByteArray &bytes, CalendarErrors *errors)
{
    CalendarJson::FileKind kind = CalendarJson::FileKind::Unknown;
    CalendarData whole;
    CalendarYear year;
    CalendarErrors found;
    if (!CalendarJson::readFile(bytes, &kind, &whole, &year, &found)) {
        if (errors)
            *errors << found;
        return false;
    }
    if (kind == CalendarJson::FileKind::Calendar) {
        if (!whole.years.contains(m_year)) {
            if (errors)
                *errors << CalendarError{QStringLiteral("years"),
                                         LocalizedText{QStringLiteral("файлда %1 жыл жоқ"),
                                                       QStringLiteral("в файле нет %1 года"),
                                                       QStringLiteral("the file has no year %1")}
                                             .arg(QString::number(m_year))};
            return false;
        }
        year = whole.years.value(m_year);
    }
    if (!reloadInto(errors))
        return false;
    found = m_data.validateYear(year);
    if (!found.isEmpty()) {
        if (errors)
            *errors << found;
        return false;
    }
    QString e;
    if (!store().importYear(year, m_clock.now(), nullptr, &e)) {
        if (errors)
            *errors << plain(e);
        return false;
    }
    m_year = year.year;
    return reloadInto(errors);
}

QByteArray CalendarYearEditor::exportFile() const
{
    return CalendarJson::yearFile(currentYear());
}

} // namespace exitdesk::ui
