// Names the system's time zone file in TZ before anything converts local times. With TZ
// unset, glibc stats /etc/localtime on every conversion; lists and exports that show
// hundreds of thousands of local dates would spend much of their time there.
#pragma once

#include <QFile>
#include <QtGlobal>

namespace exitdesk {

inline void pinLocalTimeZone()
{
    if (!qEnvironmentVariableIsSet("TZ") && QFile::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
}

} // namespace exitdesk
