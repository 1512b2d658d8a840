// The calendar's file formats (docs/calendar.md): a whole calendar ("exitdesk-calendar": the
// weekly days off, the holiday rules, the years — the shipped defaults and a full backup) and
// one year ("exitdesk-calendar-year": Kurban Ait, transfers, confirmation — what an
// administrator exchanges each year). Unknown keys and bad values are errors naming the key.
#pragma once

#include "calendar/CalendarData.h"

#include <QByteArray>
#include <QJsonObject>

namespace exitdesk {

class CalendarJson
{
public:
    enum class FileKind { Unknown, Calendar, Year };

    static QJsonObject yearToJson(const CalendarYear &year);
    static QJsonObject toJson(const CalendarData &data);
    // Indented UTF-8 files with the "format" and "version" keys.
    static QByteArray yearFile(const CalendarYear &year);
    static QByteArray calendarFile(const CalendarData &data);

    // Reads a file of either kind; *kind tells which. On failure returns false and fills
    // errors (never empty then); the outputs are untouched.
    static bool readFile(const QByteArray &bytes, FileKind *kind, CalendarData *calendar, CalendarYear *year,
                         CalendarErrors *errors);

    // Key prefix (e.g. "years[0].") is put before every error key.
    static bool yearFromJson(const QJsonObject &o, const QString &prefix, CalendarYear *year,
                             CalendarErrors *errors);
    static bool fromJson(const QJsonObject &o, CalendarData *data, CalendarErrors *errors);

    // "monday" … "sunday" for Qt::DayOfWeek 1 … 7.
    static QString weekdayKey(int dayOfWeek);
    static int weekdayFromKey(const QString &key); // 0 when unknown
};

} // namespace exitdesk
