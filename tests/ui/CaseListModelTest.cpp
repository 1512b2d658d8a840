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
    QList<CaseListRow> fetch(const CaseListQuery &query, int offset, int limit) override
    {
        calls << qMakePair(offset, limit);
        lastSearch = query.search;
        QList<CaseListRow> rows;
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
        return rows;
    }
    QList<QPair<int, int>> calls;
    QString lastSearch;

private:
    int m_total;
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
    model.setQuery(CaseListQuery{QStringLiteral("ҚАЙРАТ")});
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
