#include "calendar/CalendarDefaults.h"

#include "calendar/CalendarJson.h"

#include <QFile>

namespace exitdesk {

CalendarData CalendarDefaults::load(QString *error)
{
    QFile f(resourcePath());
    CalendarData data;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open %1").arg(resourcePath());
        return data;
    }
    CalendarJson::FileKind kind = CalendarJson::FileKind::Unknown;
    CalendarYear unused;
    CalendarErrors errors;
    if (!CalendarJson::readFile(f.readAll(), &kind, &data, &unused, &errors) || kind != CalendarJson::FileKind::Calendar) {
        if (error)
            *error = errors.isEmpty() ? QStringLiteral("not a calendar file") : errors.first().text(QStringLiteral("en"));
        return CalendarData();
    }
    return data;
}

} // namespace exitdesk
