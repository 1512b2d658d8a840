// The field checks of a case (SPEC.md §8, Annex 1): each test breaks one thing in a valid case
// and asserts the finding's code, field path and severity.
#include "ValidationFixture.h"

#include "validation/CaseValidator.h"

#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

Findings fieldsOf(const Case &c, const QDate &day = kReferenceDay)
{
    return CaseValidator::validateFields(c, day);
}

} // namespace

TEST(CaseValidator, ValidCaseHasNoFindings)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2014, 6, 1));
    c.documents << presented(DocumentKind::Identity, 0) << presented(DocumentKind::GuardianshipConclusion, 0);
    const Findings f = CaseValidator::validate(c, kReferenceDay);
    EXPECT_TRUE(f.isEmpty()) << describe(f);
    EXPECT_FALSE(hasErrors(f));
}

TEST(CaseValidator, ChildIinCheckDigitIsAnErrorNamingTheChild)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2014, 6, 1))
               << makeChild(QStringLiteral("Ахметова"), QStringLiteral("Әлия"), QDate(2016, 2, 3),
                            QStringLiteral("F"));
    QString &iin = c.children[1].iin;
    iin[11] = QChar(u'0' + (iin.at(11).digitValue() + 1) % 10);
    const Findings f = fieldsOf(c);
    const Finding *x = findingAt(f, QStringLiteral("iin.checksum"), QStringLiteral("children[1].iin"));
    ASSERT_NE(x, nullptr) << describe(f);
    EXPECT_TRUE(x->isError());
    EXPECT_EQ(x->messageEn, QStringLiteral("Child 2: IIN check digit is wrong"));
    EXPECT_EQ(x->messageRu, QStringLiteral("Ребёнок 2: неверная контрольная цифра ИИН"));
    EXPECT_EQ(x->messageKk, QStringLiteral("2-бала: ЖСН-нің бақылау цифры қате"));
    EXPECT_EQ(x->message(QStringLiteral("ru")), x->messageRu);
}

TEST(CaseValidator, IinFormatAndRequired)
{
    Case c = validCase();
    c.applicant.iin = QStringLiteral("87100840142");
    EXPECT_NE(findingAt(fieldsOf(c), QStringLiteral("iin.format"), QStringLiteral("applicant.iin")), nullptr);
    c.applicant.iin.clear();
    EXPECT_NE(findingAt(fieldsOf(c), QStringLiteral("field.required"), QStringLiteral("applicant.iin")),
              nullptr);
}

TEST(CaseValidator, IinDisagreeingWithBirthDateOrSexIsAWarningNotAnError)
{
    Case c = validCase();
    c.applicant.birthDate = QDate(1987, 10, 9); // the IIN says 08.10.1987
    c.applicant.sex = QStringLiteral("M");      // the IIN says female
    const Findings f = fieldsOf(c);
    const Finding *date =
        findingAt(f, QStringLiteral("iin.birthDateMismatch"), QStringLiteral("applicant.iin"));
    const Finding *sex = findingAt(f, QStringLiteral("iin.sexMismatch"), QStringLiteral("applicant.iin"));
    ASSERT_NE(date, nullptr) << describe(f);
    ASSERT_NE(sex, nullptr) << describe(f);
    EXPECT_EQ(date->severity, Severity::Warning);
    EXPECT_EQ(sex->severity, Severity::Warning);
    EXPECT_TRUE(date->messageRu.contains(QStringLiteral("08.10.1987"))) << date->messageRu.toStdString();
    EXPECT_TRUE(date->messageRu.contains(QStringLiteral("09.10.1987")));
    EXPECT_FALSE(hasErrors(f)) << describe(f);
}

