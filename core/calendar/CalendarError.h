// A problem found in calendar data (an imported file, an edited year): the key it concerns,
// e.g. "transfers[1].date", and the message in the three languages.
#pragma once

#include "calendar/LocalizedText.h"

#include <QList>
#include <QString>

namespace exitdesk {

struct CalendarError
{
    QString key;
    LocalizedText message;

    // "key: message" in the chosen language.
    QString text(const QString &lang) const
    {
        return key.isEmpty() ? message.in(lang) : key + QStringLiteral(": ") + message.in(lang);
    }
};

using CalendarErrors = QList<CalendarError>;

} // namespace exitdesk
