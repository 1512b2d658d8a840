// The case list read from the database, one page per query, newest case first. Search words,
// status and submission dates are filtered in SQL; the workflow stage and lateness through
// the stage cache (core's CaseStageIndex, table case_stages), then checked again on each row
// against its events. The first such filter of a session fills the cache for cases that have
// no row yet.
#pragma once

#include "AppContext.h"
#include "caselist/CaseListSource.h"

namespace exitdesk::ui {

class StorageCaseListSource : public CaseListSource
{
public:
    explicit StorageCaseListSource(AppContext context);
    CaseListPage fetch(const CaseListQuery &query, int offset, int limit) override;

    // With derived filters, at most this many database pages are read for one fetch, so that
    // a rare stage does not freeze the window on a large database; the list asks again.
    static constexpr int maxPagesPerFetch = 20;

private:
    QList<CaseListRow> readPage(const CaseListQuery &query, int offset, int limit);
    void fillStageIndex();

    AppContext m_context;
    bool m_stageIndexFilled = false;
};

} // namespace exitdesk::ui
