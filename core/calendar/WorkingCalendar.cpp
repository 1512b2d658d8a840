#include "calendar/WorkingCalendar.h"

#include <QMap>

#include <algorithm>

namespace exitdesk {

namespace {

const LocalizedText &weeklyDayOffText()
{
    static const LocalizedText t{QStringLiteral("апталық демалыс күні"), QStringLiteral("еженедельный выходной"),
                                 QStringLiteral("weekly day off")};
    return t;
}

const LocalizedText &kurbanAitName()
{
    static const LocalizedText t{QStringLiteral("Құрбан айт (бірінші күні)"),
                                 QStringLiteral("Курбан айт (первый день)"),
                                 QStringLiteral("Kurban Ait (first day)")};
    return t;
}

LocalizedText carriedText(const LocalizedText &name, const QDate &from)
{
    return name
        + LocalizedText{QStringLiteral(" (ауыстыру, %1 күнінен)"), QStringLiteral(" (перенос с %1)"),
                        QStringLiteral(" (carried over from %1)")}
              .arg(from.toString(Qt::ISODate));
}

LocalizedText withNote(LocalizedText text, const QString &note)
{
    if (!note.isEmpty())
        text = text + LocalizedText{QStringLiteral(" — "), QStringLiteral(" — "), QStringLiteral(" — ")}
            + LocalizedText{note, note, note};
    return text;
}

LocalizedText joinNames(const QList<LocalizedText> &names)
{
    LocalizedText joined;
    for (int i = 0; i < names.size(); ++i) {
        if (i > 0)
            joined = joined + LocalizedText{QStringLiteral(" / "), QStringLiteral(" / "), QStringLiteral(" / ")};
        joined = joined + names.at(i);
    }
    return joined;
}

} // namespace

WorkingCalendar::WorkingCalendar(CalendarData data) : m_data(std::move(data))
{
    for (CalendarYear &y : m_data.years)
        y.sortTransfers();
    build();
}

std::shared_ptr<const WorkingCalendar> WorkingCalendar::create(CalendarData data)
{
    return std::make_shared<const WorkingCalendar>(std::move(data));
}

void WorkingCalendar::build()
{
    int firstYear = 2000;
    int lastYear = 2099;
    if (!m_data.years.isEmpty()) {
        firstYear = std::min(firstYear, m_data.years.firstKey());
        lastYear = std::max(lastYear, m_data.years.lastKey() + 1);
    }
    m_baseJd = QDate(firstYear, 1, 1).toJulianDay();
    const qint64 count = QDate(lastYear, 12, 31).toJulianDay() - m_baseJd + 1;

    bool weeklyOff[8] = {};
    for (int d : m_data.weeklyDaysOff) {
        if (d >= 1 && d <= 7)
            weeklyOff[d] = true;
    }
    m_kind.assign(size_t(count), DayKind::Working);
    int dow = QDate(firstYear, 1, 1).dayOfWeek();
    for (qint64 i = 0; i < count; ++i) {
        if (weeklyOff[dow])
            m_kind[size_t(i)] = DayKind::WeeklyDayOff;
        dow = dow == 7 ? 1 : dow + 1;
    }

    // Transfers first: a holiday marked afterwards wins over a (wrongly entered) transfer.
    for (const CalendarYear &y : std::as_const(m_data.years)) {
        for (const DayTransfer &t : y.transfers) {
            const qint64 off = offsetOf(t.date);
            if (off < 0)
                continue;
            DayKind &k = m_kind[size_t(off)];
            if (t.kind == TransferKind::WorkingDay && k == DayKind::WeeklyDayOff) {
                k = DayKind::TransferredWorking;
                m_extra.insert(qint32(off),
                               {withNote({QStringLiteral("жұмыс күні (демалыс күні ауыстырылған)"),
                                          QStringLiteral("рабочий день (перенос выходного)"),
                                          QStringLiteral("working day (a day off moved)")},
                                         t.note),
                                QDate(), QString()});
            } else if (t.kind == TransferKind::DayOff && k == DayKind::Working) {
                k = DayKind::TransferredDayOff;
                m_extra.insert(qint32(off),
                               {withNote({QStringLiteral("ауыстырылған демалыс күні"),
                                          QStringLiteral("перенесённый выходной день"),
                                          QStringLiteral("day off moved by a transfer")},
                                         t.note),
                                QDate(), QString()});
            }
        }
    }

    // Holidays, gathered per day so that two holidays on one day are one day off.
    struct OnDay
    {
        QList<LocalizedText> names;
        QStringList keys;
        const HolidayRule *movable = nullptr;
    };
    QMap<qint64, OnDay> holidays;
    for (int year = firstYear; year <= lastYear; ++year) {
        for (const HolidayRule &r : std::as_const(m_data.holidays)) {
            const qint64 off = offsetOf(r.dateIn(year));
            if (off < 0)
                continue;
            OnDay &h = holidays[off];
            h.names << r.name;
            h.keys << r.key;
            if (r.movable && !h.movable)
                h.movable = &r;
        }
        const auto y = m_data.years.constFind(year);
        if (y != m_data.years.constEnd()) {
            const qint64 off = offsetOf(y->kurbanAit);
            if (off >= 0) {
                OnDay &h = holidays[off];
                h.names << kurbanAitName();
                h.keys << QStringLiteral("kurban-ait");
            }
        }
    }
    std::vector<std::pair<qint64, const HolidayRule *>> carried; // ascending by date
    for (auto it = holidays.constBegin(); it != holidays.constEnd(); ++it) {
        DayKind &k = m_kind[size_t(it.key())];
        if (k == DayKind::WeeklyDayOff && it->movable)
            carried.emplace_back(it.key(), it->movable);
        k = DayKind::Holiday;
        m_extra.insert(qint32(it.key()), {joinNames(it->names), QDate(), it->keys.join(QLatin1Char(','))});
    }
    // Every holiday is marked before any carry is placed, so a carried day skips all of them.
    for (const auto &[from, rule] : carried) {
        qint64 j = from + 1;
        while (j < count && !isWorkingKind(m_kind[size_t(j)]))
            ++j;
        if (j >= count)
            continue;
        const QDate fromDate = QDate::fromJulianDay(m_baseJd + from);
        m_kind[size_t(j)] = DayKind::CarriedHoliday;
        m_extra.insert(qint32(j), {carriedText(rule->name, fromDate), fromDate, rule->key});
    }

    m_cum.assign(size_t(count) + 1, 0);
    m_workIdx.clear();
    m_workIdx.reserve(size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        const bool working = isWorkingKind(m_kind[size_t(i)]);
        m_cum[size_t(i) + 1] = m_cum[size_t(i)] + (working ? 1 : 0);
        if (working)
            m_workIdx.push_back(qint32(i));
    }
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    const qint64 off = offsetOf(date);
    if (off < 0)
        return date.isValid() && !m_data.isWeeklyDayOff(date);
    return isWorkingKind(m_kind[size_t(off)]);
}

DayInfo WorkingCalendar::dayInfo(const QDate &date) const
{
    DayInfo info;
    info.date = date;
    const qint64 off = offsetOf(date);
    if (off < 0) {
        info.kind = m_data.isWeeklyDayOff(date) ? DayKind::WeeklyDayOff : DayKind::Working;
    } else {
        info.kind = m_kind[size_t(off)];
        const auto it = m_extra.constFind(qint32(off));
        if (it != m_extra.constEnd()) {
            info.reason = it->reason;
            info.carriedFrom = it->carriedFrom;
            info.holidayKey = it->key;
        }
    }
    if (info.kind == DayKind::WeeklyDayOff)
        info.reason = weeklyDayOffText();
    return info;
}

QList<DayInfo> WorkingCalendar::yearDays(int year) const
{
    QList<DayInfo> days;
    const QDate first(year, 1, 1);
    const int n = first.daysInYear();
    days.reserve(n);
    for (int i = 0; i < n; ++i)
        days << dayInfo(first.addDays(i));
    return days;
}

int WorkingCalendar::workingDaysInYear(int year) const
{
    return workingDaysBetween(QDate(year - 1, 12, 31), QDate(year, 12, 31));
}

QDate WorkingCalendar::addWorkingDays(const QDate &date, int n) const
{
    const qint64 off = offsetOf(date);
    if (off < 0)
        return QDate();
    if (n == 0)
        return date;
    // Rank of the wanted working day among all working days of the range (0-based).
    const qint64 rank = n > 0 ? qint64(m_cum[size_t(off) + 1]) + n - 1 : qint64(m_cum[size_t(off)]) + n;
    if (rank < 0 || rank >= qint64(m_workIdx.size()))
        return QDate();
    return QDate::fromJulianDay(m_baseJd + m_workIdx[size_t(rank)]);
}

QDate WorkingCalendar::workingDayOnOrAfter(const QDate &date) const
{
    return isWorkingDay(date) ? date : nextWorkingDay(date);
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    const qint64 a = offsetOf(from);
    const qint64 b = offsetOf(to);
    if (a >= 0 && b >= 0)
        return m_cum[size_t(b) + 1] - m_cum[size_t(a) + 1];
    if (!from.isValid() || !to.isValid())
        return 0;
    // Outside the range (rare): count day by day.
    const bool forward = from <= to;
    const QDate lo = forward ? from : to;
    const QDate hi = forward ? to : from;
    int n = 0;
    for (QDate d = lo.addDays(1); d <= hi; d = d.addDays(1))
        n += isWorkingDay(d) ? 1 : 0;
    return forward ? n : -n;
}

DueExplanation WorkingCalendar::explainDue(const QDate &from, int n) const
{
    DueExplanation e;
    e.start = from;
    e.norm = n;
    e.due = addWorkingDays(from, n);
    if (!e.due.isValid())
        return e;
    const QDate lo = n >= 0 ? from : e.due;
    const QDate hi = n >= 0 ? e.due : from;
    for (QDate d = lo.addDays(1); d < hi; d = d.addDays(1)) {
        if (!isWorkingDay(d))
            e.skipped << dayInfo(d);
    }
    e.incompleteYears = incompleteYears(from, e.due);
    return e;
}

QList<int> WorkingCalendar::incompleteYears(const QDate &a, const QDate &b) const
{
    QList<int> years;
    if (!a.isValid() || !b.isValid())
        return years;
    const int lo = std::min(a.year(), b.year());
    const int hi = std::max(a.year(), b.year());
    for (int y = lo; y <= hi; ++y) {
        if (!m_data.isComplete(y))
            years << y;
    }
    return years;
}

} // namespace exitdesk
