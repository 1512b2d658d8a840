// Field paths address the same fields the checks name in their findings.
#include "session/CaseFields.h"

#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::ui;

TEST(CaseFields, ParsesRowPaths)
{
    const FieldPath p = FieldPath::parse(QStringLiteral("children[12].birthDate"));
    EXPECT_EQ(p.list, QStringLiteral("children"));
    EXPECT_EQ(p.row, 12);
    EXPECT_EQ(p.field, QStringLiteral("birthDate"));
    EXPECT_EQ(p.toString(), QStringLiteral("children[12].birthDate"));
    const FieldPath s = FieldPath::parse(QStringLiteral("applicant.passport.number"));
    EXPECT_FALSE(s.isRowField());
    EXPECT_EQ(s.field, QStringLiteral("applicant.passport.number"));
}

TEST(CaseFields, ReadsAndWritesScalarAndRowFields)
{
    Case c;
    ASSERT_TRUE(CaseFields::setValue(c, QStringLiteral("applicant.surname"), QStringLiteral("Сейітқали")));
    ASSERT_TRUE(CaseFields::setValue(c, QStringLiteral("applicant.birthDate"), QDate(1987, 10, 8)));
    ASSERT_TRUE(CaseFields::setValue(c, QStringLiteral("applicant.maritalStatus"), 2));
    ASSERT_TRUE(CaseFields::setValue(c, QStringLiteral("consents.dataUseConsentSigned"), true));
    EXPECT_EQ(c.applicant.surname, QStringLiteral("Сейітқали"));
    EXPECT_EQ(c.applicant.birthDate, QDate(1987, 10, 8));
    EXPECT_EQ(c.applicant.maritalStatus, 2);
    EXPECT_TRUE(c.consents.dataUseConsentSigned);

    EXPECT_FALSE(CaseFields::setValue(c, QStringLiteral("children[0].iin"), QStringLiteral("1"))); // no row yet
    ASSERT_TRUE(CaseFields::appendRow(c, QStringLiteral("children")));
    ASSERT_TRUE(CaseFields::appendRow(c, QStringLiteral("children")));
    ASSERT_TRUE(CaseFields::setValue(c, QStringLiteral("children[1].iin"), QStringLiteral("150402500107")));
    EXPECT_EQ(c.children.at(1).iin, QStringLiteral("150402500107"));
    EXPECT_EQ(CaseFields::value(c, QStringLiteral("children[1].iin")).toString(), QStringLiteral("150402500107"));
    EXPECT_EQ(CaseFields::type(QStringLiteral("children[1].birthDate")), FieldType::Date);
    EXPECT_EQ(CaseFields::type(QStringLiteral("workHistory[0].fromYear")), FieldType::Number);
    ASSERT_TRUE(CaseFields::removeRow(c, QStringLiteral("children"), 0));
    EXPECT_EQ(c.children.size(), 1);
    EXPECT_EQ(c.children.at(0).iin, QStringLiteral("150402500107"));
    EXPECT_FALSE(CaseFields::exists(QStringLiteral("applicant.nonsense")));
}

TEST(CaseFields, EveryPathOfTheModelIsReachable)
{
    // Each scalar path reads back what was written to it.
    Case c;
    for (const QString &path : CaseFields::scalarPaths()) {
        QVariant v;
        switch (CaseFields::type(path)) {
        case FieldType::Text: v = QStringLiteral("x"); break;
        case FieldType::Date: v = QDate(2020, 2, 29); break;
        case FieldType::Number: v = 9; break;
        case FieldType::Flag: v = !CaseFields::value(c, path).toBool(); break;
        }
        ASSERT_TRUE(CaseFields::setValue(c, path, v)) << path.toStdString();
        EXPECT_EQ(CaseFields::value(c, path), v) << path.toStdString();
    }
}
