// Item 16's job still held ("to the present") in the interchange JSON: toYear null or absent.
#include "ValidationFixture.h"

#include "interchange/CaseJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

QJsonObject firstWorkRow(const QJsonObject &caseObject)
{
    return caseObject.value(QStringLiteral("workHistory")).toArray().at(0).toObject();
}

} // namespace

TEST(CurrentJobJson, NullOrAbsentLeavingYearImportsAsTheJobStillHeld)
{
    QJsonObject o = CaseJson::toJson(validCase());
    for (int variant = 0; variant < 2; ++variant) {
        QJsonObject row = firstWorkRow(o);
        if (variant == 0)
            row.insert(QStringLiteral("toYear"), QJsonValue(QJsonValue::Null));
        else
            row.remove(QStringLiteral("toYear"));
        o.insert(QStringLiteral("workHistory"), QJsonArray{row});
        Case c;
        Findings errors;
        ASSERT_TRUE(CaseJson::fromJson(o, &c, &errors)) << describe(errors);
        EXPECT_TRUE(errors.isEmpty()) << describe(errors);
        ASSERT_EQ(c.workHistory.size(), 1);
        EXPECT_TRUE(c.workHistory.at(0).isCurrent());
        EXPECT_EQ(c.workHistory.at(0).fromYear, 2019);
    }
}

TEST(CurrentJobJson, TheJobStillHeldIsWrittenAsNullAndReadBack)
{
    Case c = validCase();
    c.workHistory[0].toYear = 0;
    const QJsonObject o = CaseJson::toJson(c);
    EXPECT_TRUE(firstWorkRow(o).value(QStringLiteral("toYear")).isNull());
    Case back;
    Findings errors;
    ASSERT_TRUE(CaseJson::fromJson(o, &back, &errors)) << describe(errors);
    EXPECT_EQ(back.workHistory, c.workHistory);
    // A closed job keeps its year.
    EXPECT_EQ(firstWorkRow(CaseJson::toJson(validCase())).value(QStringLiteral("toYear")).toInt(), 2026);
}
