// The real clock, used by the two programs only; core and tests receive a Clock.
#pragma once

#include "Clock.h"

namespace exitdesk {

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

} // namespace exitdesk
