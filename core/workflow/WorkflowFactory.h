// A Workflow as the database configures it: the stored production calendar and the office
// hours from calendar_settings. What the programs use; tests build Workflow directly.
#pragma once

#include "workflow/Workflow.h"

#include <memory>

namespace exitdesk {

class Database;

class WorkflowFactory
{
public:
    static WorkflowSettings settings(Database &db);
    // Null with *error when the calendar cannot be loaded.
    static std::unique_ptr<Workflow> fromDatabase(Database &db, QString *error);
};

} // namespace exitdesk
