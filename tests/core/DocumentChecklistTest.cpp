// The documents a case requires, derived from the family's shape (SPEC.md §4), and which are
// missing or expired, named in the three languages.
#include "ValidationFixture.h"

#include "validation/CaseValidator.h"
#include "validation/DocumentChecklist.h"

#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

// "kind:child" for each required document, in checklist order.
QStringList shape(const QList<RequiredDocument> &docs)
{
    QStringList out;
    for (const RequiredDocument &d : docs)
        out << documentKindKey(d.kind) + QLatin1Char(':') + QString::number(d.child);
    return out;
}

QStringList requiredShape(const Case &c, const QDate &day = kReferenceDay)
{
    return shape(DocumentChecklist::required(c, day));
}

const RequiredDocument *find(const QList<RequiredDocument> &docs, DocumentKind kind, int child)
{
    for (const RequiredDocument &d : docs) {
        if (d.kind == kind && d.child == child)
            return &d;
    }
    return nullptr;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST(DocumentChecklist, NoChildren)
{
    const Case c = validCase();
    EXPECT_EQ(requiredShape(c), strings({"questionnaire:-1", "identity:-1", "state-duty-receipt:-1"}));
    const QList<RequiredDocument> docs = DocumentChecklist::required(c, kReferenceDay);
    EXPECT_TRUE(docs[1].expires);
    EXPECT_EQ(docs[0].nameKk, QStringLiteral("Өтініш-сауалнама"));
    EXPECT_EQ(docs[1].nameKk, QStringLiteral("Қазақстан Республикасы азаматының жеке куәлігі мен паспорты"));
    EXPECT_EQ(docs[2].name(QStringLiteral("ru")),
              QStringLiteral("Копия документа, подтверждающего уплату государственной пошлины"));
}

TEST(DocumentChecklist, IdentityDocumentNameFollowsItsKind)
{
    Case c = validCase();
    c.applicant.identityDocument.kind = QStringLiteral("residence-permit");
    EXPECT_EQ(DocumentChecklist::required(c, kReferenceDay)[1].nameKk,
              QStringLiteral("Қазақстан Республикасындағы шетелдіктің тұруға ықтиярхаты"));
    c.applicant.identityDocument.kind = QStringLiteral("stateless-certificate");
    EXPECT_EQ(DocumentChecklist::required(c, kReferenceDay)[1].nameRu,
              QStringLiteral("Удостоверение лица без гражданства"));
}

TEST(DocumentChecklist, ChildrenOfEightAndTwelveGuardianshipForTheTwelveYearOldOnly)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметова"), QStringLiteral("Дана"), QDate(2018, 3, 1),
                            QStringLiteral("F"))
               << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2014, 6, 1));
    EXPECT_EQ(requiredShape(c), strings({"questionnaire:-1", "identity:-1", "identity:0", "identity:1",
                                         "guardianship-conclusion:1", "state-duty-receipt:-1"}));
    const QList<RequiredDocument> docs = DocumentChecklist::required(c, kReferenceDay);
    const RequiredDocument *g = find(docs, DocumentKind::GuardianshipConclusion, 1);
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->nameRu, QStringLiteral("Заключение органа опеки и попечительства (Ахметов Алихан, 12 лет)"));
    EXPECT_EQ(
        g->nameKk,
        QStringLiteral("Қорғаншылық және қамқоршылық органдарының қорытындысы (Ахметов Алихан, 12 жас)"));
    EXPECT_EQ(g->nameEn, QStringLiteral("Conclusion of the guardianship authority (Ахметов Алихан, age 12)"));
    const RequiredDocument *birth = find(docs, DocumentKind::Identity, 0);
    ASSERT_NE(birth, nullptr);
    EXPECT_EQ(birth->nameRu, QStringLiteral("Свидетельство о рождении (Ахметова Дана, 8 лет)"));
    EXPECT_EQ(birth->nameKk, QStringLiteral("Туу туралы куәлік (Ахметова Дана, 8 жас)"));
    EXPECT_FALSE(birth->expires);
}

