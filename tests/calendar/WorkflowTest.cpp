// The workflow as a pure function of the submission time, the events and the calendar:
// service term, allowed and refused transitions, the refusal path's deadlines relative to the
// service term, complaints. Fixed dates only.
#include "CalendarTestSupport.h"

#include "workflow/Workflow.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace exitdesk;
using exitdesk::test::d;

namespace {

QDateTime t(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

CaseEvent ev(EventKind kind, const char *at, const char *json = "{}", qint64 id = 0)
{
    CaseEvent e;
    e.kind = kind;
    e.at = t(at);
    e.data = QJsonDocument::fromJson(QByteArray(json)).object();
    e.id = id;
    return e;
}

// Adds the events one by one, as the command line does, failing the test on a refusal.
class Timeline
{
public:
    explicit Timeline(const char *submittedAt, const char *channel = "counter")
        : m_flow(exitdesk::test::defaultCalendar()), m_at(t(submittedAt)), m_channel(QString::fromLatin1(channel))
    {
    }
    WorkflowResult add(EventKind kind, const char *at, const char *json = "{}")
    {
        const CaseEvent e = ev(kind, at, json, m_events.size() + 1);
        WorkflowResult r = m_flow.tryAdd(m_at, m_channel, m_events, e);
        if (r.ok)
            m_events << e;
        return r;
    }
    void must(EventKind kind, const char *at, const char *json = "{}")
    {
        const WorkflowResult r = add(kind, at, json);
        ASSERT_TRUE(r.ok) << eventKindKey(kind).toStdString() << ": " << r.error.en.toStdString();
    }
    WorkflowState state(const QDate &asOf = QDate()) const { return m_flow.derive(m_at, m_channel, m_events, asOf).state; }

    Workflow m_flow;
    QDateTime m_at;
    QString m_channel;
    QList<CaseEvent> m_events;
};

// Monday 2 March 2026, 10:00: the service term is 20 working days after 2 March:
// 3–6 (4), 9 March is the carried 8 March, 10–13 (8), 16–20 (13), 23 Nauryz, 24–25 carried,
// 26–27 (15), 30–31 (17), 1–3 April (20) → Friday 3 April 2026.
const char *kMonday = "2026-03-02T10:00:00";

void approveAll(Timeline &tl)
{
    tl.must(EventKind::Registered, "2026-03-03T09:30:00");
    tl.must(EventKind::CompletenessChecked, "2026-03-04T11:00:00");
    tl.must(EventKind::EnteredInSystem, "2026-03-05T11:00:00");
    tl.must(EventKind::RequestsSent, "2026-03-06T11:00:00");
    tl.must(EventKind::SentToPd, "2026-03-06T12:00:00");
}

} // namespace

TEST(ServiceTerm, TwentyWorkingDaysNotCountingTheDayOfHandingIn)
{
    const Workflow flow(exitdesk::test::defaultCalendar());
    const ServiceTerm st = flow.serviceTerm(t(kMonday), QStringLiteral("counter"));
    EXPECT_EQ(st.effectiveDay, d("2026-03-02"));
    EXPECT_FALSE(st.shifted());
    EXPECT_EQ(st.dueDate(), d("2026-04-03"));
    // Closing time itself is within hours.
    EXPECT_EQ(flow.serviceTerm(t("2026-03-02T20:00:00"), QStringLiteral("counter")).dueDate(), d("2026-04-03"));
}

TEST(ServiceTerm, AfterHoursOrOnADayOffCountsFromTheNextWorkingDay)
{
    const Workflow flow(exitdesk::test::defaultCalendar());
    // After 20:00 on Monday: received Tuesday 3 March, which is not counted → Monday 6 April.
    const ServiceTerm late = flow.serviceTerm(t("2026-03-02T20:30:00"), QStringLiteral("counter"));
    EXPECT_TRUE(late.afterHours);
    EXPECT_EQ(late.effectiveDay, d("2026-03-03"));
    EXPECT_EQ(late.dueDate(), d("2026-04-06"));
    // Portal after the provider's 18:30.
    EXPECT_EQ(flow.serviceTerm(t("2026-03-02T19:00:00"), QStringLiteral("portal")).effectiveDay, d("2026-03-03"));
    EXPECT_EQ(flow.serviceTerm(t("2026-03-02T19:00:00"), QStringLiteral("counter")).effectiveDay, d("2026-03-02"));
    // Saturday 7 March (the counters are open): Monday 9 March is the carried 8 March, so the
    // application is received on Tuesday 10 March → 20 working days later: Friday 10 April.
    const ServiceTerm sat = flow.serviceTerm(t("2026-03-07T11:00:00"), QStringLiteral("counter"));
    EXPECT_TRUE(sat.onDayOff);
    EXPECT_EQ(sat.effectiveDay, d("2026-03-10"));
    EXPECT_EQ(sat.dueDate(), d("2026-04-10"));
    // On Nauryz (Monday 23 March 2026): received Thursday 26 March.
    const ServiceTerm hol = flow.serviceTerm(t("2026-03-23T10:00:00"), QStringLiteral("counter"));
    EXPECT_EQ(hol.effectiveDay, d("2026-03-26"));
    EXPECT_EQ(hol.dueDate(), exitdesk::test::handAddWorkingDays(d("2026-03-26"), 20));
    const QString ru = hol.lines(flow.calendar(), flow.settings(), QStringLiteral("ru")).join(QLatin1Char('\n'));
    EXPECT_TRUE(ru.contains(QStringLiteral("Наурыз"))) << ru.toStdString();
    EXPECT_TRUE(ru.contains(QStringLiteral("2026-03-26"))) << ru.toStdString();
}

TEST(ServiceTerm, OfficeHoursAreSettings)
{
    WorkflowSettings s;
    s.counterClosesAt = QTime(18, 0);
    const Workflow flow(exitdesk::test::defaultCalendar(), s);
    EXPECT_EQ(flow.serviceTerm(t("2026-03-02T19:00:00"), QStringLiteral("counter")).effectiveDay, d("2026-03-03"));
}

TEST(Workflow, StartsAtRegistrationWithItsDeadline)
{
    Timeline tl(kMonday);
    const WorkflowState s = tl.state();
    EXPECT_EQ(s.stage, Stage::Registration);
    ASSERT_NE(s.currentDeadline(), nullptr);
    EXPECT_EQ(s.currentDeadline()->due, d("2026-03-03"));
}

TEST(Workflow, PositivePathToTheIssuedDecision)
{
    Timeline tl(kMonday);
    tl.must(EventKind::Registered, "2026-03-03T09:30:00");
    EXPECT_EQ(tl.state().stage, Stage::CompletenessCheck);
    EXPECT_EQ(tl.state().currentDeadline()->due, d("2026-03-05")); // 2 working days from 3 March
    tl.must(EventKind::CompletenessChecked, "2026-03-04T11:00:00");
    EXPECT_EQ(tl.state().stage, Stage::DataEntry);
    tl.must(EventKind::EnteredInSystem, "2026-03-05T11:00:00");
    // Requests (2 days: Tue 10 March, over the weekend and the carried 9 March) and the PD
    // (1 day: Fri 6 March) run in parallel; the earlier is the current stage.
    WorkflowState s = tl.state();
    EXPECT_EQ(s.stage, Stage::PdApproval);
    EXPECT_EQ(s.currentDeadline()->due, d("2026-03-06"));
    ASSERT_GE(s.deadlines.size(), 3);
    EXPECT_EQ(s.deadlines.at(1).stage, Stage::Requests);
    EXPECT_EQ(s.deadlines.at(1).due, d("2026-03-10"));
    tl.must(EventKind::SentToPd, "2026-03-06T10:00:00");
    tl.must(EventKind::RequestsSent, "2026-03-06T11:00:00", R"({"bodies":["knb","kpsisu","moj"]})");
    tl.must(EventKind::RequestsSent, "2026-03-06T11:30:00", R"({"bodies":["kgd","mod"]})");
    s = tl.state();
    EXPECT_EQ(s.stage, Stage::Answers);
    EXPECT_EQ(s.currentDeadline()->due, d("2026-03-27")); // 5 working days before 3 April
    tl.must(EventKind::AnswerReceived, "2026-03-12T10:00:00",
            R"({"body":"knb","result":"positive","date":"2026-03-11","number":"27/1-4410"})");
    for (const char *body : {"kpsisu", "moj", "kgd", "mod"}) {
        const QByteArray json = QByteArrayLiteral("{\"body\":\"") + body + QByteArrayLiteral("\",\"result\":\"positive\"}");
        tl.must(EventKind::AnswerReceived, "2026-03-13T10:00:00", json.constData());
    }
    s = tl.state();
    EXPECT_EQ(s.stage, Stage::DecisionPreparation);
    EXPECT_EQ(s.currentDeadline()->due, d("2026-03-16"));
    ASSERT_NE(s.securityAnswer(), nullptr);
    EXPECT_EQ(s.securityAnswer()->date, d("2026-03-11"));
    EXPECT_EQ(s.securityAnswer()->number, QStringLiteral("27/1-4410"));
    tl.must(EventKind::DecisionPrepared, "2026-03-16T10:00:00");
    EXPECT_EQ(tl.state().outcome, Outcome::Positive);
    tl.must(EventKind::DecisionRecorded, "2026-03-17T10:00:00");
    EXPECT_EQ(tl.state().stage, Stage::MilitaryNotice);
    tl.must(EventKind::MilitaryNoticeSent, "2026-03-17T15:00:00");
    tl.must(EventKind::MilitaryAnswer, "2026-03-18T10:00:00");
    tl.must(EventKind::ApplicantNotified, "2026-03-18T12:00:00");
    s = tl.state();
    EXPECT_EQ(s.stage, Stage::IdHandover);
    EXPECT_EQ(s.currentDeadline()->due, d("2026-03-19"));
    EXPECT_TRUE(s.currentDeadline()->byApplicant);
    tl.must(EventKind::IdHandedOver, "2026-03-19T10:00:00");
    EXPECT_EQ(tl.state().currentDeadline()->due, d("2026-03-19")); // same day
    tl.must(EventKind::DecisionIssued, "2026-03-19T10:30:00");
    s = tl.state();
    EXPECT_TRUE(s.isFinished());
    EXPECT_EQ(s.stage, Stage::Issued);
    EXPECT_EQ(s.currentDeadline(), nullptr);
    // Nothing more on the main line.
    EXPECT_FALSE(tl.add(EventKind::DecisionIssued, "2026-03-20T10:00:00").ok);
}

TEST(Workflow, RefusedEventsNameTheStage)
{
    Timeline tl(kMonday);
    WorkflowResult r = tl.add(EventKind::HearingHeld, "2026-03-03T10:00:00");
    ASSERT_FALSE(r.ok);
    EXPECT_TRUE(r.error.en.contains(QStringLiteral("2. registration by the office"))) << r.error.en.toStdString();
    EXPECT_TRUE(r.error.en.contains(QStringLiteral("registered"))) << r.error.en.toStdString();
    EXPECT_TRUE(r.error.ru.contains(QStringLiteral("регистрация"))) << r.error.ru.toStdString();
    EXPECT_TRUE(r.error.kk.contains(QStringLiteral("тіркеу"))) << r.error.kk.toStdString();
    // Before the application was handed in.
    EXPECT_FALSE(tl.add(EventKind::Registered, "2026-03-01T10:00:00").ok);
    tl.must(EventKind::Registered, "2026-03-03T10:00:00");
    // Twice.
    r = tl.add(EventKind::Registered, "2026-03-03T11:00:00");
    ASSERT_FALSE(r.ok);
    EXPECT_TRUE(r.error.en.contains(QStringLiteral("3. completeness check"))) << r.error.en.toStdString();
    // Unknown data keys are named.
    r = tl.add(EventKind::CompletenessChecked, "2026-03-04T10:00:00", R"({"complet":true})");
    ASSERT_FALSE(r.ok);
    EXPECT_TRUE(r.error.en.contains(QStringLiteral("data.complet"))) << r.error.en.toStdString();
}

TEST(Workflow, ApprovalsNeedRequestsAnswersAndThePd)
{
    Timeline tl(kMonday);
    tl.must(EventKind::Registered, "2026-03-03T09:30:00");
    tl.must(EventKind::CompletenessChecked, "2026-03-04T11:00:00");
    tl.must(EventKind::EnteredInSystem, "2026-03-05T11:00:00");
    // An answer from a body never asked.
    WorkflowResult r = tl.add(EventKind::AnswerReceived, "2026-03-06T10:00:00", R"({"body":"knb","result":"positive"})");
    ASSERT_FALSE(r.ok);
    EXPECT_TRUE(r.error.en.contains(QStringLiteral("National Security"))) << r.error.en.toStdString();
    tl.must(EventKind::RequestsSent, "2026-03-06T11:00:00"); // no body: all five
    EXPECT_TRUE(tl.state().allRequested());
    // A decision before the answers and the PD.
    r = tl.add(EventKind::DecisionPrepared, "2026-03-10T10:00:00");
    ASSERT_FALSE(r.ok);
    EXPECT_TRUE(r.error.en.contains(QStringLiteral("sent-to-pd"))) << r.error.en.toStdString();
    // A bad body key.
    r = tl.add(EventKind::AnswerReceived, "2026-03-06T10:00:00", R"({"body":"kgb","result":"positive"})");
    ASSERT_FALSE(r.ok);
    EXPECT_TRUE(r.error.en.contains(QStringLiteral("data.body"))) << r.error.en.toStdString();
    // The result is required.
    EXPECT_FALSE(tl.add(EventKind::AnswerReceived, "2026-03-10T10:00:00", R"({"body":"knb"})").ok);
}

TEST(Workflow, RefusalPathDeadlinesFollowTheServiceTerm)
{
    Timeline tl(kMonday); // service term ends Friday 3 April 2026
    approveAll(tl);
    tl.must(EventKind::AnswerReceived, "2026-03-12T10:00:00", R"({"body":"kgd","result":"negative","number":"tax-1"})");
    // One negative answer is enough to prepare the (refusal) decision.
    WorkflowState s = tl.state();
    EXPECT_EQ(s.stage, Stage::DecisionPreparation);
    EXPECT_EQ(s.currentDeadline()->due, d("2026-03-13"));
    EXPECT_FALSE(tl.add(EventKind::DecisionPrepared, "2026-03-13T10:00:00", R"({"result":"maybe"})").ok);
    tl.must(EventKind::DecisionPrepared, "2026-03-13T10:00:00");
    EXPECT_EQ(tl.state().outcome, Outcome::Refusal);
    tl.must(EventKind::DecisionRecorded, "2026-03-16T10:00:00");
    s = tl.state();
    EXPECT_EQ(s.stage, Stage::PreliminaryDecision);
    // No later than 3 working days before 3 April: 2, 1 April, 31 March → Tuesday 31 March.
    EXPECT_EQ(s.currentDeadline()->due, d("2026-03-31"));
    EXPECT_EQ(s.currentDeadline()->count.norm, -3);
    // A military notice is not part of the refusal path.
    EXPECT_FALSE(tl.add(EventKind::MilitaryNoticeSent, "2026-03-17T10:00:00").ok);
    tl.must(EventKind::HearingNoticeSent, "2026-03-20T10:00:00", R"({"hearingAt":"2026-03-26T15:00:00"})");
    s = tl.state();
    EXPECT_EQ(s.stage, Stage::Hearing);
    // 2 working days from Friday 20 March, over the weekend and Nauryz: Thursday 26, Friday 27.
    EXPECT_EQ(s.currentDeadline()->due, d("2026-03-27"));
    // The refusal cannot be issued before the hearing or its deadline.
    WorkflowResult r = tl.add(EventKind::RefusalIssued, "2026-03-26T10:00:00");
    ASSERT_FALSE(r.ok);
    EXPECT_TRUE(r.error.en.contains(QStringLiteral("2026-03-27"))) << r.error.en.toStdString();
    tl.must(EventKind::HearingHeld, "2026-03-26T15:00:00", R"({"outcome":"refusal","attended":true})");
    s = tl.state();
    EXPECT_EQ(s.stage, Stage::RefusalIssue);
    EXPECT_EQ(s.currentDeadline()->due, d("2026-03-27"));
    tl.must(EventKind::RefusalIssued, "2026-03-27T10:00:00");
    EXPECT_EQ(tl.state().stage, Stage::Refused);
}

TEST(Workflow, LateStepsAreCappedByTheServiceTerm)
{
    Timeline tl(kMonday);
    approveAll(tl);
    tl.must(EventKind::AnswerReceived, "2026-03-30T10:00:00", R"({"body":"knb","result":"negative"})");
    tl.must(EventKind::DecisionPrepared, "2026-03-31T10:00:00");
    tl.must(EventKind::DecisionRecorded, "2026-04-01T10:00:00");
    // The preliminary decision was due on 31 March: overdue on 1 April.
    WorkflowState s = tl.state();
    EXPECT_EQ(s.currentDeadline()->due, d("2026-03-31"));
    EXPECT_EQ(DeadlineStatus::of(s.currentDeadline()->due, d("2026-04-01"), tl.m_flow.calendar()).kind,
              DeadlineStatus::Overdue);
    tl.must(EventKind::PreliminaryDecisionSent, "2026-04-02T10:00:00");
    tl.must(EventKind::HearingHeld, "2026-04-03T10:00:00");
    tl.must(EventKind::RefusalIssued, "2026-04-06T10:00:00"); // late, but recorded as it happened
    EXPECT_TRUE(tl.state().isFinished());

    // The refusal step after a hearing on the last day of the term is due that same day.
    Timeline t2(kMonday);
    approveAll(t2);
    t2.must(EventKind::AnswerReceived, "2026-03-12T10:00:00", R"({"body":"knb","result":"negative"})");
    t2.must(EventKind::DecisionPrepared, "2026-03-13T10:00:00");
    t2.must(EventKind::DecisionRecorded, "2026-03-16T10:00:00");
    t2.must(EventKind::PreliminaryDecisionSent, "2026-03-31T10:00:00");
    t2.must(EventKind::HearingHeld, "2026-04-03T10:00:00");
    const Deadline *dl = t2.state().currentDeadline();
    ASSERT_NE(dl, nullptr);
    EXPECT_EQ(dl->count.due, d("2026-04-06"));
    EXPECT_EQ(dl->due, d("2026-04-03"));
    EXPECT_TRUE(dl->cappedByServiceTerm);
}

TEST(Workflow, RefusalWithoutAHearingOnceItsDeadlinePassed)
{
    Timeline tl(kMonday);
    approveAll(tl);
    tl.must(EventKind::AnswerReceived, "2026-03-12T10:00:00", R"({"body":"moj","result":"negative"})");
    tl.must(EventKind::DecisionPrepared, "2026-03-13T10:00:00");
    tl.must(EventKind::DecisionRecorded, "2026-03-16T10:00:00");
    tl.must(EventKind::PreliminaryDecisionSent, "2026-03-17T10:00:00"); // hearing due Thu 19 March
    EXPECT_FALSE(tl.add(EventKind::RefusalIssued, "2026-03-19T10:00:00").ok);
    tl.must(EventKind::RefusalIssued, "2026-03-20T10:00:00");
}

TEST(Workflow, AHearingCanTurnTheDecisionPositive)
{
    Timeline tl(kMonday);
    approveAll(tl);
    tl.must(EventKind::AnswerReceived, "2026-03-12T10:00:00", R"({"body":"kgd","result":"negative"})");
    tl.must(EventKind::DecisionPrepared, "2026-03-13T10:00:00");
    tl.must(EventKind::DecisionRecorded, "2026-03-16T10:00:00");
    tl.must(EventKind::HearingNoticeSent, "2026-03-17T10:00:00");
    tl.must(EventKind::HearingHeld, "2026-03-18T10:00:00", R"({"outcome":"positive"})");
    EXPECT_EQ(tl.state().stage, Stage::MilitaryNotice);
    EXPECT_EQ(tl.state().outcome, Outcome::Positive);
    // Not on military registration: the applicant is notified directly.
    tl.must(EventKind::ApplicantNotified, "2026-03-19T10:00:00");
    EXPECT_EQ(tl.state().stage, Stage::IdHandover);
}

TEST(Workflow, AnIncompletePackageCanOnlyBeRefused)
{
    Timeline tl(kMonday);
    tl.must(EventKind::Registered, "2026-03-03T09:30:00");
    tl.must(EventKind::CompletenessChecked, "2026-03-04T11:00:00", R"({"complete":false})");
    EXPECT_EQ(tl.state().stage, Stage::DecisionPreparation);
    EXPECT_FALSE(tl.add(EventKind::DecisionPrepared, "2026-03-05T10:00:00", R"({"result":"positive"})").ok);
    tl.must(EventKind::DecisionPrepared, "2026-03-05T10:00:00");
    EXPECT_EQ(tl.state().outcome, Outcome::Refusal);
}

TEST(Workflow, ComplaintsRunBesideTheMainLine)
{
    Timeline tl(kMonday);
    EXPECT_FALSE(tl.add(EventKind::ComplaintForwarded, "2026-03-04T10:00:00").ok);
    tl.must(EventKind::ComplaintReceived, "2026-03-04T10:00:00");
    tl.must(EventKind::ComplaintReceived, "2026-03-05T10:00:00", R"({"to":"provider"})");
    WorkflowState s = tl.state();
    ASSERT_EQ(s.deadlines.size(), 3);
    EXPECT_EQ(s.stage, Stage::Registration); // the current stage is the main line's
    EXPECT_EQ(s.deadlines.at(1).stage, Stage::ComplaintForwarding);
    EXPECT_EQ(s.deadlines.at(1).due, d("2026-03-10")); // 5, 6, (9 carried), 10
    EXPECT_EQ(s.deadlines.at(2).stage, Stage::ComplaintReview);
    EXPECT_EQ(s.deadlines.at(2).due, d("2026-03-13")); // 6, 10, 11, 12, 13
    tl.must(EventKind::ComplaintForwarded, "2026-03-06T10:00:00");
    tl.must(EventKind::ComplaintAnswered, "2026-03-10T10:00:00", R"({"complaint":2,"result":"rejected"})");
    s = tl.state();
    EXPECT_EQ(s.deadlines.size(), 1);
    EXPECT_FALSE(s.complaints.at(1).isOpen());
    EXPECT_TRUE(s.complaints.at(0).isOpen()); // forwarded, awaiting the reviewing body
}

TEST(Workflow, ReplayOrderIsByDayThenByRecording)
{
    Timeline tl(kMonday);
    tl.must(EventKind::Registered, "2026-03-03T15:00:00");
    // Same day, earlier time of day, recorded later: still applied after the registration.
    tl.must(EventKind::CompletenessChecked, "2026-03-03T09:00:00");
    EXPECT_EQ(tl.state().stage, Stage::DataEntry);
    // The state as of a past day ignores later events.
    tl.must(EventKind::EnteredInSystem, "2026-03-05T10:00:00");
    EXPECT_EQ(tl.state(d("2026-03-04")).stage, Stage::DataEntry);
}

TEST(DeadlineStatus, LeftDueSoonAndLate)
{
    const WorkingCalendar &c = *exitdesk::test::defaultCalendar();
    DeadlineStatus s = DeadlineStatus::of(d("2026-03-26"), d("2026-03-20"), c);
    EXPECT_EQ(s.kind, DeadlineStatus::DueSoon); // next working day after Nauryz
    EXPECT_EQ(s.workingDays, 1);
    s = DeadlineStatus::of(d("2026-03-27"), d("2026-03-20"), c);
    EXPECT_EQ(s.kind, DeadlineStatus::OnTime);
    EXPECT_EQ(s.workingDays, 2);
    s = DeadlineStatus::of(d("2026-03-20"), d("2026-03-20"), c);
    EXPECT_EQ(s.kind, DeadlineStatus::DueSoon);
    EXPECT_EQ(s.workingDays, 0);
    s = DeadlineStatus::of(d("2026-03-20"), d("2026-03-27"), c);
    EXPECT_EQ(s.kind, DeadlineStatus::Overdue);
    EXPECT_EQ(s.workingDays, -2);
    s = DeadlineStatus::of(d("2026-03-20"), d("2026-03-21"), c);
    EXPECT_EQ(s.kind, DeadlineStatus::Overdue);
    EXPECT_EQ(s.workingDays, 0);
}
