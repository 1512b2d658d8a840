#include "caselist/StorageCaseListSource.h"

#include "Language.h"
#include "session/Deadlines.h"
#include "storage/CaseSearch.h"

namespace exitdesk::ui {

StorageCaseListSource::StorageCaseListSource(AppContext context) : m_context(context) {}

QList<CaseListRow> StorageCaseListSource::fetch(const CaseListQuery &query, int offset, int limit)
{
    QList<CaseListRow> rows;
    if (!m_context.database)
        return rows;
    CaseFilter filter;
    filter.search = query.search.trimmed();
    filter.order = CaseOrder::IdDescending;
    filter.limit = limit;
    filter.offset = offset;
    StorageError error;
    const QList<CaseSummary> page = CaseSearch(*m_context.database).list(filter, &error);
    if (error.kind != StorageError::None)
        qWarning("case list: %s", qPrintable(error.messageEn));
    const QString lang = Language::current();
    for (const CaseSummary &s : page) {
        CaseListRow r;
        r.id = s.id;
        r.number = s.number;
        r.status = s.status;
        r.fullName = s.fullName();
        r.iin = s.iin;
        r.destination = s.toCountry;
        if (s.status == CaseStatus::Accepted && m_context.deadlines) {
            // The summary carries no events yet: the stage is derived from the submission alone
            // until the event store is read here.
            if (const auto st = m_context.deadlines->status(s.submittedAt, QStringLiteral("counter"))) {
                r.stage = stageTitle(st->stage, lang);
                r.dueDate = st->due;
                r.workingDaysLeft = st->workingDaysLeft;
            }
        }
        rows << r;
    }
    return rows;
}

} // namespace exitdesk::ui
