// The message table: every code has its three texts, and the three use the same placeholders
// (a placeholder misspelt in one language would show up as "{dtae}" to the user).
#include "validation/ValidationTexts.h"

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace exitdesk;

namespace {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\{[a-zA-Z]+\\}"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

} // namespace

TEST(ValidationTexts, EveryCodeHasMatchingTextsInThreeLanguages)
{
    const QStringList codes = ValidationTexts::codes();
    EXPECT_GE(codes.size(), 20);
    EXPECT_EQ(QSet<QString>(codes.begin(), codes.end()).size(), codes.size()) << "duplicate code";
    for (const QString &code : codes) {
        // Unfilled placeholders stay visible, so they can be compared across languages.
        const Finding f = ValidationTexts::make(code, QStringLiteral("applicant.iin"));
        EXPECT_FALSE(f.messageEn.isEmpty());
        EXPECT_FALSE(f.messageRu.isEmpty());
        EXPECT_FALSE(f.messageKk.isEmpty());
        EXPECT_EQ(placeholders(f.messageEn), placeholders(f.messageRu)) << code.toStdString();
        EXPECT_EQ(placeholders(f.messageEn), placeholders(f.messageKk)) << code.toStdString();
        EXPECT_FALSE(f.messageEn.contains(QStringLiteral("{field}")));
    }
}

TEST(ValidationTexts, OwnersAndFieldsInWords)
{
    EXPECT_EQ(ValidationTexts::owner(QStringLiteral("children[1].iin")).en, QStringLiteral("Child 2"));
    EXPECT_EQ(ValidationTexts::owner(QStringLiteral("children[1].iin")).kk, QStringLiteral("2-бала"));
    EXPECT_EQ(ValidationTexts::owner(QStringLiteral("workHistory[2].fromYear")).ru,
              QStringLiteral("Трудовая деятельность, строка 3"));
    EXPECT_EQ(ValidationTexts::owner(QStringLiteral("applicant.identityDocument.expiresOn")).en,
              QStringLiteral("Applicant"));
    EXPECT_TRUE(ValidationTexts::owner(QStringLiteral("purpose")).isEmpty());
    EXPECT_EQ(ValidationTexts::fieldLabel(QStringLiteral("applicant.identityDocument.expiresOn")).en,
              QStringLiteral("identity document expiry date"));
    EXPECT_EQ(ValidationTexts::fieldLabel(QStringLiteral("workHistory[2].fromYear")).ru,
              QStringLiteral("Год поступления"));
    EXPECT_TRUE(ValidationTexts::fieldLabel(QStringLiteral("applicant.nonsense")).isEmpty());
}

TEST(ValidationTexts, SeverityIsPartOfTheTable)
{
    EXPECT_EQ(ValidationTexts::severity(QStringLiteral("iin.checksum")), Severity::Error);
    EXPECT_EQ(ValidationTexts::severity(QStringLiteral("iin.birthDateMismatch")), Severity::Warning);
    EXPECT_EQ(ValidationTexts::severity(QStringLiteral("iin.sexMismatch")), Severity::Warning);
    EXPECT_EQ(ValidationTexts::severity(QStringLiteral("work.gap")), Severity::Warning);
    EXPECT_EQ(ValidationTexts::severity(QStringLiteral("child.adult")), Severity::Error);
}
