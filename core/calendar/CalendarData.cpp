#include "calendar/CalendarData.h"

#include <QSet>

namespace exitdesk {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

LocalizedText yearGapText(YearGap gap)
{
    switch (gap) {
    case YearGap::NoKurbanAit:
        return {QStringLiteral("Құрбан айттың бірінші күні енгізілмеген"),
                QStringLiteral("не внесён первый день Курбан айта"),
                QStringLiteral("the first day of Kurban Ait is not entered")};
    case YearGap::NotConfirmed:
        return {QStringLiteral("жылды әкімші растамаған"), QStringLiteral("год не подтверждён администратором"),
                QStringLiteral("the year is not confirmed by an administrator")};
    }
    return {};
}

QList<const HolidayRule *> CalendarData::rulesOn(const QDate &date) const
{
    QList<const HolidayRule *> found;
    for (const HolidayRule &r : holidays) {
        if (r.month == date.month() && r.day == date.day() && r.appliesIn(date.year()))
            found << &r;
    }
    return found;
}

QList<YearGap> CalendarData::gaps(int year) const
{
    QList<YearGap> result;
    const auto it = years.constFind(year);
    if (it == years.constEnd() || !it->kurbanAit.isValid())
        result << YearGap::NoKurbanAit;
    if (it == years.constEnd() || !it->confirmed())
        result << YearGap::NotConfirmed;
    return result;
}

CalendarErrors CalendarData::validateYear(const CalendarYear &y) const
{
    CalendarErrors errors;
    if (y.year < 1900 || y.year > 2200) {
        errors << CalendarError{QStringLiteral("year"),
                                {QStringLiteral("жыл 1900–2200 аралығында болуы керек"),
                                 QStringLiteral("год должен быть в пределах 1900–2200"),
                                 QStringLiteral("the year must be within 1900–2200")}};
        return errors;
    }
    if (y.kurbanAit.isValid() && y.kurbanAit.year() != y.year) {
        errors << CalendarError{QStringLiteral("kurbanAit"),
                                LocalizedText{QStringLiteral("%1 күні %2 жылға жатпайды"),
                                              QStringLiteral("дата %1 не относится к %2 году"),
                                              QStringLiteral("%1 is not in the year %2")}
                                    .arg(iso(y.kurbanAit))
                                    .arg(QString::number(y.year))};
    }
    QSet<QDate> seen;
    for (int i = 0; i < y.transfers.size(); ++i) {
        const DayTransfer &t = y.transfers.at(i);
        const QString key = QStringLiteral("transfers[%1].date").arg(i);
        if (!t.date.isValid()) {
            errors << CalendarError{key,
                                    {QStringLiteral("күн көрсетілмеген"), QStringLiteral("дата не указана"),
                                     QStringLiteral("the date is missing")}};
            continue;
        }
        if (t.date.year() != y.year) {
            errors << CalendarError{key, LocalizedText{QStringLiteral("%1 күні %2 жылға жатпайды"),
                                                       QStringLiteral("дата %1 не относится к %2 году"),
                                                       QStringLiteral("%1 is not in the year %2")}
                                             .arg(iso(t.date))
                                             .arg(QString::number(y.year))};
            continue;
        }
        if (seen.contains(t.date)) {
            errors << CalendarError{key, LocalizedText{QStringLiteral("%1 күніне ауыстыру екі рет көрсетілген"),
                                                       QStringLiteral("перенос на %1 указан дважды"),
                                                       QStringLiteral("%1 has two transfers")}
                                             .arg(iso(t.date))};
            continue;
        }
        seen.insert(t.date);
        if (t.kind == TransferKind::WorkingDay && !isWeeklyDayOff(t.date)) {
            errors << CalendarError{key,
                                    LocalizedText{QStringLiteral("%1 апталық демалыс күні емес: оны жұмыс күні етуге болмайды"),
                                                  QStringLiteral("%1 не еженедельный выходной: его нельзя сделать рабочим днём"),
                                                  QStringLiteral("%1 is not a weekly day off, so it cannot become a working day")}
                                        .arg(iso(t.date))};
        }
        if (t.kind == TransferKind::DayOff && isWeeklyDayOff(t.date)) {
            errors << CalendarError{key,
                                    LocalizedText{QStringLiteral("%1 онсыз да апталық демалыс күні"),
                                                  QStringLiteral("%1 и так еженедельный выходной"),
                                                  QStringLiteral("%1 is already a weekly day off")}
                                        .arg(iso(t.date))};
        }
        if (!rulesOn(t.date).isEmpty() || t.date == y.kurbanAit) {
            errors << CalendarError{key, LocalizedText{QStringLiteral("%1 — мереке күні, оған ауыстыру жасалмайды"),
                                                       QStringLiteral("%1 — праздничный день, перенос на него невозможен"),
                                                       QStringLiteral("%1 is a holiday; a transfer cannot fall on it")}
                                             .arg(iso(t.date))};
        }
    }
    return errors;
}

CalendarErrors CalendarData::validate() const
{
    CalendarErrors errors;
    if (weeklyDaysOff.size() > 6)
        errors << CalendarError{QStringLiteral("weeklyDaysOff"),
                                {QStringLiteral("аптада кемінде бір жұмыс күні болуы керек"),
                                 QStringLiteral("в неделе должен быть хотя бы один рабочий день"),
                                 QStringLiteral("a week needs at least one working day")}};
    QSet<QString> keys;
    for (int i = 0; i < holidays.size(); ++i) {
        const HolidayRule &r = holidays.at(i);
        const QString prefix = QStringLiteral("holidays[%1].").arg(i);
        if (r.key.isEmpty() || keys.contains(r.key))
            errors << CalendarError{prefix + QStringLiteral("key"),
                                    {QStringLiteral("кілт бос немесе қайталанады"), QStringLiteral("ключ пуст или повторяется"),
                                     QStringLiteral("the key is empty or repeated")}};
        keys.insert(r.key);
        // 2000 is a leap year, so 29 February is accepted as a rule.
        if (!QDate(2000, r.month, r.day).isValid())
            errors << CalendarError{prefix + QStringLiteral("day"),
                                    {QStringLiteral("мұндай күн жоқ"), QStringLiteral("такого дня нет"),
                                     QStringLiteral("no such day of the year")}};
        if (r.validFrom != 0 && r.validTo != 0 && r.validFrom > r.validTo)
            errors << CalendarError{prefix + QStringLiteral("validTo"),
                                    {QStringLiteral("validTo validFrom-нан бұрын"), QStringLiteral("validTo раньше validFrom"),
                                     QStringLiteral("validTo is before validFrom")}};
        if (r.name.ru.isEmpty() && r.name.kk.isEmpty() && r.name.en.isEmpty())
            errors << CalendarError{prefix + QStringLiteral("name"),
                                    {QStringLiteral("атауы жоқ"), QStringLiteral("нет названия"), QStringLiteral("the name is missing")}};
    }
    for (auto it = years.constBegin(); it != years.constEnd(); ++it) {
        for (CalendarError e : validateYear(*it)) {
            e.key = QStringLiteral("years[%1].").arg(it.key()) + e.key;
            errors << e;
        }
    }
    return errors;
}

} // namespace exitdesk
