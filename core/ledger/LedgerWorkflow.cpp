#include "ledger/LedgerWorkflow.h"

#include "workflow/WorkflowFactory.h"

namespace exitdesk {

std::unique_ptr<Workflow> LedgerWorkflow::load(Database &db, QString *error)
{
    return WorkflowFactory::fromDatabase(db, error);
}

} // namespace exitdesk
