// The case list asks its source for one page at a time and passes the search on.
#include "caselist/CaseListModel.h"

#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::ui;

namespace {

// A source of `total` numbered rows that records what it was asked.
class CountingSource : public CaseListSource
{
public:
    explicit CountingSource(int total) : m_total(total) {}
    CaseListPage fetch(const CaseListQuery &query, int offset, int limit) override
    {
        calls << qMakePair(offset, limit);
        lastSearch = query.search;
        CaseListPage page;
        QList<CaseListRow> &rows = page.rows;
        for (int i = offset; i < qMin(m_total, offset + limit); ++i) {
            CaseListRow r;
            r.id = i + 1;
            r.number = QStringLiteral("2026-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
            r.status = CaseStatus::Accepted;
            r.fullName = QStringLiteral("Әлия %1").arg(i);
            r.dueDate = QDate(2026, 12, 21);
            r.workingDaysLeft = i % 5 - 2;
            rows << r;
        }
        page.nextOffset = offset + int(rows.size());
        page.atEnd = page.nextOffset >= m_total;
        return page;
    }
    QList<QPair<int, int>> calls;
    QString lastSearch;

private:
    int m_total;
};

// `total` rows of which only every `every`-th is late; with "overdue only" it skips the
// others like the database source does, looking at no more than `scan` rows per call.
class SparseLateSource : public CaseListSource
{
public:
    SparseLateSource(int total, int every, int scan) : m_total(total), m_every(every), m_scan(scan) {}
    CaseListPage fetch(const CaseListQuery &query, int offset, int limit) override
    {
        offsets << offset;
        CaseListPage page;
        int i = offset;
        for (; i < m_total && i < offset + m_scan && page.rows.size() < limit; ++i) {
            CaseListRow r;
            r.id = i + 1;
            r.status = CaseStatus::Accepted;
            r.stageKind = Stage::Requests;
            r.workingDaysLeft = i % m_every == 0 ? -1 : 3;
            if (query.matchesDerived(r))
                page.rows << r;
        }
        page.nextOffset = i;
        page.atEnd = i >= m_total;
        return page;
    }
    QList<int> offsets;

private:
    int m_total, m_every, m_scan;
};

} // namespace

TEST(CaseListModel, FetchesOnlyTheFirstPageUntilAskedForMore)
{
    CountingSource source(1000000);
    CaseListModel model(&source);
    model.setPageSize(100);
    model.reload();
    EXPECT_EQ(model.rowCount(), 100);
    ASSERT_EQ(source.calls.size(), 1);
    EXPECT_EQ(source.calls.first(), qMakePair(0, 100));
    EXPECT_TRUE(model.canFetchMore());

    model.fetchMore();
    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_EQ(source.calls.last(), qMakePair(100, 100));
}

TEST(CaseListModel, StopsAtTheLastShortPage)
{
    CountingSource source(150);
    CaseListModel model(&source);
    model.setPageSize(100);
    model.reload();
    model.fetchMore();
    EXPECT_EQ(model.rowCount(), 150);
    EXPECT_FALSE(model.canFetchMore());
    model.fetchMore(); // nothing more is asked
    EXPECT_EQ(source.calls.size(), 2);
}

TEST(CaseListModel, NewQueryStartsOverWithTheSearch)
{
    CountingSource source(500);
    CaseListModel model(&source);
    model.setPageSize(50);
    model.reload();
    model.fetchMore();
    ASSERT_EQ(model.rowCount(), 100);
    CaseListQuery q;
    q.search = QStringLiteral("ҚАЙРАТ");
    model.setQuery(q);
    EXPECT_EQ(source.lastSearch, QStringLiteral("ҚАЙРАТ"));
    EXPECT_EQ(model.rowCount(), 50);
    EXPECT_EQ(source.calls.last(), qMakePair(0, 50));
}

TEST(CaseListModel, ShowsDatesAsDayMonthYearAndMarksOverdueRows)
{
    CountingSource source(3);
    CaseListModel model(&source);
    model.reload();
    EXPECT_EQ(model.index(0, CaseListModel::DueColumn).data().toString(), QStringLiteral("21.12.2026"));
    // Row 0 is two working days late: drawn in red; row 2 is due in 0 days: highlighted.
    EXPECT_EQ(model.index(0, CaseListModel::DaysLeftColumn).data().toInt(), -2);
    EXPECT_TRUE(model.index(0, CaseListModel::NameColumn).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(model.index(2, CaseListModel::NameColumn).data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(model.index(2, CaseListModel::NameColumn).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(model.index(1, CaseListModel::NumberColumn).data(CaseListModel::CaseIdRole).toLongLong(), 2);
}

TEST(CaseListModel, OverdueOnlyPagesOnFromWhereTheSourceStoppedAndSkipsEmptyStretches)
{
    // 1000 rows, every 100th late, the source looks at 30 rows per call: most calls find none.
    SparseLateSource source(1000, 100, 30);
    CaseListModel model(&source);
    model.setPageSize(5);
    CaseListQuery q;
    q.overdueOnly = true;
    model.setQuery(q);
    ASSERT_EQ(model.rowCount(), 1); // the first call found row 0 among its 30
    // Each fetch brings at least one row: the model asks past the empty stretches itself,
    // since the view would not ask again after a fetch that added nothing.
    while (model.canFetchMore()) {
        const int before = model.rowCount();
        model.fetchMore();
        EXPECT_TRUE(model.rowCount() > before || !model.canFetchMore());
    }
    ASSERT_EQ(model.rowCount(), 10);
    for (int r = 0; r < model.rowCount(); ++r) {
        EXPECT_EQ(model.row(r).id, r * 100 + 1); // every late row once, in order
        EXPECT_LT(*model.row(r).workingDaysLeft, 0);
    }
    // Each call started where the previous one stopped, and the whole source was read once.
    for (int k = 1; k < source.offsets.size(); ++k)
        EXPECT_EQ(source.offsets.at(k), qMin(source.offsets.at(k - 1) + 30, source.offsets.at(k)));
    EXPECT_EQ(source.offsets.size(), 34); // ceil(1000 / 30)
}

TEST(CaseListQuery, DerivedFiltersMatchStageAndLateness)
{
    CaseListRow late;
    late.stageKind = Stage::Requests;
    late.workingDaysLeft = -2;
    CaseListRow onTime = late;
    onTime.workingDaysLeft = 0;
    CaseListRow draft; // no stage, no deadline

    CaseListQuery q;
    EXPECT_FALSE(q.filtersDerived());
    q.stage = Stage::Requests;
    EXPECT_TRUE(q.matchesDerived(late));
    EXPECT_TRUE(q.matchesDerived(onTime));
    EXPECT_FALSE(q.matchesDerived(draft));
    q.stage = Stage::Hearing;
    EXPECT_FALSE(q.matchesDerived(late));
    q.stage.reset();
    q.overdueOnly = true;
    EXPECT_TRUE(q.matchesDerived(late));
    EXPECT_FALSE(q.matchesDerived(onTime));
    EXPECT_FALSE(q.matchesDerived(draft));
}
