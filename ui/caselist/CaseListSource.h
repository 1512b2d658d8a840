// Where the case list gets its rows: one page at a time, filtered by the search text, the
// status, the submission dates, the workflow stage and "overdue only", so that the list never
// asks for every row. StorageCaseListSource reads the database; tests may give their own.
#pragma once

#include "model/Case.h"
#include "workflow/Stage.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace exitdesk::ui {

struct CaseListRow
{
    qint64 id = 0;
    QString number;
    CaseStatus status = CaseStatus::Draft;
    QString fullName;
    QString iin;
    QString destination;   // country code and settlement, e.g. "DE, Berlin"
    QString stage;         // the workflow stage's name in the current language; may be empty
    QDate dueDate;         // of the current stage; null when none
    std::optional<int> workingDaysLeft; // negative when overdue
    std::optional<Stage> stageKind;     // the workflow stage; none for drafts and refusals at intake
};

struct CaseListQuery
{
    QString search; // IIN, name or number, any case; empty for all
    std::optional<CaseStatus> status; // none: every status
    std::optional<Stage> stage;       // only accepted cases at this stage
    bool overdueOnly = false;         // only cases whose current stage is late
    QDate submittedFrom;              // inclusive; null: no lower bound
    QDate submittedTo;                // inclusive; null: no upper bound

    // Stage and lateness are derived from the events: a source narrows by its cache and
    // checks them on the fetched rows.
    bool filtersDerived() const { return stage.has_value() || overdueOnly; }
    // Whether a row passes the derived filters (stage, overdue).
    bool matchesDerived(const CaseListRow &row) const
    {
        if (stage && row.stageKind != stage)
            return false;
        return !overdueOnly || (row.workingDaysLeft && *row.workingDaysLeft < 0);
    }
};

// One answer of a source: the rows and where the next page starts in the source's own
// order. With derived filters a source skips rows, so nextOffset can run ahead of the rows.
struct CaseListPage
{
    QList<CaseListRow> rows;
    int nextOffset = 0;
    bool atEnd = true; // nothing after this page
};

class CaseListSource
{
public:
    virtual ~CaseListSource() = default;
    // At most limit matching rows, looking from offset on (the nextOffset of the previous
    // page; 0 first), in the list's order (newest first).
    virtual CaseListPage fetch(const CaseListQuery &query, int offset, int limit) = 0;
};

} // namespace exitdesk::ui
