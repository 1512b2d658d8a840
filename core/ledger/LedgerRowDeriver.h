// Turns what the database holds about a case (LedgerCaseRecord) into its register line: the
// stage, due date, decision and the national security answer come from the case's events
// through the Workflow, as of a reference day, so the register says what the case screen says:
// as the stage cache keeps them (LedgerDerivation) when it holds for that day, else replayed.
#pragma once

#include "ledger/LedgerCaseRecord.h"

#include <QDate>

namespace exitdesk {

class Workflow;

class LedgerRowDeriver
{
public:
    LedgerRowDeriver(const Workflow &workflow, const QDate &asOf) : m_workflow(workflow), m_asOf(asOf) {}

    // *finished: the case needs nothing more (issued, refused, refused at intake).
    LedgerRow derive(LedgerCaseRecord &record, bool *finished) const;

    static QList<LedgerChild> children(const QString &childrenJson);
    const QDate &asOf() const { return m_asOf; }

private:
    const Workflow &m_workflow;
    QDate m_asOf;
};

} // namespace exitdesk
