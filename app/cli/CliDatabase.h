// Opening the database for a command (--db, EXITDESK_DB, or the desktop program's file)
// and printing findings as "path: message" in the user's language. Shared by the commands.
#pragma once

#include "CliContext.h"
#include "model/Case.h"
#include "storage/Database.h"
#include "validation/Finding.h"

#include <memory>

namespace exitdesk::cli {

// Null (after printing why, in the user's language) when the database cannot be opened.
std::unique_ptr<Database> openDatabase(CliContext &ctx);

// The status of a case in the user's language (draft, accepted, refused at intake).
QString statusLabel(CliContext &ctx, CaseStatus status);

// One line per finding on stderr: "path: message" (warnings: "path: warning: message").
void printFindings(CliContext &ctx, const Findings &findings);

} // namespace exitdesk::cli
