// Where the case list gets its rows: one page at a time, filtered by the search text, so that
// the list never asks for every row. StorageCaseListSource reads the database; tests may give
// their own.
#pragma once

#include "model/Case.h"

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
};

struct CaseListQuery
{
    QString search; // IIN, name or number, any case; empty for all
};

class CaseListSource
{
public:
    virtual ~CaseListSource() = default;
    // At most limit rows from offset on, in the list's order (newest first).
    virtual QList<CaseListRow> fetch(const CaseListQuery &query, int offset, int limit) = 0;
};

} // namespace exitdesk::ui
