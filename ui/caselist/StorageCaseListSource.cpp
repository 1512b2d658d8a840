#include "caselist/StorageCaseListSource.h"

#include "Clock.h"
#include "Language.h"
#include "session/Deadlines.h"
#include "storage/CaseSearch.h"
#include "workflow/CaseEventStore.h"
#include "workflow/CaseStageIndex.h"

namespace exitdesk::ui {

StorageCaseListSource::StorageCaseListSource(AppContext context) : m_context(context) {}

CaseListPage StorageCaseListSource::fetch(const CaseListQuery &query, int offset, int limit)
{
    CaseListPage page;
    page.nextOffset = offset;
    if (!m_context.database || limit <= 0)
        return page;
    if (query.filtersDerived())
        fillStageIndex();
    if (!query.filtersDerived()) {
        page.rows = readPage(query, offset, limit);
        page.nextOffset = offset + int(page.rows.size());
        page.atEnd = page.rows.size() < limit;
        return page;
    }
    // SQL narrows the pages through the stage cache; each row's stage is derived again from its
    // events and checked, so a cache row not yet recomputed cannot show a wrong case. nextOffset
    // is just after the last row looked at, so the next fetch neither skips nor repeats one.
    for (int pages = 0; pages < maxPagesPerFetch; ++pages) {
        const QList<CaseListRow> batch = readPage(query, page.nextOffset, limit);
        for (const CaseListRow &r : batch) {
            ++page.nextOffset;
            if (query.matchesDerived(r)) {
                page.rows << r;
                if (page.rows.size() == limit) {
                    page.atEnd = false;
                    return page;
                }
            }
        }
        if (batch.size() < limit) {
            page.atEnd = true;
            return page;
        }
    }
    page.atEnd = false;
    return page;
}

void StorageCaseListSource::fillStageIndex()
{
    if (m_stageIndexFilled || !m_context.deadlines || !m_context.deadlines->workflow())
        return;
    QString error;
    if (CaseStageIndex::refreshMissing(*m_context.database, *m_context.deadlines->workflow(), &error) < 0)
        qWarning("case list: stage index: %s", qPrintable(error));
    else
        m_stageIndexFilled = true;
}

QList<CaseListRow> StorageCaseListSource::readPage(const CaseListQuery &query, int offset, int limit)
{
    QList<CaseListRow> rows;
    CaseFilter filter;
    filter.search = query.search.trimmed();
    filter.status = query.status;
    // Only accepted cases have a workflow stage.
    if (query.filtersDerived())
        filter.status = CaseStatus::Accepted;
    if (query.stage)
        filter.stage = stageKey(*query.stage);
    if (query.overdueOnly && m_context.clock)
        filter.stageDueBefore = m_context.clock->today();
    filter.submittedFrom = query.submittedFrom;
    filter.submittedTo = query.submittedTo;
    filter.order = CaseOrder::IdDescending;
    filter.limit = limit;
    filter.offset = offset;
    StorageError error;
    const QList<CaseSummary> summaries = CaseSearch(*m_context.database).list(filter, &error);
    if (error.kind != StorageError::None)
        qWarning("case list: %s", qPrintable(error.messageEn));
    const QString lang = Language::current();
    for (const CaseSummary &s : summaries) {
        CaseListRow r;
        r.id = s.id;
        r.number = s.number;
        r.status = s.status;
        r.fullName = s.fullName();
        r.iin = s.iin;
        r.destination = s.toCountry;
        if (s.status == CaseStatus::Accepted && m_context.deadlines) {
            // One small indexed query per shown row: a page is at most a hundred rows.
            QList<CaseEvent> events;
            QString eventsError;
            CaseEventStore(*m_context.database).list(s.id, &events, &eventsError);
            // CaseSummary has no channel yet; portal cases are counted with the counter's hours.
            if (const auto st = m_context.deadlines->status(s.submittedAt, QStringLiteral("counter"), events)) {
                r.stage = stageTitle(st->stage, lang);
                r.stageKind = st->stage;
                r.dueDate = st->due;
                r.workingDaysLeft = st->workingDaysLeft;
            }
        }
        rows << r;
    }
    return rows;
}

} // namespace exitdesk::ui
