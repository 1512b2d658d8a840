// The IIN check (SPEC.md §8): format, the two weighted passes of the check digit, and the
// decoding of the birth date and sex.
#include "validation/Iin.h"

#include <gtest/gtest.h>

#include <array>

using namespace exitdesk;

namespace {

// An independent statement of the rule, used to cross-check over many numbers.
int referenceCheckDigit(const QString &first)
{
    const std::array<int, 11> w1{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    const std::array<int, 11> w2{3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    int s1 = 0;
    int s2 = 0;
    for (int i = 0; i < 11; ++i) {
        const int d = first.at(i).digitValue();
        s1 += w1[static_cast<size_t>(i)] * d;
        s2 += w2[static_cast<size_t>(i)] * d;
    }
    if (s1 % 11 != 10)
        return s1 % 11;
    return s2 % 11 == 10 ? -1 : s2 % 11;
}

} // namespace

TEST(Iin, ValidNumberDecodesBirthDateAndSex)
{
    // 8+14+3+0+0+48+28+0+9+40+22 = 172; 172 mod 11 = 7.
    EXPECT_EQ(Iin::checkDigit(u"87100840142"), 7);
    const IinInfo info = Iin::decode(QStringLiteral("871008401427"));
    EXPECT_TRUE(info.valid);
    EXPECT_TRUE(info.errorCode.isEmpty());
    EXPECT_EQ(info.birthDate, QDate(1987, 10, 8));
    EXPECT_EQ(info.sex, QStringLiteral("F"));
}

TEST(Iin, WrongCheckDigitIsInvalid)
{
    const IinInfo info = Iin::decode(QStringLiteral("871008401428"));
    EXPECT_FALSE(info.valid);
    EXPECT_EQ(info.errorCode, QStringLiteral("iin.checksum"));
    EXPECT_FALSE(Iin::isValid(QStringLiteral("871008401420")));
}

TEST(Iin, FormatMustBeTwelveDigits)
{
    for (const QString &bad : {QString(), QStringLiteral("87100840142"), QStringLiteral("8710084014270"),
                               QStringLiteral("87100840142a"), QStringLiteral("871008 01427"),
                               QStringLiteral(" 871008401427"), QStringLiteral("８７１００８４０１４２７")}) {
        const IinInfo info = Iin::decode(bad);
        EXPECT_FALSE(info.valid) << bad.toStdString();
        EXPECT_EQ(info.errorCode, QStringLiteral("iin.format")) << bad.toStdString();
    }
    EXPECT_EQ(Iin::checkDigit(u"8710084014"), -1);
    EXPECT_EQ(Iin::checkDigit(u"8710084014x"), -1);
}

TEST(Iin, SecondPassIsUsedWhenTheFirstGivesTen)
{
    // 871008 4 0030: first pass 8*1+7*2+1*3+8*6+4*7+3*10 = 131, 131 mod 11 = 10;
    // second pass 8*3+7*4+1*5+8*8+4*9+3*1 = 160, 160 mod 11 = 6.
    EXPECT_EQ(Iin::checkDigit(u"87100840030"), 6);
    EXPECT_TRUE(Iin::isValid(QStringLiteral("871008400306")));
    // An implementation that stopped at the first pass would take 10 as 0 (or as invalid).
    EXPECT_FALSE(Iin::isValid(QStringLiteral("871008400300")));
    EXPECT_EQ(Iin::decode(QStringLiteral("871008400300")).errorCode, QStringLiteral("iin.checksum"));
}

TEST(Iin, BothPassesGivingTenMakeTheNumberUnassignable)
{
    // 871008 4 0032: first pass 131 + 2*11 = 153, mod 11 = 10; second pass 160 + 2*2 = 164,
    // mod 11 = 10. No twelfth digit makes this valid.
    EXPECT_EQ(Iin::checkDigit(u"87100840032"), -1);
    for (int last = 0; last <= 9; ++last) {
        const IinInfo info = Iin::decode(QStringLiteral("87100840032") + QString::number(last));
        EXPECT_FALSE(info.valid);
        EXPECT_EQ(info.errorCode, QStringLiteral("iin.unassignable"));
    }
}

TEST(Iin, SearchFindsUnassignableAndSecondPassNumbersAndAgreesWithReference)
{
    // Over every serial of one birth date: the implementation agrees with the reference, and
    // both special cases occur (so the two tests above are not about a single lucky number).
    int secondPass = 0;
    int unassignable = 0;
    for (int serial = 0; serial < 10000; ++serial) {
        const QString first =
            QStringLiteral("0802295") + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
        const int expected = referenceCheckDigit(first);
        ASSERT_EQ(Iin::checkDigit(first), expected) << first.toStdString();
        if (expected == -1) {
            ++unassignable;
            for (int last = 0; last <= 9; ++last)
                EXPECT_FALSE(Iin::isValid(first + QString::number(last)));
        } else {
            EXPECT_TRUE(Iin::isValid(first + QString::number(expected)));
            int firstPass = 0;
            for (int i = 0; i < 11; ++i)
                firstPass += (i + 1) * first.at(i).digitValue();
            if (firstPass % 11 == 10)
                ++secondPass;
        }
    }
    EXPECT_GT(secondPass, 0);
    EXPECT_GT(unassignable, 0);
}

TEST(Iin, CenturyAndSexFromTheSeventhDigit)
{
    // Check digits computed by hand with the rule (both first-pass).
    const IinInfo born2008Male = Iin::decode(QStringLiteral("080229500012"));
    EXPECT_TRUE(born2008Male.valid);
    EXPECT_EQ(born2008Male.birthDate, QDate(2008, 2, 29));
    EXPECT_EQ(born2008Male.sex, QStringLiteral("M"));

    const IinInfo born2008Female = Iin::decode(QStringLiteral("080229600019"));
    EXPECT_TRUE(born2008Female.valid);
    EXPECT_EQ(born2008Female.birthDate, QDate(2008, 2, 29));
    EXPECT_EQ(born2008Female.sex, QStringLiteral("F"));

    const IinInfo born1908 = Iin::decode(QStringLiteral("080229300015"));
    EXPECT_TRUE(born1908.valid);
    EXPECT_EQ(born1908.birthDate, QDate(1908, 2, 29));
    EXPECT_EQ(born1908.sex, QStringLiteral("M"));

    const IinInfo born1887 = Iin::decode(QStringLiteral("871008200019"));
    EXPECT_EQ(born1887.birthDate, QDate(1887, 10, 8));
    EXPECT_EQ(born1887.sex, QStringLiteral("F"));
}

TEST(Iin, TwentyNinthFebruaryDependsOnTheCentury)
{
    // 000229 is a real date in 2000 (a leap year) but not in 1900.
    const IinInfo in2000 = Iin::decode(QStringLiteral("000229500018"));
    EXPECT_TRUE(in2000.valid);
    EXPECT_EQ(in2000.birthDate, QDate(2000, 2, 29));

    const IinInfo in1900 = Iin::decode(QStringLiteral("000229300015"));
    EXPECT_TRUE(in1900.valid) << "the check digit is the only hard check";
    EXPECT_FALSE(in1900.birthDate.isValid());
    EXPECT_EQ(in1900.sex, QStringLiteral("M"));
}

TEST(Iin, SeventhDigitOutsideOneToSixDecodesNothing)
{
    const QString first = QStringLiteral("87100800001");
    const int check = Iin::checkDigit(first);
    ASSERT_GE(check, 0);
    const IinInfo info = Iin::decode(first + QString::number(check));
    EXPECT_TRUE(info.valid);
    EXPECT_FALSE(info.birthDate.isValid());
    EXPECT_TRUE(info.sex.isEmpty());
}