TEST(DocumentChecklist, GuardianshipFromTheTenthBirthday)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"),
                            QDate(2016, 11, 21)); // 9, 10 tomorrow
    EXPECT_EQ(find(DocumentChecklist::required(c, kReferenceDay), DocumentKind::GuardianshipConclusion, 0),
              nullptr);
    c.children[0].birthDate = QDate(2016, 11, 20); // 10 today
    const RequiredDocument *g =
        find(DocumentChecklist::required(c, kReferenceDay), DocumentKind::GuardianshipConclusion, 0);
    ASSERT_NE(g, nullptr);
    EXPECT_TRUE(g->nameRu.endsWith(QStringLiteral("10 лет)")));
}

TEST(DocumentChecklist, SixteenYearOldChildNeedsIdentityCardNotBirthCertificate)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2010, 11, 21)); // 15
    RequiredDocument d = *find(DocumentChecklist::required(c, kReferenceDay), DocumentKind::Identity, 0);
    EXPECT_TRUE(d.nameRu.startsWith(QStringLiteral("Свидетельство о рождении")));
    EXPECT_FALSE(d.expires);

    c.children[0].birthDate = QDate(2010, 11, 20); // 16 today
    d = *find(DocumentChecklist::required(c, kReferenceDay), DocumentKind::Identity, 0);
    EXPECT_EQ(d.nameRu, QStringLiteral("Удостоверение личности (Ахметов Алихан, 16 лет)"));
    EXPECT_EQ(d.nameKk, QStringLiteral("Жеке куәлік (Ахметов Алихан, 16 жас)"));
    EXPECT_TRUE(d.expires);
}

TEST(DocumentChecklist, OtherParentInKazakhstanConsentPerChild)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2021, 1, 1))
               << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Ерлан"), QDate(2022, 1, 1))
               << makeChild(QStringLiteral("Сейітқали"), QStringLiteral("Әлия"), QDate(2023, 1, 1),
                            QStringLiteral("F"));
    c.children[0].otherParentInKazakhstan = true;
    c.children[1].otherParentInKazakhstan = true;
    const QStringList s = requiredShape(c);
    EXPECT_EQ(s.filter(QStringLiteral("other-parent-consent")),
              strings({"other-parent-consent:0", "other-parent-consent:1"}));
    EXPECT_FALSE(s.contains(QStringLiteral("registration-request:-1")));
    const RequiredDocument *consent =
        find(DocumentChecklist::required(c, kReferenceDay), DocumentKind::OtherParentConsent, 1);
    EXPECT_EQ(consent->nameKk,
              QStringLiteral(
                  "Қазақстан Республикасының аумағында тұратын ата-анасының екіншісінің нотариалды түрде "
                  "расталған келісімі (Ахметов Ерлан, 4 жас)"));
    EXPECT_TRUE(consent->nameRu.endsWith(QStringLiteral("(Ахметов Ерлан, 4 года)")));
}

TEST(DocumentChecklist, UnknownRegistrationOfTheOtherParentAddsAnnexThreeOnce)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2021, 1, 1))
               << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Ерлан"), QDate(2022, 1, 1));
    for (Child &child : c.children) {
        child.otherParentInKazakhstan = true;
        child.otherParentRegistrationKnown = false;
    }
    const QStringList s = requiredShape(c);
    EXPECT_EQ(s.filter(QStringLiteral("registration-request")), strings({"registration-request:-1"}));
    EXPECT_EQ(s.last(), QStringLiteral("registration-request:-1"));

    // Registration unknown but the other parent is not in Kazakhstan: no consent, no request.
    for (Child &child : c.children)
        child.otherParentInKazakhstan = false;
    EXPECT_TRUE(requiredShape(c).filter(QStringLiteral("registration-request")).isEmpty());
}

TEST(DocumentChecklist, AlimonyEnforcement)
{
    Case c = validCase();
    c.alimonyEnforcement = true;
    EXPECT_EQ(requiredShape(c),
              strings({"questionnaire:-1", "identity:-1", "alimony-agreement:-1", "state-duty-receipt:-1"}));
    EXPECT_EQ(find(DocumentChecklist::required(c, kReferenceDay), DocumentKind::AlimonyAgreement, -1)->nameKk,
              QStringLiteral("Алименттерді төлеу туралы келісім немесе соттың шешімі"));
    c.alimonyRecipientsRegistrationKnown = false;
    EXPECT_EQ(requiredShape(c).last(), QStringLiteral("registration-request:-1"));
    // Without enforcement the recipients' registration does not matter.
    c.alimonyEnforcement = false;
    EXPECT_EQ(requiredShape(c), strings({"questionnaire:-1", "identity:-1", "state-duty-receipt:-1"}));
}

