// Age in full years (the 18th birthday makes an adult; 29 February birthdays) and the rule for
// names (Kazakh and Russian Cyrillic or Latin letters, hyphen, apostrophe, space).
#include "validation/Age.h"
#include "validation/NameCheck.h"

#include <gtest/gtest.h>

using namespace exitdesk;

TEST(Age, TurnsOneYearOlderOnTheBirthday)
{
    const QDate birth(2008, 11, 20);
    EXPECT_EQ(Age::fullYears(birth, QDate(2026, 11, 19)), 17);
    EXPECT_EQ(Age::fullYears(birth, QDate(2026, 11, 20)), 18);
    EXPECT_EQ(Age::fullYears(birth, QDate(2026, 11, 21)), 18);
    EXPECT_EQ(Age::fullYears(birth, birth), 0);
}

TEST(Age, BornOnTwentyNinthFebruaryTurnsOlderOnFirstMarchInCommonYears)
{
    const QDate birth(2008, 2, 29);
    EXPECT_EQ(Age::fullYears(birth, QDate(2026, 2, 28)), 17);
    EXPECT_EQ(Age::fullYears(birth, QDate(2026, 3, 1)), 18);
    EXPECT_EQ(Age::fullYears(birth, QDate(2028, 2, 28)), 19);
    EXPECT_EQ(Age::fullYears(birth, QDate(2028, 2, 29)), 20);
}

TEST(Age, UnknownOrFutureBirthIsMinusOne)
{
    EXPECT_EQ(Age::fullYears(QDate(), QDate(2026, 1, 1)), -1);
    EXPECT_EQ(Age::fullYears(QDate(2027, 1, 1), QDate(2026, 1, 1)), -1);
}

TEST(NameCheck, KazakhRussianAndLatinNamesAreAccepted)
{
    for (const QString &name :
         {QStringLiteral("Сейітқали"), QStringLiteral("Әлия"), QStringLiteral("Ғалым"),
          QStringLiteral("Қуаныш"), QStringLiteral("Іңкәр"), QStringLiteral("Өмірзақ"),
          QStringLiteral("Ұлықбек"), QStringLiteral("Үміт"), QStringLiteral("Һ"),
          QStringLiteral("ӘҒҚҢӨҰҮҺІ әғқңөұүһі"), QStringLiteral("Ёлкина"), QStringLiteral("Римский-Корсаков"),
          QStringLiteral("O'Brien"), QStringLiteral("D’Artagnan"), QStringLiteral("Seitkali"),
          QStringLiteral("Müller"), QStringLiteral("Анна Мария")}) {
        const NameCheck::Result r = NameCheck::check(name);
        EXPECT_TRUE(r.ok()) << name.toStdString() << " refused: " << r.invalidCharacters.toStdString();
        EXPECT_FALSE(r.mixedScripts) << name.toStdString();
    }
}

TEST(NameCheck, DigitsAndSymbolsAreRefusedAndNamed)
{
    NameCheck::Result r = NameCheck::check(QStringLiteral("Алихан2"));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.invalidCharacters, QStringLiteral("2"));

    r = NameCheck::check(QStringLiteral("Али_хан!!"));
    EXPECT_EQ(r.invalidCharacters, QStringLiteral("_!"));

    // Cyrillic letters outside the Kazakh and Russian alphabets (Ukrainian Ї, Є).
    r = NameCheck::check(QStringLiteral("Їжакевич"));
    EXPECT_EQ(r.invalidCharacters, QStringLiteral("Ї"));

    EXPECT_FALSE(NameCheck::check(QStringLiteral("--")).ok());
    EXPECT_FALSE(NameCheck::check(QStringLiteral("Ахмет.")).ok());
}

TEST(NameCheck, EmptyAndBlankAreEmpty)
{
    EXPECT_TRUE(NameCheck::check(QString()).empty);
    EXPECT_TRUE(NameCheck::check(QStringLiteral("   ")).empty);
}

TEST(NameCheck, DecomposedLettersAreComposedFirst)
{
    // "Й" typed as И + combining breve.
    const QString decomposed =
        QStringLiteral("Айгерим").replace(QStringLiteral("й"), QStringLiteral("и\u0306"));
    EXPECT_TRUE(NameCheck::check(decomposed).ok());
}

TEST(NameCheck, MixedCyrillicAndLatinIsFlagged)
{
    // Latin "A" typed in a Cyrillic name: accepted characters, but flagged.
    const NameCheck::Result r = NameCheck::check(QStringLiteral("Aлихан"));
    EXPECT_TRUE(r.ok());
    EXPECT_TRUE(r.mixedScripts);
}
