#include "demo/DemoCaseFactory.h"

#include "calendar/WorkingCalendar.h"
#include "demo/DemoNames.h"
#include "demo/DemoOffice.h"
#include "validation/DocumentChecklist.h"
#include "validation/Iin.h"
#include "workflow/ApprovalBody.h"

#include <QJsonArray>

#include <algorithm>

namespace exitdesk {

namespace {

QString digits(DemoRandom &rng, int n)
{
    QString s;
    s.reserve(n);
    for (int i = 0; i < n; ++i)
        s += QLatin1Char(char('0' + rng.below(10)));
    return s;
}

QDate yearsBefore(DemoRandom &rng, const QDate &day, int years)
{
    return day.addYears(-years).addDays(-rng.below(365));
}

// The ground of refusal (SPEC.md §5, 1-9) and the body whose negative answer reveals it.
struct RefusalReason
{
    int ground;
    ApprovalBody body;
};

const QList<RefusalReason> &refusalReasons()
{
    static const QList<RefusalReason> reasons = {
        {8, ApprovalBody::Kgd},    {8, ApprovalBody::Kgd},    {9, ApprovalBody::Moj}, {9, ApprovalBody::Moj},
        {2, ApprovalBody::Kpsisu}, {3, ApprovalBody::Kpsisu}, {4, ApprovalBody::Moj}, {5, ApprovalBody::Mod},
        {1, ApprovalBody::Knb},    {7, ApprovalBody::Moj},
    };
    return reasons;
}

// An event to come: its day, and its time when fixed (the hearing); the others get times in
// the order they were planned, so that events of one day replay in that order.
struct Planned
{
    EventKind kind;
    QDate day;
    QJsonObject data;
    QTime time = QTime();
};

} // namespace

QString DemoCaseFactory::makeIin(DemoRandom &rng, const QDate &birthDate, const QString &sex)
{
    const bool female = sex == QLatin1String("F");
    const int century = birthDate.year() < 1900 ? 1 : birthDate.year() < 2000 ? 3 : 5;
    const QString head =
        birthDate.toString(QStringLiteral("yyMMdd")) + QString::number(century + (female ? 1 : 0));
    while (true) {
        const QString eleven = head + digits(rng, 4);
        const int check = Iin::checkDigit(eleven);
        if (check >= 0) // about one serial in eleven gives no check digit: draw another
            return eleven + QString::number(check);
    }
}

DemoCase DemoCaseFactory::make(DemoRandom &rng, const QDateTime &submittedAt, const DemoOffice &office) const
{
    DemoCase demo;
    Case &c = demo.c;
    c.office = office.name;
    c.channel = rng.chance(0.15) ? QStringLiteral("portal") : QStringLiteral("counter");
    c.submittedAt = submittedAt;
    const int origin = int(DemoNames::origin(rng));
    fillApplicant(rng, c, office, origin);

    const int roll = rng.below(1000);
    const bool draft = roll < 10;
    const bool refusedAtIntake = !draft && roll < 40;
    c.status = draft             ? CaseStatus::Draft
               : refusedAtIntake ? CaseStatus::RefusedAtIntake
                                 : CaseStatus::Accepted;
    addDocuments(rng, c, !draft && !refusedAtIntake);
    c.consents.falseDataWarningSigned = !draft;
    c.consents.dataUseConsentSigned = !draft;
    if (c.status == CaseStatus::Accepted)
        demo.events = timeline(rng, c, rng.pick(office.executors));
    return demo;
}

void DemoCaseFactory::fillApplicant(DemoRandom &rng, Case &c, const DemoOffice &office, int originIndex) const
{
    const DemoOrigin origin = DemoOrigin(originIndex);
    const QDate day = c.submittedAt.date();
    Applicant &a = c.applicant;
    a.sex = rng.chance(0.5) ? QStringLiteral("M") : QStringLiteral("F");
    static const QList<int> ageWeights{30, 40, 20, 10};
    static const int ageFrom[] = {18, 30, 45, 60};
    static const int ageTo[] = {29, 44, 59, 79};
    const int band = rng.weighted(ageWeights);
    const int age = rng.between(ageFrom[band], ageTo[band]);
    a.birthDate = yearsBefore(rng, day, age);

    const QString family = DemoNames::familySurname(rng, origin);
    const QString father = DemoNames::maleName(rng, origin);
    const DemoName name = DemoNames::person(rng, origin, a.sex, family, father);
    a.surname = name.surname;
    a.name = name.name;
    a.patronymic = name.patronymic;
    a.iin = makeIin(rng, a.birthDate, a.sex);
    a.birthPlace = Place{QStringLiteral("KZ"), office.region, office.district, QString(), office.settlement};
    a.nationality = DemoNames::nationality(origin);
    a.citizenship = QStringLiteral("KZ");
    a.identityDocument.kind = QStringLiteral("id-card");
    a.identityDocument.number = QLatin1Char('0') + digits(rng, 8);
    a.identityDocument.issuedOn = day.addDays(-rng.between(30, 3500));
    a.identityDocument.issuedBy = QString::fromUtf8("ҚР ІІМ");
    a.identityDocument.expiresOn = a.identityDocument.issuedOn.addYears(10);
    a.passport.number = QLatin1Char('N') + digits(rng, 8);
    a.passport.issuedOn = day.addDays(-rng.between(20, 3300));
    a.passport.expiresOn = a.passport.issuedOn.addYears(10);
    a.address = QString::fromUtf8("%1 қ., %2 %3, %4-пәтер")
                    .arg(office.settlement, office.street)
                    .arg(rng.between(1, 180))
                    .arg(rng.between(1, 120));
    a.phone = QStringLiteral("+7 7%1 %2 %3").arg(digits(rng, 2), digits(rng, 3), digits(rng, 4));
    a.socialCategory = rng.between(1, 5);
    a.education = rng.between(1, 4);
    a.specialty = rng.between(1, 8);
    a.maritalStatus = age >= 20 && rng.chance(0.6) ? 2 : rng.pick(QList<int>{1, 3, 4});

    c.from = Place{QStringLiteral("KZ"), office.region, office.district, QString(), office.settlement};
    c.to.country = DemoNames::destination(rng, origin);
    c.to.settlement = DemoNames::settlementIn(rng, c.to.country);
    c.purpose = rng.weighted({40, 25, 15, 12, 8}) + 1;

    if (a.maritalStatus == 2) {
        const QString spouseSex = a.sex == QLatin1String("M") ? QStringLiteral("F") : QStringLiteral("M");
        const DemoName spouse =
            DemoNames::person(rng, origin, spouseSex, family, DemoNames::maleName(rng, origin));
        Relative r;
        r.fullName = spouse.surname + QLatin1Char(' ') + spouse.name + QLatin1Char(' ') + spouse.patronymic;
        r.kinship =
            spouseSex == QLatin1String("F") ? QString::fromUtf8("әйелі") : QString::fromUtf8("күйеуі");
        r.birthDateAndPlace =
            yearsBefore(rng, day, age + rng.between(-4, 4)).toString(QStringLiteral("dd.MM.yyyy")) +
            QStringLiteral(", ") + office.settlement;
        r.countryAndAddress = QStringLiteral("KZ, ") + a.address;
        c.relatives << r;
    }
    const int years = rng.between(1, 5);
    WorkRecord w;
    w.fromYear = day.year() - years;
    w.toYear = day.year();
    w.organisation = rng.pick(
        QList<QString>{QString::fromUtf8("«Қазақтелеком» АҚ"), QString::fromUtf8("ЖШС «Береке»"),
                       QString::fromUtf8("№ 12 мектеп-гимназия"), QString::fromUtf8("ТОО «Алтын Дән»")});
    w.address = office.settlement;
    w.position = rng.pick(QList<QString>{QString::fromUtf8("инженер"), QString::fromUtf8("мұғалім"),
                                         QString::fromUtf8("бухгалтер"), QString::fromUtf8("жүргізуші")});
    w.stateSecretsClearance = QString::fromUtf8("мемлекеттік құпияларға рұқсатым болған жоқ");
    c.workHistory << w;

    c.alimonyEnforcement = rng.chance(0.03);
    c.alimonyRecipientsRegistrationKnown = !c.alimonyEnforcement || rng.chance(0.8);

    const QString childrenFather = a.sex == QLatin1String("M") ? a.name : DemoNames::maleName(rng, origin);
    if (age >= 21 && age <= 58 && (a.maritalStatus == 2 || rng.chance(0.3)) && rng.chance(0.55))
        addChildren(rng, c, originIndex, childrenFather);
}

void DemoCaseFactory::addChildren(DemoRandom &rng, Case &c, int originIndex, const QString &fatherName) const
{
    const DemoOrigin origin = DemoOrigin(originIndex);
    const QDate day = c.submittedAt.date();
    const int parentAge = c.applicant.birthDate.daysTo(day) / 365;
    const int count = rng.weighted({50, 35, 15}) + 1;
    // The surname of the family in its male form: the applicant's, or the applicant's with the
    // female ending taken off.
    QString family = c.applicant.surname;
    if (c.applicant.sex == QLatin1String("F") &&
        DemoNames::surnameFor(family.chopped(1), QStringLiteral("F")) == family)
        family.chop(1);
    for (int i = 0; i < count; ++i) {
        // Ages around 10 and 16 often, so that the checklist's age rules are exercised.
        const int band = rng.weighted({30, 25, 45});
        int age = band == 0 ? rng.between(9, 11) : band == 1 ? rng.between(15, 17) : rng.between(0, 17);
        age = std::min(age, parentAge - 18);
        if (age < 0)
            break;
        Child ch;
        ch.sex = rng.chance(0.5) ? QStringLiteral("M") : QStringLiteral("F");
        const DemoName n = DemoNames::person(rng, origin, ch.sex, family, fatherName);
        ch.surname = n.surname;
        ch.name = n.name;
        ch.patronymic = n.patronymic;
        ch.birthDate = yearsBefore(rng, day, age);
        ch.iin = makeIin(rng, ch.birthDate, ch.sex);
        if (age >= 14 || rng.chance(0.3))
            ch.passportNumber = QLatin1Char('N') + digits(rng, 8);
        ch.otherParentInKazakhstan = c.applicant.maritalStatus != 2 && rng.chance(0.6);
        ch.otherParentRegistrationKnown = !ch.otherParentInKazakhstan || rng.chance(0.85);
        c.children << ch;
    }
}

void DemoCaseFactory::addDocuments(DemoRandom &rng, Case &c, bool complete) const
{
    const QDate day = c.submittedAt.date();
    const QList<RequiredDocument> required = DocumentChecklist::required(c, day);
    const int missing = complete ? -1 : rng.below(int(required.size()));
    for (int i = 0; i < required.size(); ++i) {
        const RequiredDocument &r = required.at(i);
        PresentedDocument d;
        d.kind = r.kind;
        d.child = r.child;
        d.presented = i != missing;
        if (r.expires) {
            if (r.child < 0)
                d.expiresOn =
                    std::min(c.applicant.identityDocument.expiresOn, c.applicant.passport.expiresOn);
            else
                d.expiresOn = day.addDays(rng.between(200, 3000));
        }
        c.documents << d;
    }
}

QList<CaseEvent> DemoCaseFactory::timeline(DemoRandom &rng, const Case &c, const QString &executor) const
{
    const auto after = [this](const QDate &d, int n) { return m_calendar.addWorkingDays(d, n); };
    QList<Planned> plan;

    // Received on the day of handing in, or the next working day after hours and on days off.
    QDate day = c.submittedAt.date();
    if (!m_calendar.isWorkingDay(day) || c.submittedAt.time() >= QTime(20, 0))
        day = m_calendar.nextWorkingDay(day);
    plan << Planned{EventKind::Registered, day, {}};
    day = after(day, rng.between(1, 2));
    plan << Planned{EventKind::CompletenessChecked, day, {{QStringLiteral("complete"), true}}};
    day = after(day, rng.below(2));
    plan << Planned{EventKind::EnteredInSystem, day, {}};
    day = after(day, 1);
    const QDate requested = day;
    plan << Planned{EventKind::RequestsSent, day, {}};
    plan << Planned{EventKind::SentToPd, after(day, 1), {}};

    const bool refusal = rng.chance(0.12);
    const RefusalReason reason = rng.pick(refusalReasons());
    // One case in ten waits long for an answer: it will miss its term.
    const bool slow = rng.chance(0.1);
    QDate lastAnswer = requested;
    for (ApprovalBody body : allApprovalBodies()) {
        const QDate answered = after(requested, slow ? rng.between(8, 20) : rng.between(2, 9));
        const bool negative = refusal && body == reason.body;
        QJsonObject data{
            {QStringLiteral("body"), approvalBodyKey(body)},
            {QStringLiteral("result"), negative ? QStringLiteral("negative") : QStringLiteral("positive")},
            {QStringLiteral("date"), after(answered, -1).toString(Qt::ISODate)},
            {QStringLiteral("number"), QStringLiteral("%1-%2/%3")
                                           .arg(approvalBodyKey(body).toUpper())
                                           .arg(rng.between(1, 99))
                                           .arg(rng.between(100, 9999))}};
        plan << Planned{EventKind::AnswerReceived, answered, data};
        lastAnswer = std::max(lastAnswer, answered);
    }
    day = after(lastAnswer, 1);
    QJsonObject decision{
        {QStringLiteral("result"), refusal ? QStringLiteral("refusal") : QStringLiteral("positive")}};
    if (refusal)
        decision.insert(QStringLiteral("grounds"), QJsonArray{reason.ground});
    plan << Planned{EventKind::DecisionPrepared, day, decision};
    day = after(day, 1);
    plan << Planned{EventKind::DecisionRecorded, day, {}};
    if (refusal) {
        const QDateTime hearingAt(after(day, 2), QTime(11, 0), Qt::UTC);
        plan << Planned{
            EventKind::HearingNoticeSent,
            day,
            {{QStringLiteral("hearingAt"), hearingAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))}}};
        plan << Planned{EventKind::HearingHeld,
                        hearingAt.date(),
                        {{QStringLiteral("outcome"), QStringLiteral("refusal")},
                         {QStringLiteral("attended"), rng.chance(0.7)}},
                        hearingAt.time()};
        plan << Planned{EventKind::RefusalIssued,
                        after(hearingAt.date(), 1),
                        {{QStringLiteral("grounds"), QJsonArray{reason.ground}}}};
    } else {
        if (c.applicant.sex == QLatin1String("M")) {
            plan << Planned{EventKind::MilitaryNoticeSent, day, {}};
            day = after(day, 1);
            plan << Planned{EventKind::MilitaryAnswer, day, {{QStringLiteral("removed"), true}}};
        }
        day = after(day, 1);
        plan << Planned{EventKind::ApplicantNotified, day, {}};
        day = after(day, rng.chance(0.05) ? rng.between(2, 4) : rng.below(2));
        plan << Planned{EventKind::IdHandedOver, day, {}};
        plan << Planned{EventKind::DecisionIssued, day, {}};
    }

    // By day, and within a day in the order planned.
    std::stable_sort(plan.begin(), plan.end(),
                     [](const Planned &a, const Planned &b) { return a.day < b.day; });
    // Some cases stall (a file on someone's desk): they stop and become overdue.
    const int stallAfter = rng.chance(0.05) ? rng.between(1, int(plan.size()) - 1) : int(plan.size());
    QList<CaseEvent> events;
    QTime clock;
    for (int i = 0; i < stallAfter; ++i) {
        const Planned &p = plan.at(i);
        if (p.day > m_today)
            break;
        if (i == 0 || p.day != plan.at(i - 1).day)
            clock = QTime(9, rng.below(60));
        else
            clock = std::min(clock.addSecs(60 * rng.between(10, 60)), QTime(18, 0));
        CaseEvent e;
        e.kind = p.kind;
        e.at = QDateTime(p.day, p.time.isValid() ? p.time : clock, Qt::UTC); // wall clock, see DemoStream
        e.data = p.data;
        e.executor = executor;
        e.recordedAt = e.at;
        events << e;
    }
    return events;
}

} // namespace exitdesk