TEST(CaseValidator, IinOfTheTwentyNinthFebruaryAgreesWithThatBirthDate)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2012, 2, 29));
    EXPECT_EQ(c.children[0].iin.left(7), QStringLiteral("1202295"));
    c.documents << presented(DocumentKind::Identity, 0) << presented(DocumentKind::GuardianshipConclusion, 0);
    const Findings f = CaseValidator::validate(c, kReferenceDay);
    EXPECT_TRUE(f.isEmpty()) << describe(f);
}

TEST(CaseValidator, RelativesIinOnlyFormatAndChecksumWhenFilled)
{
    Case c = validCase();
    Relative r;
    r.fullName = QStringLiteral("Сейітқали Бек");
    c.relatives << r;
    r.iin = QStringLiteral("871008401428");
    c.relatives << r;
    r.iin = QStringLiteral("000229300015"); // valid, though 29.02.1900 is no date: no warning for relatives
    c.relatives << r;
    const Findings f = fieldsOf(c);
    EXPECT_EQ(f.size(), 1) << describe(f);
    EXPECT_NE(findingAt(f, QStringLiteral("iin.checksum"), QStringLiteral("relatives[1].iin")), nullptr);
}

TEST(CaseValidator, NamesWithKazakhLettersAcceptedDigitsRefused)
{
    Case c = validCase();
    c.applicant.surname = QStringLiteral("Өмірзақова-Ұлықбекқызы");
    c.applicant.name = QStringLiteral("Іңкәр");
    EXPECT_TRUE(fieldsOf(c).isEmpty()) << describe(fieldsOf(c));

    c.applicant.name = QStringLiteral("Іңкәр2");
    c.applicant.patronymic = QStringLiteral("Бек#");
    const Findings f = fieldsOf(c);
    const Finding *name =
        findingAt(f, QStringLiteral("name.invalidCharacters"), QStringLiteral("applicant.name"));
    ASSERT_NE(name, nullptr) << describe(f);
    EXPECT_TRUE(name->isError());
    EXPECT_TRUE(name->messageEn.startsWith(QStringLiteral("Applicant: name may contain only")));
    EXPECT_TRUE(name->messageEn.endsWith(QStringLiteral("not allowed: 2")));
    EXPECT_TRUE(name->messageRu.contains(QStringLiteral("«Имя»")));
    EXPECT_NE(findingAt(f, QStringLiteral("name.invalidCharacters"), QStringLiteral("applicant.patronymic")),
              nullptr);
}

TEST(CaseValidator, SurnameAndNameRequiredPatronymicOptional)
{
    Case c = validCase();
    c.applicant.surname = QStringLiteral("  ");
    c.applicant.patronymic.clear();
    c.children << makeChild(QString(), QStringLiteral("Алихан"), QDate(2018, 1, 1));
    c.children[0].patronymic.clear();
    const Findings f = fieldsOf(c);
    EXPECT_NE(findingAt(f, QStringLiteral("field.required"), QStringLiteral("applicant.surname")), nullptr);
    EXPECT_NE(findingAt(f, QStringLiteral("field.required"), QStringLiteral("children[0].surname")), nullptr);
    EXPECT_EQ(findingAt(f, QStringLiteral("field.required"), QStringLiteral("applicant.patronymic")),
              nullptr);
    EXPECT_EQ(findingAt(f, QStringLiteral("field.required"), QStringLiteral("children[0].patronymic")),
              nullptr);
    EXPECT_EQ(f.size(), 2) << describe(f);
}

TEST(CaseValidator, FutureBirthDateIsAnError)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), kReferenceDay.addDays(1));
    const Findings f = fieldsOf(c);
    const Finding *x = findingAt(f, QStringLiteral("date.future"), QStringLiteral("children[0].birthDate"));
    ASSERT_NE(x, nullptr) << describe(f);
    EXPECT_TRUE(x->isError());
    // Born on the reference day itself is fine.
    c.children[0] = makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), kReferenceDay);
    EXPECT_TRUE(fieldsOf(c).isEmpty()) << describe(fieldsOf(c));
}

