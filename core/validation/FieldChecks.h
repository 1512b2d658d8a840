// The checks of single fields shared by the applicant and the children: names, IINs, dates,
// choices and the dates of an identity document. Each appends its findings to `out`.
#pragma once

#include "validation/Finding.h"

#include <QDate>
#include <QStringList>

#include <initializer_list>

namespace exitdesk {

class FieldChecks
{
public:
    static void name(Findings &out, const QString &path, const QString &value, bool required);
    // Format and check digit only (relatives' IINs); nothing when empty and not required.
    // Returns true when the IIN is valid.
    static bool iin(Findings &out, const QString &path, const QString &value, bool required);
    // A valid IIN compared with the entered birth date and sex: disagreement is a warning
    // the operator confirms, never an error (SPEC.md §8).
    static void iinAgreesWithPerson(Findings &out, const QString &path, const QString &value,
                                    const QDate &birthDate, const QString &sex);
    // Present, and not after the reference day. Returns true when present.
    static bool birthDate(Findings &out, const QString &path, const QDate &date, const QDate &referenceDay);
    static void choice(Findings &out, const QString &path, int value, std::initializer_list<int> allowed,
                       bool required);
    static void choice(Findings &out, const QString &path, const QString &value, const QStringList &allowed,
                       bool required);
    static void requiredText(Findings &out, const QString &path, const QString &value);
    // A document's dates under `prefix` ("applicant.passport"): present when required, issued
    // not in the future nor before the holder's birth, issued before expiry, and not expired
    // on the reference day.
    static void documentDates(Findings &out, const QString &prefix, const QDate &issuedOn,
                              const QDate &expiresOn, const QDate &holderBirthDate, const QDate &referenceDay,
                              bool required);
};

} // namespace exitdesk
