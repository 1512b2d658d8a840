// Item 16: the last five years (reference year - 4 .. reference year) covered without gaps or
// overlaps; problems are warnings, wrong rows errors.
#include "ValidationFixture.h"

#include "validation/CaseValidator.h"
#include "validation/WorkHistoryCheck.h"

#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

WorkRecord rec(int from, int to)
{
    WorkRecord r;
    r.fromYear = from;
    r.toYear = to;
    r.organisation = QStringLiteral("ЖШС «Алатау»");
    r.stateSecretsClearance = QStringLiteral("допуск к государственным секретам не имел");
    return r;
}

Findings check(const QList<WorkRecord> &records, int year = 2026)
{
    Findings out;
    WorkHistoryCheck::check(out, records, year, true);
    return out;
}

} // namespace

TEST(WorkHistoryCheck, ConsecutiveRecordsSharingABoundaryYearAreFine)
{
    EXPECT_TRUE(check({rec(2015, 2022), rec(2022, 2026)}).isEmpty());
    EXPECT_TRUE(check({rec(2022, 2023), rec(2024, 2026)}).isEmpty());
    // Rows in any order.
    EXPECT_TRUE(check({rec(2024, 2026), rec(2010, 2023)}).isEmpty());
    EXPECT_TRUE(check({rec(2000, 2026)}).isEmpty());
}

TEST(WorkHistoryCheck, GapBetweenRecordsIsAWarningOnTheLaterRow)
{
    const Findings f = check({rec(2018, 2022), rec(2025, 2026)});
    ASSERT_EQ(f.size(), 1) << describe(f);
    EXPECT_EQ(f[0].code, QStringLiteral("work.gap"));
    EXPECT_EQ(f[0].path, QStringLiteral("workHistory[1].fromYear"));
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_TRUE(f[0].messageEn.contains(QStringLiteral("2023–2024"))) << f[0].messageEn.toStdString();
    EXPECT_TRUE(f[0].messageEn.startsWith(QStringLiteral("Work history, row 2:")));
}

TEST(WorkHistoryCheck, GapsOutsideTheLastFiveYearsDoNotMatter)
{
    EXPECT_TRUE(check({rec(2005, 2010), rec(2015, 2026)}).isEmpty());
}

TEST(WorkHistoryCheck, LeadingAndTrailingYearsMustBeCovered)
{
    Findings f = check({rec(2023, 2026)});
    ASSERT_EQ(f.size(), 1) << describe(f);
    EXPECT_EQ(f[0].path, QStringLiteral("workHistory[0].fromYear"));
    EXPECT_TRUE(f[0].messageEn.contains(QStringLiteral("2022"))) << f[0].messageEn.toStdString();

    f = check({rec(2018, 2025)});
    ASSERT_EQ(f.size(), 1) << describe(f);
    EXPECT_EQ(f[0].code, QStringLiteral("work.gap"));
    EXPECT_EQ(f[0].path, QStringLiteral("workHistory[0].toYear"));
    EXPECT_TRUE(f[0].messageEn.contains(QStringLiteral("2026")));

    // Only an old record: the whole window is missing.
    f = check({rec(2010, 2015)});
    ASSERT_EQ(f.size(), 1) << describe(f);
    EXPECT_TRUE(f[0].messageEn.contains(QStringLiteral("2022–2026")));
}

TEST(WorkHistoryCheck, OverlapIsAWarningNamingTheOtherRow)
{
    const Findings f = check({rec(2018, 2024), rec(2022, 2026)});
    ASSERT_EQ(f.size(), 1) << describe(f);
    EXPECT_EQ(f[0].code, QStringLiteral("work.overlap"));
    EXPECT_EQ(f[0].path, QStringLiteral("workHistory[1].fromYear"));
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_TRUE(f[0].messageEn.contains(QStringLiteral("row 1"))) << f[0].messageEn.toStdString();
    EXPECT_TRUE(f[0].messageEn.contains(QStringLiteral("2022–2024")));

    // A record inside another one overlaps it.
    EXPECT_EQ(countCode(check({rec(2015, 2026), rec(2019, 2020)}), QStringLiteral("work.overlap")), 1);
}

TEST(WorkHistoryCheck, RowErrors)
{
    Findings f = check({rec(2024, 2022), rec(2022, 2026)});
    EXPECT_NE(findingAt(f, QStringLiteral("work.yearOrder"), QStringLiteral("workHistory[0].fromYear")),
              nullptr)
        << describe(f);
    EXPECT_TRUE(
        findingAt(f, QStringLiteral("work.yearOrder"), QStringLiteral("workHistory[0].fromYear"))->isError());

    f = check({rec(0, 2026)});
    EXPECT_NE(findingAt(f, QStringLiteral("field.required"), QStringLiteral("workHistory[0].fromYear")),
              nullptr)
        << describe(f);

    f = check({rec(2020, 2027)});
    const Finding *x =
        findingAt(f, QStringLiteral("work.futureYear"), QStringLiteral("workHistory[0].toYear"));
    ASSERT_NE(x, nullptr) << describe(f);
    EXPECT_EQ(x->severity, Severity::Warning);
}

TEST(WorkHistoryCheck, EmptyHistoryOfAnAdultIsAWarning)
{
    const Findings f = check({});
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].code, QStringLiteral("work.missing"));
    EXPECT_EQ(f[0].path, QStringLiteral("workHistory"));
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_TRUE(f[0].messageEn.contains(QStringLiteral("2022–2026")));
}

TEST(WorkHistoryCheck, CaseValidatorUsesTheReferenceYear)
{
    Case c = validCase();
    c.workHistory = {rec(2019, 2026)};
    EXPECT_TRUE(CaseValidator::validateFields(c, QDate(2026, 1, 10)).isEmpty());
    // In 2027 the record stops a year short.
    const Findings f = CaseValidator::validateFields(c, QDate(2027, 1, 10));
    EXPECT_NE(findingAt(f, QStringLiteral("work.gap"), QStringLiteral("workHistory[0].toYear")), nullptr)
        << describe(f);
    EXPECT_FALSE(hasErrors(f)) << describe(f);
}

TEST(WorkHistoryCheck, AnEmptyLeavingYearIsTheJobStillHeldAndRunsToTheReferenceYear)
{
    // Held since 2019: the last five years are covered, nothing is "missing".
    const Findings alone = check({rec(2019, 0)});
    EXPECT_TRUE(alone.isEmpty()) << describe(alone);
    EXPECT_TRUE(check({rec(2015, 2021), rec(2021, 0)}).isEmpty());
    // Counted up to the reference year: an earlier row reaching past its start overlaps it.
    const Findings overlap = check({rec(2023, 0), rec(2015, 2025)});
    EXPECT_NE(findingAt(overlap, QStringLiteral("work.overlap"), QStringLiteral("workHistory[0].fromYear")), nullptr)
        << describe(overlap);
    // A current job started in the future is still a wrong row.
    EXPECT_NE(findingAt(check({rec(2027, 0)}), QStringLiteral("work.futureYear"),
                        QStringLiteral("workHistory[0].fromYear")),
              nullptr);
}

TEST(WorkHistoryCheck, OnlyOneJobMayBeHeldToThePresent)
{
    const Findings f = check({rec(2019, 0), rec(2020, 0)});
    EXPECT_EQ(findingAt(f, QStringLiteral("field.required"), QStringLiteral("workHistory[0].toYear")), nullptr)
        << describe(f);
    EXPECT_NE(findingAt(f, QStringLiteral("field.required"), QStringLiteral("workHistory[1].toYear")), nullptr)
        << describe(f);
}
