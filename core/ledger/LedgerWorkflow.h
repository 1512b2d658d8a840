// The Workflow of a database: its production calendar and the office closing times kept with
// it. What the register (and the demo generator) judge stages and deadlines by.
#pragma once

#include "workflow/Workflow.h"

#include <memory>

namespace exitdesk {

class Database;

class LedgerWorkflow
{
public:
    // Null with *error when the calendar cannot be loaded.
    static std::unique_ptr<Workflow> load(Database &db, QString *error);
};

} // namespace exitdesk
