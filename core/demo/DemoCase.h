// One generated demo case: the case as stored and its workflow events up to the demo's today.
#pragma once

#include "model/Case.h"
#include "workflow/CaseEvent.h"

#include <QList>

namespace exitdesk {

struct DemoCase
{
    Case c;
    QList<CaseEvent> events;
};

} // namespace exitdesk
