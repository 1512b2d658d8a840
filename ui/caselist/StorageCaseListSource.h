// The case list read from the database, one page per query, newest case first.
#pragma once

#include "AppContext.h"
#include "caselist/CaseListSource.h"

namespace exitdesk::ui {

class StorageCaseListSource : public CaseListSource
{
public:
    explicit StorageCaseListSource(AppContext context);
    QList<CaseListRow> fetch(const CaseListQuery &query, int offset, int limit) override;

private:
    AppContext m_context;
};

} // namespace exitdesk::ui
