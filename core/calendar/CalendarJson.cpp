#include "calendar/CalendarJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace exitdesk {

namespace {

const QString kCalendarFormat = QStringLiteral("exitdesk-calendar");
const QString kYearFormat = QStringLiteral("exitdesk-calendar-year");

// Collects errors while reading one JSON object, each named by its full key.
class Reader
{
public:
    Reader(const QJsonObject &o, QString prefix, CalendarErrors *errors)
        : m_o(o), m_prefix(std::move(prefix)), m_errors(errors)
    {
    }

    void allowOnly(const QSet<QString> &keys)
    {
        for (auto it = m_o.constBegin(); it != m_o.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                error(it.key(), {QStringLiteral("белгісіз кілт"), QStringLiteral("неизвестный ключ"),
                                 QStringLiteral("unknown key")});
        }
    }
    bool has(const QString &key) const { return m_o.contains(key) && !m_o.value(key).isNull(); }
    QString key(const QString &k) const { return m_prefix + k; }

    void error(const QString &k, const LocalizedText &message) { m_errors->append({m_prefix + k, message}); }
    void missing(const QString &k)
    {
        error(k, {QStringLiteral("міндетті кілт жоқ"), QStringLiteral("обязательный ключ отсутствует"),
                  QStringLiteral("required key is missing")});
    }

    QString string(const QString &k, bool required)
    {
        if (!has(k)) {
            if (required)
                missing(k);
            return QString();
        }
        const QJsonValue v = m_o.value(k);
        if (!v.isString()) {
            error(k, {QStringLiteral("мәтін болуы керек"), QStringLiteral("должно быть строкой"),
                      QStringLiteral("must be a string")});
            return QString();
        }
        return v.toString();
    }
    int integer(const QString &k, bool required, int min, int max, int fallback = 0)
    {
        if (!has(k)) {
            if (required)
                missing(k);
            return fallback;
        }
        const QJsonValue v = m_o.value(k);
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            error(k, LocalizedText{QStringLiteral("%1 … %2 аралығындағы бүтін сан болуы керек"),
                                   QStringLiteral("должно быть целым числом от %1 до %2"),
                                   QStringLiteral("must be a whole number from %1 to %2")}
                         .arg(QString::number(min))
                         .arg(QString::number(max)));
            return fallback;
        }
        return int(d);
    }
    bool boolean(const QString &k, bool fallback)
    {
        if (!has(k))
            return fallback;
        const QJsonValue v = m_o.value(k);
        if (!v.isBool()) {
            error(k, {QStringLiteral("true немесе false болуы керек"), QStringLiteral("должно быть true или false"),
                      QStringLiteral("must be true or false")});
            return fallback;
        }
        return v.toBool();
    }
    QDate date(const QString &k, bool required)
    {
        const QString s = string(k, required);
        if (s.isEmpty())
            return QDate();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            error(k, {QStringLiteral("ЖЖЖЖ-АА-КК түріндегі күн болуы керек"),
                      QStringLiteral("должно быть датой ГГГГ-ММ-ДД"), QStringLiteral("must be a date YYYY-MM-DD")});
        return d.isValid() && s.size() == 10 ? d : QDate();
    }
    QDateTime dateTime(const QString &k)
    {
        const QString s = string(k, false);
        if (s.isEmpty())
            return QDateTime();
        const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
        if (!t.isValid())
            error(k, {QStringLiteral("ЖЖЖЖ-АА-ККTСС:ММ:СС түріндегі уақыт болуы керек"),
                      QStringLiteral("должно быть временем ГГГГ-ММ-ДДTЧЧ:ММ:СС"),
                      QStringLiteral("must be a time YYYY-MM-DDTHH:MM:SS")});
        return t;
    }
    QJsonArray array(const QString &k)
    {
        if (!has(k))
            return QJsonArray();
        const QJsonValue v = m_o.value(k);
        if (!v.isArray()) {
            error(k, {QStringLiteral("массив болуы керек"), QStringLiteral("должно быть массивом"),
                      QStringLiteral("must be an array")});
            return QJsonArray();
        }
        return v.toArray();
    }
    QJsonObject object(const QString &k, bool required)
    {
        if (!has(k)) {
            if (required)
                missing(k);
            return QJsonObject();
        }
        const QJsonValue v = m_o.value(k);
        if (!v.isObject()) {
            error(k, {QStringLiteral("объект болуы керек"), QStringLiteral("должно быть объектом"),
                      QStringLiteral("must be an object")});
            return QJsonObject();
        }
        return v.toObject();
    }

private:
    QJsonObject m_o;
    QString m_prefix;
    CalendarErrors *m_errors;
};