TEST(CaseValidator, MissingBirthDateIsRequired)
{
    Case c = validCase();
    c.applicant.birthDate = QDate();
    const Findings f = fieldsOf(c);
    EXPECT_NE(findingAt(f, QStringLiteral("field.required"), QStringLiteral("applicant.birthDate")), nullptr)
        << describe(f);
}

TEST(CaseValidator, ExpiredIdentityDocumentIsAnError)
{
    Case c = validCase();
    c.applicant.identityDocument.expiresOn = kReferenceDay.addDays(-1);
    Findings f = fieldsOf(c);
    const Finding *x =
        findingAt(f, QStringLiteral("date.expired"), QStringLiteral("applicant.identityDocument.expiresOn"));
    ASSERT_NE(x, nullptr) << describe(f);
    EXPECT_TRUE(x->isError());
    EXPECT_TRUE(x->messageEn.startsWith(QStringLiteral("Applicant: identity document expiry date")));
    // Valid through the expiry day itself.
    c.applicant.identityDocument.expiresOn = kReferenceDay;
    EXPECT_TRUE(fieldsOf(c).isEmpty()) << describe(fieldsOf(c));

    c.applicant.passport.expiresOn = QDate(2020, 1, 1);
    f = fieldsOf(c);
    EXPECT_NE(findingAt(f, QStringLiteral("date.expired"), QStringLiteral("applicant.passport.expiresOn")),
              nullptr);
}

TEST(CaseValidator, IssueDateMustBeBeforeExpiry)
{
    Case c = validCase();
    c.applicant.passport.issuedOn = QDate(2031, 5, 6);
    c.applicant.passport.expiresOn = QDate(2031, 5, 5);
    Findings f = fieldsOf(c);
    EXPECT_NE(
        findingAt(f, QStringLiteral("date.issuedAfterExpiry"), QStringLiteral("applicant.passport.issuedOn")),
        nullptr)
        << describe(f);
    EXPECT_NE(findingAt(f, QStringLiteral("date.future"), QStringLiteral("applicant.passport.issuedOn")),
              nullptr);

    c = validCase();
    c.applicant.identityDocument.issuedOn = c.applicant.identityDocument.expiresOn;
    f = fieldsOf(c);
    EXPECT_NE(findingAt(f, QStringLiteral("date.issuedAfterExpiry"),
                        QStringLiteral("applicant.identityDocument.issuedOn")),
              nullptr)
        << describe(f);
}

TEST(CaseValidator, IdentityDocumentDatesRequired)
{
    Case c = validCase();
    c.applicant.identityDocument.expiresOn = QDate();
    c.applicant.passport = Passport();
    const Findings f = fieldsOf(c);
    EXPECT_NE(findingAt(f, QStringLiteral("field.required"),
                        QStringLiteral("applicant.identityDocument.expiresOn")),
              nullptr);
    EXPECT_NE(findingAt(f, QStringLiteral("field.required"), QStringLiteral("applicant.passport.number")),
              nullptr);
    EXPECT_NE(findingAt(f, QStringLiteral("field.required"), QStringLiteral("applicant.passport.issuedOn")),
              nullptr);
    EXPECT_NE(findingAt(f, QStringLiteral("field.required"), QStringLiteral("applicant.passport.expiresOn")),
              nullptr);
}

TEST(CaseValidator, ResidencePermitNeedsNoKazakhPassport)
{
    Case c = validCase();
    c.applicant.identityDocument.kind = QStringLiteral("residence-permit");
    c.applicant.passport = Passport();
    EXPECT_TRUE(fieldsOf(c).isEmpty()) << describe(fieldsOf(c));
    c.applicant.identityDocument.kind = QStringLiteral("visa");
    EXPECT_NE(findingAt(fieldsOf(c), QStringLiteral("choice.invalid"),
                        QStringLiteral("applicant.identityDocument.kind")),
              nullptr);
}

