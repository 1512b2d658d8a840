#include "validation/Iin.h"

#include <array>

namespace exitdesk {

namespace {

bool allDigits(QStringView s)
{
    for (QChar ch : s) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return false;
    }
    return true;
}

int digitAt(QStringView s, int i)
{
    return s.at(i).unicode() - u'0';
}

// Weighted sum mod 11 of the first 11 digits; weights[i] applies to digit i.
int weightedMod11(QStringView firstEleven, const std::array<int, 11> &weights)
{
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += weights[static_cast<size_t>(i)] * digitAt(firstEleven, i);
    return sum % 11;
}

} // namespace

int Iin::checkDigit(QStringView firstEleven)
{
    if (firstEleven.size() != 11 || !allDigits(firstEleven))
        return -1;
    static constexpr std::array<int, 11> kFirstPass{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    static constexpr std::array<int, 11> kSecondPass{3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    const int first = weightedMod11(firstEleven, kFirstPass);
    if (first != 10)
        return first;
    const int second = weightedMod11(firstEleven, kSecondPass);
    return second == 10 ? -1 : second;
}

IinInfo Iin::decode(const QString &iin)
{
    IinInfo info;
    const QStringView s(iin);
    if (s.size() != 12 || !allDigits(s)) {
        info.errorCode = QStringLiteral("iin.format");
        return info;
    }

    // Digits 1-6 are YYMMDD; digit 7 gives the century (1/2: 1800s, 3/4: 1900s, 5/6: 2000s)
    // and the sex (odd: male, even: female). Since 2013 this is not guaranteed, so it is decoded
    // for comparison only.
    const int centuryDigit = digitAt(s, 6);
    if (centuryDigit >= 1 && centuryDigit <= 6) {
        const int century = 1800 + 100 * ((centuryDigit - 1) / 2);
        const int year = century + digitAt(s, 0) * 10 + digitAt(s, 1);
        const int month = digitAt(s, 2) * 10 + digitAt(s, 3);
        const int day = digitAt(s, 4) * 10 + digitAt(s, 5);
        const QDate date(year, month, day);
        if (date.isValid())
            info.birthDate = date;
        info.sex = (centuryDigit % 2 == 1) ? QStringLiteral("M") : QStringLiteral("F");
    }

    const int expected = checkDigit(s.left(11));
    if (expected < 0)
        info.errorCode = QStringLiteral("iin.unassignable");
    else if (expected != digitAt(s, 11))
        info.errorCode = QStringLiteral("iin.checksum");
    else
        info.valid = true;
    return info;
}

} // namespace exitdesk
