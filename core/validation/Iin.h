// The individual identification number (ЖСН / ИИН), SPEC.md §8: 12 digits, YYMMDD birth date,
// century and sex digit, serial, and a check digit computed in up to two weighted passes.
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace exitdesk {

struct IinInfo
{
    bool valid = false;   // 12 digits and the check digit agrees (the only hard check)
    QString errorCode;    // iin.format | iin.checksum | iin.unassignable (both passes give 10)
    QDate birthDate;      // decoded from digits 1-6 and 7; null when they are no real date
    QString sex;          // M | F, from digit 7; empty when digit 7 is not 1-6
};

class Iin
{
public:
    // The check digit for the first 11 digits, or -1 when both passes give 10 (or the input is
    // not 11 ASCII digits).
    static int checkDigit(QStringView firstEleven);
    static IinInfo decode(const QString &iin);
    static bool isValid(const QString &iin) { return decode(iin).valid; }
};

} // namespace exitdesk