TEST(CaseValidator, ChildOnTheEighteenthBirthdayIsAnAdult)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2008, 11, 21)); // 17
    EXPECT_TRUE(fieldsOf(c).isEmpty()) << describe(fieldsOf(c));

    c.children[0] =
        makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2008, 11, 20)); // 18 today
    const Findings f = fieldsOf(c);
    const Finding *x = findingAt(f, QStringLiteral("child.adult"), QStringLiteral("children[0].birthDate"));
    ASSERT_NE(x, nullptr) << describe(f);
    EXPECT_TRUE(x->isError());
    EXPECT_TRUE(x->messageEn.startsWith(QStringLiteral("Child 1: adult listed as a child")));
}

TEST(CaseValidator, ChildBornOnTwentyNinthFebruaryBecomesAdultOnFirstMarch)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2008, 2, 29));
    EXPECT_EQ(countCode(fieldsOf(c, QDate(2026, 2, 28)), QStringLiteral("child.adult")), 0);
    EXPECT_EQ(countCode(fieldsOf(c, QDate(2026, 3, 1)), QStringLiteral("child.adult")), 1);
}

TEST(CaseValidator, ApplicantSixteenMarriedAppliesAloneUnmarriedNeedsRepresentative)
{
    Case c = validCase();
    c.applicant.birthDate = QDate(2010, 11, 20); // 16 on the reference day
    c.applicant.iin = makeIin(c.applicant.birthDate, QStringLiteral("F"));
    c.applicant.maritalStatus = 2;
    EXPECT_TRUE(fieldsOf(c).isEmpty()) << describe(fieldsOf(c));

    c.applicant.maritalStatus = 1;
    const Findings f = fieldsOf(c);
    const Finding *x =
        findingAt(f, QStringLiteral("applicant.legalRepresentative"), QStringLiteral("applicant.birthDate"));
    ASSERT_NE(x, nullptr) << describe(f);
    EXPECT_EQ(x->severity, Severity::Warning);
    EXPECT_FALSE(hasErrors(f));

    // Married at 15 (one day before the 16th birthday) is not enough.
    c.applicant.birthDate = QDate(2010, 11, 21);
    c.applicant.iin = makeIin(c.applicant.birthDate, QStringLiteral("F"));
    c.applicant.maritalStatus = 2;
    EXPECT_NE(findingAt(fieldsOf(c), QStringLiteral("applicant.legalRepresentative"),
                        QStringLiteral("applicant.birthDate")),
              nullptr);

    c.applicant.maritalStatus = 1;
    c.applicant.birthDate = QDate(2008, 11, 20); // 18: alone, married or not
    c.applicant.iin = makeIin(c.applicant.birthDate, QStringLiteral("F"));
    EXPECT_TRUE(fieldsOf(c).isEmpty()) << describe(fieldsOf(c));
}

TEST(CaseValidator, ItemsElevenToSixteenRequiredOnlyFromSixteen)
{
    Case c = validCase();
    c.applicant.socialCategory = 0;
    c.applicant.education = 0;
    c.applicant.specialty = 0;
    c.applicant.maritalStatus = 0;
    c.workHistory.clear();

    c.applicant.birthDate = QDate(2010, 11, 21); // 15, one day before the 16th birthday
    c.applicant.iin = makeIin(c.applicant.birthDate, QStringLiteral("F"));
    Findings f = fieldsOf(c);
    EXPECT_EQ(countCode(f, QStringLiteral("choice.required")), 0) << describe(f);
    EXPECT_EQ(countCode(f, QStringLiteral("work.missing")), 0) << describe(f);
    EXPECT_EQ(countCode(f, QStringLiteral("applicant.legalRepresentative")), 1);

    c.applicant.birthDate = QDate(2010, 11, 20); // 16
    c.applicant.iin = makeIin(c.applicant.birthDate, QStringLiteral("F"));
    f = fieldsOf(c);
    for (const char16_t *item : {u"socialCategory", u"education", u"specialty", u"maritalStatus"}) {
        const QString path = QStringLiteral("applicant.") + QString::fromUtf16(item);
        const Finding *x = findingAt(f, QStringLiteral("choice.required"), path);
        ASSERT_NE(x, nullptr) << path.toStdString() << "\n" << describe(f);
        EXPECT_TRUE(x->isError());
    }
    EXPECT_EQ(countCode(f, QStringLiteral("work.missing")), 1);
}

