// The source of "now" for everything in core. Core never reads the system clock itself:
// the programs pass a SystemClock, tests a fixed one, so deadlines are testable on any date.
#pragma once

#include <QDateTime>

namespace exitdesk {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

} // namespace exitdesk