TEST(DocumentChecklist, LargeFamilyInOfficialOrder)
{
    Case c = validCase();
    c.alimonyEnforcement = true;
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2009, 1, 1)) // 17
               << makeChild(QStringLiteral("Ахметова"), QStringLiteral("Дана"), QDate(2018, 3, 1),
                            QStringLiteral("F"))
               << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Ерлан"), QDate(2013, 5, 5)); // 13
    c.children[0].otherParentInKazakhstan = true;
    c.children[2].otherParentInKazakhstan = true;
    c.children[2].otherParentRegistrationKnown = false;
    EXPECT_EQ(requiredShape(c),
              strings({"questionnaire:-1", "identity:-1", "identity:0", "identity:1", "identity:2",
                       "alimony-agreement:-1", "guardianship-conclusion:0", "guardianship-conclusion:2",
                       "other-parent-consent:0", "other-parent-consent:2", "state-duty-receipt:-1",
                       "registration-request:-1"}));
}

TEST(DocumentChecklist, MissingDocumentsAreListedByName)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2014, 6, 1));
    c.documents = {presented(DocumentKind::Questionnaire), presented(DocumentKind::Identity),
                   presented(DocumentKind::Identity, 0)};
    // A document recorded as not presented counts as missing.
    PresentedDocument notYet = presented(DocumentKind::StateDutyReceipt);
    notYet.presented = false;
    c.documents << notYet;

    const QList<ChecklistItem> missing = DocumentChecklist::missingOrExpired(c, kReferenceDay);
    ASSERT_EQ(missing.size(), 2);
    EXPECT_EQ(missing[0].document.kind, DocumentKind::GuardianshipConclusion);
    EXPECT_EQ(missing[1].document.kind, DocumentKind::StateDutyReceipt);
    EXPECT_FALSE(missing[0].presented);

    const Findings f = DocumentChecklist::findings(c, kReferenceDay);
    ASSERT_EQ(f.size(), 2) << describe(f);
    EXPECT_EQ(f[0].code, QStringLiteral("document.missing"));
    EXPECT_EQ(f[0].path, QStringLiteral("children[0].documents.guardianship-conclusion"));
    EXPECT_TRUE(f[0].isError());
    EXPECT_EQ(
        f[0].messageRu,
        QStringLiteral(
            "Не представлен документ: Заключение органа опеки и попечительства (Ахметов Алихан, 12 лет)"));
    EXPECT_EQ(f[1].path, QStringLiteral("documents.state-duty-receipt"));

    // CaseValidator::validate adds these to the field checks.
    const Findings all = CaseValidator::validate(c, kReferenceDay);
    EXPECT_EQ(countCode(all, QStringLiteral("document.missing")), 2);
}

TEST(DocumentChecklist, ChildDocumentMatchesByChildIndex)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2018, 6, 1))
               << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Ерлан"), QDate(2019, 6, 1));
    c.documents << presented(DocumentKind::Identity, 1);
    const QList<ChecklistItem> missing = DocumentChecklist::missingOrExpired(c, kReferenceDay);
    ASSERT_EQ(missing.size(), 1);
    EXPECT_EQ(missing[0].document.child, 0);
}

TEST(DocumentChecklist, ExpiredDocumentsAreListed)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2009, 6, 1)); // 17
    c.documents << presented(DocumentKind::Identity, 0, kReferenceDay.addDays(-1))
                << presented(DocumentKind::GuardianshipConclusion, 0);
    const QList<ChecklistItem> items = DocumentChecklist::missingOrExpired(c, kReferenceDay);
    ASSERT_EQ(items.size(), 1);
    EXPECT_TRUE(items[0].presented);
    EXPECT_TRUE(items[0].expired);
    const Findings f = DocumentChecklist::findings(c, kReferenceDay);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].code, QStringLiteral("document.expired"));
    EXPECT_EQ(
        f[0].messageRu,
        QStringLiteral("Срок действия документа истёк: Удостоверение личности (Ахметов Алихан, 17 лет)"));

    // Valid through its expiry day.
    c.documents[3].expiresOn = kReferenceDay;
    EXPECT_TRUE(DocumentChecklist::missingOrExpired(c, kReferenceDay).isEmpty());
}