TEST(CaseValidator, InvalidItemCodesAreRefused)
{
    Case c = validCase();
    c.applicant.socialCategory = 6; // 1-5 and 9
    c.applicant.education = 5;
    c.applicant.specialty = 9;
    c.applicant.maritalStatus = 5;
    c.purpose = 6;
    Findings f = fieldsOf(c);
    EXPECT_EQ(countCode(f, QStringLiteral("choice.invalid")), 5) << describe(f);
    const Finding *x =
        findingAt(f, QStringLiteral("choice.invalid"), QStringLiteral("applicant.socialCategory"));
    ASSERT_NE(x, nullptr);
    EXPECT_TRUE(x->messageRu.contains(QStringLiteral("11. Общественная категория")));

    c = validCase();
    c.applicant.socialCategory = 9;
    c.applicant.specialty = 8;
    c.purpose = 5;
    EXPECT_TRUE(fieldsOf(c).isEmpty()) << describe(fieldsOf(c));
}

TEST(CaseValidator, PurposeSexChannelAndConsents)
{
    Case c = validCase();
    c.purpose = 0;
    c.applicant.sex = QStringLiteral("X");
    c.channel = QStringLiteral("mail");
    c.consents = {false, false};
    const Findings f = fieldsOf(c);
    EXPECT_NE(findingAt(f, QStringLiteral("choice.required"), QStringLiteral("purpose")), nullptr)
        << describe(f);
    EXPECT_NE(findingAt(f, QStringLiteral("choice.invalid"), QStringLiteral("applicant.sex")), nullptr);
    EXPECT_NE(findingAt(f, QStringLiteral("choice.invalid"), QStringLiteral("channel")), nullptr);
    const Finding *consent =
        findingAt(f, QStringLiteral("consent.missing"), QStringLiteral("consents.dataUseConsentSigned"));
    ASSERT_NE(consent, nullptr);
    EXPECT_TRUE(consent->isError());
    EXPECT_NE(
        findingAt(f, QStringLiteral("consent.missing"), QStringLiteral("consents.falseDataWarningSigned")),
        nullptr);
    // Case-level messages have no owner and start with a capital.
    EXPECT_TRUE(consent->messageEn.startsWith(QStringLiteral("The consent")))
        << consent->messageEn.toStdString();
}

TEST(CaseValidator, EveryMessageIsCompleteInAllThreeLanguages)
{
    // A case with as many problems as possible: every message must be filled, with no
    // placeholder left and the field named in words.
    Case c = validCase();
    c.applicant = Applicant();
    c.applicant.surname = QStringLiteral("A1");
    c.applicant.birthDate = QDate(2030, 1, 1);
    c.applicant.identityDocument.issuedOn = QDate(2031, 1, 1);
    c.applicant.identityDocument.expiresOn = QDate(2020, 1, 1);
    c.purpose = 9;
    c.channel.clear();
    c.consents = {false, false};
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Aлихан"), QDate(2000, 1, 1))
               << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Ерлан"), QDate(2015, 1, 1));
    c.children[1].iin = QStringLiteral("87100840032") + QStringLiteral("0");
    c.workHistory = {WorkRecord{2018, 2030, {}, {}, {}, {}, {}}, WorkRecord{2020, 2019, {}, {}, {}, {}, {}},
                     WorkRecord{0, 2021, {}, {}, {}, {}, {}}};
    c.documents.clear();
    c.alimonyEnforcement = true;
    const Findings f = CaseValidator::validate(c, kReferenceDay);
    EXPECT_GT(f.size(), 20) << describe(f);
    for (const Finding &x : f) {
        for (const QString &m : {x.messageEn, x.messageRu, x.messageKk}) {
            EXPECT_FALSE(m.isEmpty()) << x.code.toStdString();
            EXPECT_FALSE(m.contains(QLatin1Char('{'))) << m.toStdString();
            EXPECT_FALSE(m.contains(QStringLiteral("«»"))) << m.toStdString() << " (no field name)";
        }
        EXPECT_NE(x.messageEn, x.messageRu) << x.code.toStdString();
        EXPECT_FALSE(x.path.isEmpty());
    }
}

