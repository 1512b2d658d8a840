// The production calendar shipped with the program (resources/calendar/kz-default.json,
// embedded as :/calendar/kz-default.json): Kazakhstan's holidays with their validity
// ranges and the years 2024–2027. It seeds an empty database; after that the database is
// the calendar, and an administrator edits it there.
#pragma once

#include "calendar/CalendarData.h"

namespace exitdesk {

class CalendarDefaults
{
public:
    static QString resourcePath() { return QStringLiteral(":/calendar/kz-default.json"); }
    // The shipped calendar. A broken resource is a build defect: it is reported in *error and
    // an empty calendar (weekends only) is returned.
    static CalendarData load(QString *error = nullptr);
};

} // namespace exitdesk