TEST(DocumentChecklist, ApplicantIdentityExpiryComesFromTheQuestionnaire)
{
    Case c = validCase();
    // The presented identity carries no date: the passport's expiry on the questionnaire counts.
    c.applicant.passport.expiresOn = kReferenceDay.addDays(-1);
    QList<ChecklistItem> items = DocumentChecklist::evaluate(c, kReferenceDay);
    EXPECT_TRUE(items[1].expired);
    EXPECT_FALSE(items[1].ok());
    const Findings f = DocumentChecklist::findings(c, kReferenceDay);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].path, QStringLiteral("documents.identity"));
    EXPECT_EQ(f[0].code, QStringLiteral("document.expired"));

    // A date recorded on the presented document itself wins.
    c.documents[1].expiresOn = QDate(2030, 1, 1);
    items = DocumentChecklist::evaluate(c, kReferenceDay);
    EXPECT_FALSE(items[1].expired);
}

TEST(DocumentChecklist, PresentedDocumentWithoutItsExpiryIsAnErrorNamingIt)
{
    Case c = validCase();
    c.children << makeChild(QStringLiteral("Ахметов"), QStringLiteral("Алихан"), QDate(2009, 6, 1)); // 17
    c.documents << presented(DocumentKind::Identity, 0) << presented(DocumentKind::GuardianshipConclusion, 0);
    // The child's identity card carries an expiry, and none was entered.
    QList<ChecklistItem> items = DocumentChecklist::evaluate(c, kReferenceDay);
    ASSERT_EQ(items.size(), 5);
    EXPECT_TRUE(items[2].document.expires);
    EXPECT_TRUE(items[2].expiryMissing);
    EXPECT_FALSE(items[1].expiryMissing) << "the applicant's expiry comes from the questionnaire";
    const Findings f = DocumentChecklist::findings(c, kReferenceDay);
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].code, QStringLiteral("document.expiryMissing"));
    EXPECT_TRUE(f[0].isError());
    EXPECT_EQ(f[0].path, QStringLiteral("children[0].documents.identity"));
    EXPECT_TRUE(f[0].messageRu.contains(QStringLiteral("Удостоверение личности (Ахметов Алихан, 17 лет)")))
        << f[0].messageRu.toStdString();
    EXPECT_TRUE(f[0].messageKk.contains(items[2].document.nameKk)) << f[0].messageKk.toStdString();
    EXPECT_EQ(DocumentChecklist::expiryFindings(c, kReferenceDay).size(), 1);
    EXPECT_EQ(CaseValidator::validate(c, kReferenceDay).size(),
              CaseValidator::validateFields(c, kReferenceDay).size() + 1);

    // Entered: no finding.
    c.documents[3].expiresOn = QDate(2030, 1, 1);
    EXPECT_TRUE(DocumentChecklist::findings(c, kReferenceDay).isEmpty());

    // The applicant's identity document with no expiry on the questionnaire nor in the checklist.
    c.applicant.identityDocument.expiresOn = QDate();
    c.applicant.passport.expiresOn = QDate();
    const Findings applicant = DocumentChecklist::expiryFindings(c, kReferenceDay);
    ASSERT_EQ(applicant.size(), 1);
    EXPECT_EQ(applicant[0].path, QStringLiteral("documents.identity"));
    // A document not presented is missing, not "without expiry".
    c.documents[1].presented = false;
    EXPECT_TRUE(DocumentChecklist::expiryFindings(c, kReferenceDay).isEmpty());
}

TEST(DocumentChecklist, QuestionnaireExpiryIsTheEarlierOfIdentityCardAndPassport)
{
    Case c = validCase();
    const QList<RequiredDocument> docs = DocumentChecklist::required(c, kReferenceDay);
    EXPECT_EQ(DocumentChecklist::questionnaireExpiry(c, docs[1]), QDate(2029, 3, 1));
    c.applicant.passport.expiresOn = QDate(2028, 1, 2);
    EXPECT_EQ(DocumentChecklist::questionnaireExpiry(c, docs[1]), QDate(2028, 1, 2));
    EXPECT_FALSE(DocumentChecklist::questionnaireExpiry(c, docs[0]).isValid());
}
