// Which permission recording each workflow event needs (the counter hands out results; the
// officer checks and drafts; the head signs decisions and refusals).
#pragma once

#include "accounts/Permission.h"
#include "workflow/EventKind.h"

namespace exitdesk {

Permission eventPermission(EventKind kind);

} // namespace exitdesk