TEST(CaseValidator, TheCountryOfDestinationIsRequiredAndAbroad)
{
    Case c = validCase();
    c.to.country.clear();
    c.to.settlement.clear();
    Findings f = fieldsOf(c);
    const Finding *country = findingAt(f, QStringLiteral("choice.required"), QStringLiteral("to.country"));
    ASSERT_TRUE(country);
    EXPECT_TRUE(country->isError());
    EXPECT_TRUE(country->message(QStringLiteral("ru")).contains(QStringLiteral("Куда выбывает")));
    EXPECT_TRUE(findingAt(f, QStringLiteral("field.required"), QStringLiteral("to.settlement")));

    // Leaving Kazakhstan for Kazakhstan is not this service.
    c.to.country = QStringLiteral("KZ");
    c.to.settlement = QStringLiteral("Алматы");
    f = fieldsOf(c);
    const Finding *domestic = findingAt(f, QStringLiteral("destination.domestic"), QStringLiteral("to.country"));
    ASSERT_TRUE(domestic);
    EXPECT_TRUE(domestic->isError());
    EXPECT_FALSE(domestic->message(QStringLiteral("kk")).isEmpty());
}

TEST(CaseValidator, RelativesFullNameIsCheckedLikeTheApplicantsName)
{
    Case c = validCase();
    Relative r;
    r.fullName = QStringLiteral("Сейітқали Бек-Ұлы о'Нил");
    c.relatives << r;
    r.fullName = QStringLiteral("880512300124"); // an IIN typed into the name cell
    c.relatives << r;
    const Findings f = fieldsOf(c);
    EXPECT_EQ(f.size(), 1) << describe(f);
    const Finding *digits = findingAt(f, QStringLiteral("name.invalidCharacters"), QStringLiteral("relatives[1].fullName"));
    ASSERT_NE(digits, nullptr) << describe(f);
    EXPECT_TRUE(digits->isError());
    EXPECT_TRUE(digits->message(QStringLiteral("en")).contains(QStringLiteral("Relative 2"))) << digits->message(QStringLiteral("en")).toStdString();
    EXPECT_TRUE(digits->message(QStringLiteral("ru")).contains(QStringLiteral("ФИО"))) << digits->message(QStringLiteral("ru")).toStdString();
}

TEST(CaseValidator, StateSecretsClearanceMustBeWrittenEvenWhenThereWasNone)
{
    Case c = validCase();
    c.workHistory[0].stateSecretsClearance.clear();
    const Findings f = fieldsOf(c);
    const Finding *missing =
        findingAt(f, QStringLiteral("field.required"), QStringLiteral("workHistory[0].stateSecretsClearance"));
    ASSERT_NE(missing, nullptr) << describe(f);
    EXPECT_TRUE(missing->isError());
    for (const char *lang : {"en", "ru", "kk"}) {
        const QString m = missing->message(QString::fromLatin1(lang));
        EXPECT_FALSE(m.contains(QStringLiteral("stateSecretsClearance"))) << m.toStdString(); // a label, not the key
    }
    EXPECT_TRUE(missing->message(QStringLiteral("ru")).contains(QStringLiteral("Наличие допуска к государственным секретам")));
}
