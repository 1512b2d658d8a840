#include "validation/FieldChecks.h"

#include "validation/Iin.h"
#include "validation/NameCheck.h"
#include "validation/ValidationTexts.h"

namespace exitdesk {

namespace {

using Arg = ValidationTexts::Arg;

// Invisible characters (tab, no-break space) are named by their code point so the operator
// can see what to remove.
QString visible(const QString &chars)
{
    QStringList parts;
    for (QChar ch : chars) {
        if (ch.isPrint() && !ch.isSpace())
            parts << QString(ch);
        else
            parts << QStringLiteral("U+%1").arg(ch.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

void FieldChecks::name(Findings &out, const QString &path, const QString &value, bool required)
{
    const NameCheck::Result r = NameCheck::check(value);
    if (r.empty) {
        if (required)
            out << ValidationTexts::make(QStringLiteral("field.required"), path);
        return;
    }
    if (!r.invalidCharacters.isEmpty()) {
        out << ValidationTexts::make(
            QStringLiteral("name.invalidCharacters"), path,
            {Arg{QStringLiteral("chars"), Text3::same(visible(r.invalidCharacters))}});
    }
    if (r.mixedScripts)
        out << ValidationTexts::make(QStringLiteral("name.mixedScripts"), path);
}

bool FieldChecks::iin(Findings &out, const QString &path, const QString &value, bool required)
{
    if (value.isEmpty()) {
        if (required)
            out << ValidationTexts::make(QStringLiteral("field.required"), path);
        return false;
    }
    const IinInfo info = Iin::decode(value);
    if (!info.valid)
        out << ValidationTexts::make(info.errorCode, path);
    return info.valid;
}

void FieldChecks::iinAgreesWithPerson(Findings &out, const QString &path, const QString &value,
                                      const QDate &birthDate, const QString &sex)
{
    const IinInfo info = Iin::decode(value);
    if (!info.valid)
        return;
    if (birthDate.isValid()) {
        if (!info.birthDate.isValid()) {
            out << ValidationTexts::make(QStringLiteral("iin.birthDateUnencoded"), path);
        } else if (info.birthDate != birthDate) {
            out << ValidationTexts::make(
                QStringLiteral("iin.birthDateMismatch"), path,
                {Arg{QStringLiteral("iinDate"), ValidationTexts::date(info.birthDate)},
                 Arg{QStringLiteral("date"), ValidationTexts::date(birthDate)}});
        }
    }
    if (!info.sex.isEmpty() && (sex == QLatin1String("M") || sex == QLatin1String("F")) && info.sex != sex) {
        out << ValidationTexts::make(QStringLiteral("iin.sexMismatch"), path,
                                     {Arg{QStringLiteral("iinSex"), ValidationTexts::sex(info.sex)},
                                      Arg{QStringLiteral("sex"), ValidationTexts::sex(sex)}});
    }
}

bool FieldChecks::birthDate(Findings &out, const QString &path, const QDate &date, const QDate &referenceDay)
{
    if (!date.isValid()) {
        out << ValidationTexts::make(QStringLiteral("field.required"), path);
        return false;
    }
    if (date > referenceDay) {
        out << ValidationTexts::make(QStringLiteral("date.future"), path,
                                     {Arg{QStringLiteral("date"), ValidationTexts::date(date)},
                                      Arg{QStringLiteral("day"), ValidationTexts::date(referenceDay)}});
    }
    return true;
}

void FieldChecks::choice(Findings &out, const QString &path, int value, std::initializer_list<int> allowed,
                         bool required)
{
    if (value == 0) {
        if (required)
            out << ValidationTexts::make(QStringLiteral("choice.required"), path);
        return;
    }
    for (int a : allowed) {
        if (a == value)
            return;
    }
    out << ValidationTexts::make(QStringLiteral("choice.invalid"), path,
                                 {Arg{QStringLiteral("value"), ValidationTexts::number(value)}});
}

void FieldChecks::choice(Findings &out, const QString &path, const QString &value, const QStringList &allowed,
                         bool required)
{
    if (value.isEmpty()) {
        if (required)
            out << ValidationTexts::make(QStringLiteral("choice.required"), path);
        return;
    }
    if (!allowed.contains(value)) {
        out << ValidationTexts::make(QStringLiteral("choice.invalid"), path,
                                     {Arg{QStringLiteral("value"), Text3::same(value)}});
    }
}

void FieldChecks::requiredText(Findings &out, const QString &path, const QString &value)
{
    if (value.trimmed().isEmpty())
        out << ValidationTexts::make(QStringLiteral("field.required"), path);
}

void FieldChecks::documentDates(Findings &out, const QString &prefix, const QDate &issuedOn,
                                const QDate &expiresOn, const QDate &holderBirthDate,
                                const QDate &referenceDay, bool required)
{
    const QString issuedPath = prefix + QStringLiteral(".issuedOn");
    const QString expiresPath = prefix + QStringLiteral(".expiresOn");
    if (required && !issuedOn.isValid())
        out << ValidationTexts::make(QStringLiteral("field.required"), issuedPath);
    if (required && !expiresOn.isValid())
        out << ValidationTexts::make(QStringLiteral("field.required"), expiresPath);

    if (issuedOn.isValid()) {
        if (issuedOn > referenceDay) {
            out << ValidationTexts::make(QStringLiteral("date.future"), issuedPath,
                                         {Arg{QStringLiteral("date"), ValidationTexts::date(issuedOn)},
                                          Arg{QStringLiteral("day"), ValidationTexts::date(referenceDay)}});
        }
        if (holderBirthDate.isValid() && issuedOn < holderBirthDate) {
            out << ValidationTexts::make(
                QStringLiteral("date.issuedBeforeBirth"), issuedPath,
                {Arg{QStringLiteral("date"), ValidationTexts::date(issuedOn)},
                 Arg{QStringLiteral("birth"), ValidationTexts::date(holderBirthDate)}});
        }
        if (expiresOn.isValid() && issuedOn >= expiresOn) {
            out << ValidationTexts::make(QStringLiteral("date.issuedAfterExpiry"), issuedPath,
                                         {Arg{QStringLiteral("date"), ValidationTexts::date(issuedOn)},
                                          Arg{QStringLiteral("expires"), ValidationTexts::date(expiresOn)}});
        }
    }
    // A document is valid through its expiry day.
    if (expiresOn.isValid() && expiresOn < referenceDay) {
        out << ValidationTexts::make(QStringLiteral("date.expired"), expiresPath,
                                     {Arg{QStringLiteral("date"), ValidationTexts::date(expiresOn)},
                                      Arg{QStringLiteral("day"), ValidationTexts::date(referenceDay)}});
    }
}

} // namespace exitdesk
