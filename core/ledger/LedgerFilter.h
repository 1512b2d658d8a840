// Which cases the register shows: a period of submission, a storage status or a workflow stage,
// an office, a destination country, an executor. The same filter serves the command line
// (`ledger export --from --to --status --office --country --executor`) and the register view.
#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

namespace exitdesk {

struct LedgerFilter
{
    QDate from; // submission day, inclusive; null: no lower bound
    QDate to;   // submission day, inclusive; null: no upper bound
    // Storage status: draft | accepted | refused-at-intake. Empty: every case handed in
    // (accepted and refused at intake), drafts left out since they were never handed in.
    QString status;
    // Workflow stage key (Stage: registration, answers, issued, refused, …), "overdue" for the
    // cases with a missed deadline, or "in-progress" / "finished". Empty: any.
    QString stage;
    QString office;   // exact office name
    QString country;  // ISO code of the destination
    QString executor; // cases any of whose events this executor recorded

    // "in-progress", "finished", "overdue" and the Stage keys.
    static QStringList stageKeys();
    static bool isStorageStatus(const QString &key);

    // The SQL condition on table alias `c` (cases) for everything but the stage, with its
    // positional parameters appended to *binds. Never empty ("1 = 1" at least).
    QString sqlCondition(QVariantList *binds) const;
    // Whether a derived line passes the stage part of the filter.
    bool matchesStage(const QString &stageKey, bool overdue, bool finished) const;
};

} // namespace exitdesk