QJsonValue optionalYear(int year)
{
    return year == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(year);
}

QJsonObject ruleToJson(const HolidayRule &r)
{
    QJsonObject name{{QStringLiteral("kk"), r.name.kk}, {QStringLiteral("ru"), r.name.ru}, {QStringLiteral("en"), r.name.en}};
    return QJsonObject{{QStringLiteral("key"), r.key},
                       {QStringLiteral("month"), r.month},
                       {QStringLiteral("day"), r.day},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("movable"), r.movable},
                       {QStringLiteral("validFrom"), optionalYear(r.validFrom)},
                       {QStringLiteral("validTo"), optionalYear(r.validTo)}};
}

bool ruleFromJson(const QJsonObject &o, const QString &prefix, HolidayRule *rule, CalendarErrors *errors)
{
    const int before = errors->size();
    Reader r(o, prefix, errors);
    r.allowOnly({QStringLiteral("key"), QStringLiteral("month"), QStringLiteral("day"), QStringLiteral("name"),
                 QStringLiteral("movable"), QStringLiteral("validFrom"), QStringLiteral("validTo")});
    HolidayRule h;
    h.key = r.string(QStringLiteral("key"), true);
    h.month = r.integer(QStringLiteral("month"), true, 1, 12, 1);
    h.day = r.integer(QStringLiteral("day"), true, 1, 31, 1);
    const QJsonObject name = r.object(QStringLiteral("name"), true);
    Reader n(name, prefix + QStringLiteral("name."), errors);
    n.allowOnly({QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")});
    h.name = {n.string(QStringLiteral("kk"), true), n.string(QStringLiteral("ru"), true),
              n.string(QStringLiteral("en"), true)};
    h.movable = r.boolean(QStringLiteral("movable"), true);
    h.validFrom = r.integer(QStringLiteral("validFrom"), false, 1900, 2200);
    h.validTo = r.integer(QStringLiteral("validTo"), false, 1900, 2200);
    if (!QDate(2000, h.month, h.day).isValid())
        r.error(QStringLiteral("day"), {QStringLiteral("мұндай күн жоқ"), QStringLiteral("такого дня нет"),
                                        QStringLiteral("no such day of the year")});
    if (errors->size() != before)
        return false;
    *rule = h;
    return true;
}

} // namespace

QString CalendarJson::weekdayKey(int dayOfWeek)
{
    static const char *const keys[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? QLatin1String(keys[dayOfWeek - 1]) : QString();
}

int CalendarJson::weekdayFromKey(const QString &key)
{
    for (int d = 1; d <= 7; ++d) {
        if (weekdayKey(d) == key)
            return d;
    }
    return 0;
}

QJsonObject CalendarJson::yearToJson(const CalendarYear &year)
{
    CalendarYear y = year;
    y.sortTransfers();
    QJsonArray transfers;
    for (const DayTransfer &t : y.transfers) {
        QJsonObject o{{QStringLiteral("date"), t.date.toString(Qt::ISODate)},
                      {QStringLiteral("kind"), transferKindKey(t.kind)}};
        if (!t.note.isEmpty())
            o.insert(QStringLiteral("note"), t.note);
        transfers.append(o);
    }
    QJsonObject o{{QStringLiteral("year"), y.year},
                  {QStringLiteral("kurbanAit"),
                   y.kurbanAit.isValid() ? QJsonValue(y.kurbanAit.toString(Qt::ISODate)) : QJsonValue()},
                  {QStringLiteral("transfers"), transfers}};
    o.insert(QStringLiteral("confirmedBy"), y.confirmed() ? QJsonValue(y.confirmedBy) : QJsonValue());
    o.insert(QStringLiteral("confirmedAt"),
             y.confirmedAt.isValid() ? QJsonValue(y.confirmedAt.toString(Qt::ISODate)) : QJsonValue());
    return o;
}

QJsonObject CalendarJson::toJson(const CalendarData &data)
{
    QJsonArray weekly;
    for (int d : data.weeklyDaysOff)
        weekly.append(weekdayKey(d));
    QJsonArray holidays;
    for (const HolidayRule &r : data.holidays)
        holidays.append(ruleToJson(r));
    QJsonArray years;
    for (const CalendarYear &y : data.years)
        years.append(yearToJson(y));
    return QJsonObject{{QStringLiteral("weeklyDaysOff"), weekly},
                       {QStringLiteral("holidays"), holidays},
                       {QStringLiteral("years"), years}};
}

QByteArray CalendarJson::yearFile(const CalendarYear &year)
{
    QJsonObject o = yearToJson(year);
    o.insert(QStringLiteral("format"), kYearFormat);
    o.insert(QStringLiteral("version"), 1);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray CalendarJson::calendarFile(const CalendarData &data)
{
    QJsonObject o = toJson(data);
    o.insert(QStringLiteral("format"), kCalendarFormat);
    o.insert(QStringLiteral("version"), 1);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool CalendarJson::yearFromJson(const QJsonObject &o, const QString &prefix, CalendarYear *year,
                                CalendarErrors *errors)
{
    const int before = errors->size();
    Reader r(o, prefix, errors);
    r.allowOnly({QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("year"),
                 QStringLiteral("kurbanAit"), QStringLiteral("transfers"), QStringLiteral("confirmedBy"),
                 QStringLiteral("confirmedAt")});
    CalendarYear y;
    y.year = r.integer(QStringLiteral("year"), true, 1900, 2200);
    y.kurbanAit = r.date(QStringLiteral("kurbanAit"), false);
    const QJsonArray transfers = r.array(QStringLiteral("transfers"));
    for (int i = 0; i < transfers.size(); ++i) {
        const QString tp = prefix + QStringLiteral("transfers[%1].").arg(i);
        if (!transfers.at(i).isObject()) {
            errors->append({tp.chopped(1), {QStringLiteral("объект болуы керек"), QStringLiteral("должно быть объектом"),
                                            QStringLiteral("must be an object")}});
            continue;
        }
        Reader t(transfers.at(i).toObject(), tp, errors);
        t.allowOnly({QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("note")});
        DayTransfer d;
        d.date = t.date(QStringLiteral("date"), true);
        const QString kind = t.string(QStringLiteral("kind"), true);
        if (!kind.isEmpty() && !transferKindFromKey(kind, &d.kind))
            t.error(QStringLiteral("kind"),
                    LocalizedText{QStringLiteral("«%1» белгісіз: working-day немесе day-off"),
                                  QStringLiteral("неизвестное значение «%1»: working-day или day-off"),
                                  QStringLiteral("unknown value \"%1\": working-day or day-off")}
                        .arg(kind));
        d.note = t.string(QStringLiteral("note"), false);
        y.transfers << d;
    }
    y.confirmedBy = r.string(QStringLiteral("confirmedBy"), false);
    y.confirmedAt = r.dateTime(QStringLiteral("confirmedAt"));
    if (errors->size() != before)
        return false;
    y.sortTransfers();
    *year = y;
    return true;
}

bool CalendarJson::fromJson(const QJsonObject &o, CalendarData *data, CalendarErrors *errors)
{
    const int before = errors->size();
    Reader r(o, QString(), errors);
    r.allowOnly({QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("weeklyDaysOff"),
                 QStringLiteral("holidays"), QStringLiteral("years")});
    CalendarData d;
    if (r.has(QStringLiteral("weeklyDaysOff"))) {
        d.weeklyDaysOff.clear();
        const QJsonArray weekly = r.array(QStringLiteral("weeklyDaysOff"));
        for (int i = 0; i < weekly.size(); ++i) {
            const int day = weekdayFromKey(weekly.at(i).toString());
            if (day == 0)
                r.error(QStringLiteral("weeklyDaysOff[%1]").arg(i),
                        {QStringLiteral("апта күні болуы керек: monday … sunday"),
                         QStringLiteral("должно быть днём недели: monday … sunday"),
                         QStringLiteral("must be a day of the week: monday … sunday")});
            else if (!d.weeklyDaysOff.contains(day))
                d.weeklyDaysOff << day;
        }
        std::sort(d.weeklyDaysOff.begin(), d.weeklyDaysOff.end());
    }
    const QJsonArray holidays = r.array(QStringLiteral("holidays"));
    for (int i = 0; i < holidays.size(); ++i) {
        const QString hp = QStringLiteral("holidays[%1].").arg(i);
        HolidayRule rule;
        if (ruleFromJson(holidays.at(i).toObject(), hp, &rule, errors))
            d.holidays << rule;
    }
    const QJsonArray years = r.array(QStringLiteral("years"));
    for (int i = 0; i < years.size(); ++i) {
        const QString yp = QStringLiteral("years[%1].").arg(i);
        CalendarYear y;
        if (!yearFromJson(years.at(i).toObject(), yp, &y, errors))
            continue;
        if (d.years.contains(y.year))
            errors->append({yp + QStringLiteral("year"),
                            LocalizedText{QStringLiteral("%1 жыл екі рет берілген"), QStringLiteral("год %1 указан дважды"),
                                          QStringLiteral("the year %1 appears twice")}
                                .arg(QString::number(y.year))});
        d.years.insert(y.year, y);
    }
    if (errors->size() == before) {
        // Semantic checks (transfers on the right days, …) once the structure is sound.
        *errors << d.validate();
    }
    if (errors->size() != before)
        return false;
    *data = d;
    return true;
}

bool CalendarJson::readFile(const QByteArray &bytes, FileKind *kind, CalendarData *calendar, CalendarYear *year,
                            CalendarErrors *errors)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString detail = pe.error != QJsonParseError::NoError
            ? pe.errorString() + QStringLiteral(" @%1").arg(pe.offset)
            : QStringLiteral("not an object");
        errors->append({QString(), LocalizedText{QStringLiteral("JSON қате: %1"), QStringLiteral("ошибка JSON: %1"),
                                                 QStringLiteral("invalid JSON: %1")}
                                       .arg(detail)});
        return false;
    }
    const QJsonObject o = doc.object();
    const QString format = o.value(QStringLiteral("format")).toString();
    if (o.contains(QStringLiteral("version")) && o.value(QStringLiteral("version")).toInt() != 1) {
        errors->append({QStringLiteral("version"),
                        {QStringLiteral("тек 1-нұсқа қолдау табады"), QStringLiteral("поддерживается только версия 1"),
                         QStringLiteral("only version 1 is supported")}});
        return false;
    }
    if (format == kCalendarFormat) {
        *kind = FileKind::Calendar;
        return fromJson(o, calendar, errors);
    }
    if (format == kYearFormat) {
        *kind = FileKind::Year;
        return yearFromJson(o, QString(), year, errors);
    }
    errors->append({QStringLiteral("format"),
                    LocalizedText{QStringLiteral("«%1» емес: exitdesk-calendar немесе exitdesk-calendar-year күтілді"),
                                  QStringLiteral("«%1»: ожидалось exitdesk-calendar или exitdesk-calendar-year"),
                                  QStringLiteral("\"%1\": expected exitdesk-calendar or exitdesk-calendar-year")}
                        .arg(format)});
    return false;
}

} // namespace exitdesk
