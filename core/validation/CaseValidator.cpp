#include "validation/CaseValidator.h"

#include "validation/Age.h"
#include "validation/DocumentChecklist.h"
#include "validation/FieldChecks.h"
#include "validation/ValidationTexts.h"
#include "validation/WorkHistoryCheck.h"

namespace exitdesk {

namespace {

using Arg = ValidationTexts::Arg;

const QStringList &sexes()
{
    static const QStringList list{QStringLiteral("M"), QStringLiteral("F")};
    return list;
}

constexpr int kMarried = 2; // item 14, «Состоит в браке»

// Applicant items 1-8 and the identity documents; returns the applicant's age (-1: unknown).
int checkApplicant(Findings &out, const Applicant &a, const QDate &day)
{
    const QString p = QStringLiteral("applicant.");
    FieldChecks::name(out, p + QStringLiteral("surname"), a.surname, true);
    FieldChecks::name(out, p + QStringLiteral("name"), a.name, true);
    FieldChecks::name(out, p + QStringLiteral("patronymic"), a.patronymic, false);
    FieldChecks::birthDate(out, p + QStringLiteral("birthDate"), a.birthDate, day);
    FieldChecks::choice(out, p + QStringLiteral("sex"), a.sex, sexes(), true);
    if (FieldChecks::iin(out, p + QStringLiteral("iin"), a.iin, true))
        FieldChecks::iinAgreesWithPerson(out, p + QStringLiteral("iin"), a.iin, a.birthDate, a.sex);

    const QStringList kinds{QStringLiteral("id-card"), QStringLiteral("residence-permit"),
                            QStringLiteral("stateless-certificate")};
    FieldChecks::choice(out, p + QStringLiteral("identityDocument.kind"), a.identityDocument.kind, kinds,
                        true);
    FieldChecks::requiredText(out, p + QStringLiteral("identityDocument.number"), a.identityDocument.number);
    FieldChecks::documentDates(out, p + QStringLiteral("identityDocument"), a.identityDocument.issuedOn,
                               a.identityDocument.expiresOn, a.birthDate, day, true);

    // Citizens hand in the identity card and the passport (Annex 2 item 8.2); a foreigner's
    // residence permit or a stateless person's certificate stands alone, but a passport that
    // was entered is still checked.
    const bool citizen =
        a.identityDocument.kind == QLatin1String("id-card") || a.identityDocument.kind.isEmpty();
    const bool passportEntered =
        !a.passport.number.isEmpty() || a.passport.issuedOn.isValid() || a.passport.expiresOn.isValid();
    if (citizen)
        FieldChecks::requiredText(out, p + QStringLiteral("passport.number"), a.passport.number);
    if (citizen || passportEntered) {
        FieldChecks::documentDates(out, p + QStringLiteral("passport"), a.passport.issuedOn,
                                   a.passport.expiresOn, a.birthDate, day, citizen);
    }

    const int age = Age::fullYears(a.birthDate, day);
    // Alone from 18, or from 16 when married (seed 000 §4); otherwise through a legal
    // representative, which the operator confirms.
    if (age >= 0 && age < 18 && !(age >= 16 && a.maritalStatus == kMarried)) {
        out << ValidationTexts::make(QStringLiteral("applicant.legalRepresentative"),
                                     p + QStringLiteral("birthDate"),
                                     {Arg{QStringLiteral("age"), ValidationTexts::number(age)},
                                      Arg{QStringLiteral("day"), ValidationTexts::date(day)}});
    }

    // Items 11-14 are filled by persons aged 16 and over; an unknown age is treated as adult
    // so that nothing is waved through for lack of a birth date.
    const bool over16 = age < 0 || age >= 16;
    FieldChecks::choice(out, p + QStringLiteral("socialCategory"), a.socialCategory, {1, 2, 3, 4, 5, 9},
                        over16);
    FieldChecks::choice(out, p + QStringLiteral("education"), a.education, {1, 2, 3, 4}, over16);
    FieldChecks::choice(out, p + QStringLiteral("specialty"), a.specialty, {1, 2, 3, 4, 5, 6, 7, 8}, over16);
    FieldChecks::choice(out, p + QStringLiteral("maritalStatus"), a.maritalStatus, {1, 2, 3, 4}, over16);
    return age;
}

void checkChild(Findings &out, const Child &child, int i, const QDate &day)
{
    const QString p = QStringLiteral("children[%1].").arg(i);
    FieldChecks::name(out, p + QStringLiteral("surname"), child.surname, true);
    FieldChecks::name(out, p + QStringLiteral("name"), child.name, true);
    FieldChecks::name(out, p + QStringLiteral("patronymic"), child.patronymic, false);
    if (FieldChecks::birthDate(out, p + QStringLiteral("birthDate"), child.birthDate, day)) {
        // The 18th birthday itself makes an adult.
        const int age = Age::fullYears(child.birthDate, day);
        if (age >= 18) {
            out << ValidationTexts::make(QStringLiteral("child.adult"), p + QStringLiteral("birthDate"),
                                         {Arg{QStringLiteral("age"), ValidationTexts::number(age)},
                                          Arg{QStringLiteral("day"), ValidationTexts::date(day)}});
        }
    }
    FieldChecks::choice(out, p + QStringLiteral("sex"), child.sex, sexes(), true);
    if (FieldChecks::iin(out, p + QStringLiteral("iin"), child.iin, true))
        FieldChecks::iinAgreesWithPerson(out, p + QStringLiteral("iin"), child.iin, child.birthDate,
                                         child.sex);
}

void checkCase(Findings &out, const Case &c)
{
    // Item 9: where the applicant leaves for. The register, the requests and the decision name
    // the country, so a case without one cannot be accepted; it is abroad by definition.
    if (c.to.country.isEmpty())
        out << ValidationTexts::make(QStringLiteral("choice.required"), QStringLiteral("to.country"));
    else if (c.to.country == QLatin1String("KZ"))
        out << ValidationTexts::make(QStringLiteral("destination.domestic"), QStringLiteral("to.country"));
    FieldChecks::requiredText(out, QStringLiteral("to.settlement"), c.to.settlement);
    FieldChecks::choice(out, QStringLiteral("purpose"), c.purpose, {1, 2, 3, 4, 5}, true);
    FieldChecks::choice(out, QStringLiteral("channel"), c.channel,
                        {QStringLiteral("counter"), QStringLiteral("portal")}, true);
    // Without both signatures the questionnaire cannot be accepted (Annex 1, closing block).
    if (!c.consents.falseDataWarningSigned)
        out << ValidationTexts::make(QStringLiteral("consent.missing"),
                                     QStringLiteral("consents.falseDataWarningSigned"));
    if (!c.consents.dataUseConsentSigned)
        out << ValidationTexts::make(QStringLiteral("consent.missing"),
                                     QStringLiteral("consents.dataUseConsentSigned"));
}

} // namespace

Findings CaseValidator::validateFields(const Case &c, const QDate &referenceDay)
{
    Findings out;
    const int age = checkApplicant(out, c.applicant, referenceDay);
    checkCase(out, c);
    for (int i = 0; i < c.children.size(); ++i)
        checkChild(out, c.children.at(i), i, referenceDay);
    for (int i = 0; i < c.relatives.size(); ++i) {
        const Relative &r = c.relatives.at(i);
        FieldChecks::name(out, QStringLiteral("relatives[%1].fullName").arg(i), r.fullName, false);
        FieldChecks::iin(out, QStringLiteral("relatives[%1].iin").arg(i), r.iin, false);
    }
    // The form asks to write «не имел» when there was no clearance: never left empty.
    for (int i = 0; i < c.workHistory.size(); ++i) {
        FieldChecks::requiredText(out, QStringLiteral("workHistory[%1].stateSecretsClearance").arg(i),
                                  c.workHistory.at(i).stateSecretsClearance);
    }
    WorkHistoryCheck::check(out, c.workHistory, referenceDay.year(), age < 0 || age >= 16);
    return out;
}

Findings CaseValidator::validate(const Case &c, const QDate &referenceDay)
{
    Findings out = validateFields(c, referenceDay);
    out << DocumentChecklist::findings(c, referenceDay);
    return out;
}

} // namespace exitdesk
