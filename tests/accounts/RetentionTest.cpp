// Retention (SPEC.md §7): which cases are due for destruction on fixed dates, the act, and
// carrying it out (personal data gone, number, dates, act and audit kept).
#include "AccountsTestSupport.h"
#include "CaseFixtures.h"
#include "accounts/AuditLog.h"
#include "backup/RetentionPolicy.h"
#include "backup/RetentionRepository.h"

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

QStringList numbersOf(const QList<RetentionCandidate> &cases)
{
    QStringList n;
    for (const RetentionCandidate &c : cases)
        n << c.caseNumber;
    return n;
}

CaseEvent event(EventKind kind, const char *day, const char *result = nullptr)
{
    CaseEvent e;
    e.kind = kind;
    e.at = QDateTime(QDate::fromString(QString::fromLatin1(day), Qt::ISODate), QTime(10, 0));
    if (result)
        e.data.insert(kind == EventKind::HearingHeld ? QStringLiteral("outcome") : QStringLiteral("result"),
                      QString::fromLatin1(result));
    return e;
}

class RetentionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = openMemory();
        ASSERT_TRUE(m_db);
        m_positive2014 = acceptCase(*m_db, at("2014-02-03T10:00:00"), QStringLiteral("Бірінші"));
        m_refused2019 = acceptCase(*m_db, at("2019-04-01T10:00:00"), QStringLiteral("Екінші"));
        m_positive2016 = acceptCase(*m_db, at("2015-12-01T10:00:00"), QStringLiteral("Үшінші"));
        m_pending = acceptCase(*m_db, at("2014-01-10T10:00:00"), QStringLiteral("Төртінші"));
        decidePositive(*m_db, m_positive2014, QStringLiteral("2014-03-10"));
        refuse(*m_db, m_refused2019, QStringLiteral("2019-05-20"));
        decidePositive(*m_db, m_positive2016, QStringLiteral("2016-01-15"));
        addEvent(*m_db, m_pending, QStringLiteral("registered"), QStringLiteral("2014-01-11"));
    }

    QStringList dueOn(const char *day)
    {
        Finding error;
        const auto due = RetentionRepository::dueOn(
            *m_db, m_officer, QDate::fromString(QString::fromLatin1(day), Qt::ISODate), &error);
        EXPECT_TRUE(due) << error.messageEn.toStdString();
        return due ? numbersOf(*due) : QStringList();
    }

    std::unique_ptr<Database> m_db;
    QString m_positive2014, m_refused2019, m_positive2016, m_pending;
    Actor m_officer = actorOf(QStringLiteral("bolat"), Role::Officer);
    Actor m_head = actorOf(QStringLiteral("nurlan"), Role::Head);
};

} // namespace

TEST(RetentionPolicy, TenYearsAfterPositiveFiveAfterRefusal)
{
    const RetentionTerm positive = RetentionPolicy::term(
        {event(EventKind::DecisionPrepared, "2014-03-05", "positive"),
         event(EventKind::DecisionRecorded, "2014-03-10"), event(EventKind::DecisionIssued, "2014-03-20")});
    EXPECT_TRUE(positive.decided);
    EXPECT_TRUE(positive.positive);
    EXPECT_EQ(positive.decisionDate, QDate(2014, 3, 10));
    EXPECT_EQ(positive.keepUntil, QDate(2024, 3, 10));
    EXPECT_FALSE(RetentionPolicy::destroyable(positive, QDate(2024, 3, 9)));
    EXPECT_TRUE(RetentionPolicy::destroyable(positive, QDate(2024, 3, 10)));

    // A refusal intended, but the hearing turned it positive.
    const RetentionTerm turned =
        RetentionPolicy::term({event(EventKind::DecisionPrepared, "2020-01-10", "refusal"),
                               event(EventKind::HearingHeld, "2020-01-20", "positive"),
                               event(EventKind::DecisionRecorded, "2020-01-21")});
    EXPECT_TRUE(turned.positive);
    EXPECT_EQ(turned.keepUntil, QDate(2030, 1, 21));

    const RetentionTerm refused = RetentionPolicy::term(
        {event(EventKind::DecisionPrepared, "2019-05-10", "refusal"),
         event(EventKind::DecisionRecorded, "2019-05-13"), event(EventKind::RefusalIssued, "2019-05-20")});
    EXPECT_FALSE(refused.positive);
    EXPECT_EQ(refused.keepUntil, QDate(2024, 5, 20));

    EXPECT_FALSE(RetentionPolicy::term({event(EventKind::Registered, "2019-05-10")}).decided);
    // 29 February + 10 years
    EXPECT_EQ(RetentionPolicy::term({event(EventKind::DecisionPrepared, "2016-02-29", "positive"),
                                     event(EventKind::DecisionRecorded, "2016-02-29")})
                  .keepUntil,
              QDate(2026, 2, 28));
}

TEST_F(RetentionTest, ListingOnFixedDates)
{
    EXPECT_EQ(dueOn("2024-03-09"), QStringList());
    EXPECT_EQ(dueOn("2024-03-10"), QStringList{m_positive2014});
    EXPECT_EQ(dueOn("2024-06-01"), (QStringList{m_positive2014, m_refused2019}));
    EXPECT_EQ(dueOn("2030-01-01"), (QStringList{m_positive2014, m_refused2019, m_positive2016}));
}

TEST_F(RetentionTest, OperatorMayNotListActOrDestroy)
{
    const Actor op = actorOf(QStringLiteral("aigerim"), Role::Operator);
    const FixedClock clock(at("2024-06-01T09:00:00"));
    Finding error;
    EXPECT_FALSE(RetentionRepository::dueOn(*m_db, op, QDate(2024, 6, 1), &error));
    EXPECT_EQ(error.code, QStringLiteral("permission.denied"));
    EXPECT_FALSE(RetentionRepository::createAct(*m_db, op, clock, QDate(2024, 6, 1), QStringLiteral("§20"),
                                                {QStringLiteral("A")}, {}, &error));
    const auto act = RetentionRepository::createAct(*m_db, m_officer, clock, QDate(2024, 6, 1),
                                                    QStringLiteral("§20"), {QStringLiteral("A")}, {}, &error);
    ASSERT_TRUE(act) << error.messageEn.toStdString();
    // An officer draws up the act; only the head carries it out.
    EXPECT_FALSE(RetentionRepository::destroy(*m_db, m_officer, clock, *act, &error));
    EXPECT_EQ(error.code, QStringLiteral("permission.denied"));
    EXPECT_FALSE(RetentionRepository::destroy(*m_db, op, clock, *act, &error));
    CaseRepository repo(*m_db, clock);
    EXPECT_EQ(repo.loadByNumber(m_positive2014)->applicant.surname, QStringLiteral("Бірінші"));
}

TEST_F(RetentionTest, DestroyDeletesPersonalDataKeepsNumberActAndAudit)
{
    const FixedClock clock(at("2024-06-01T09:00:00"));
    Finding error;
    const QStringList committee{QStringLiteral("бөлім бастығы Н. Серіков"),
                                QStringLiteral("инспектор А. Омарова"),
                                QStringLiteral("инспектор Б. Жаксылыков")};
    const auto actId =
        RetentionRepository::createAct(*m_db, m_officer, clock, QDate(2024, 6, 1),
                                       QStringLiteral("Нұсқаулық 20-21 тармақ"), committee, {}, &error);
    ASSERT_TRUE(actId) << error.messageEn.toStdString();
    // On an open act the cases are not offered again.
    EXPECT_FALSE(RetentionRepository::createAct(*m_db, m_officer, clock, QDate(2024, 6, 1),
                                                QStringLiteral("x"), {QStringLiteral("A")}, {}, &error));
    EXPECT_EQ(error.code, QStringLiteral("retention.nothing-due"));

    ASSERT_TRUE(RetentionRepository::destroy(*m_db, m_head, clock, *actId, &error))
        << error.messageEn.toStdString();
    EXPECT_FALSE(RetentionRepository::destroy(*m_db, m_head, clock, *actId, &error));
    EXPECT_EQ(error.code, QStringLiteral("retention.already-destroyed"));

    CaseRepository repo(*m_db, clock);
    const std::optional<Case> gone = repo.loadByNumber(m_refused2019);
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->number, m_refused2019);
    EXPECT_EQ(gone->submittedAt, at("2019-04-01T10:00:00"));
    EXPECT_TRUE(gone->applicant.surname.isEmpty());
    EXPECT_TRUE(gone->applicant.iin.isEmpty());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT surname, iin, body, search_text FROM cases WHERE number = ?"));
    q.addBindValue(m_refused2019);
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_EQ(q.value(0).toString(), QString());
    EXPECT_EQ(q.value(1).toString(), QString());
    EXPECT_FALSE(q.value(2).toString().contains(QStringLiteral("Екінші")));
    EXPECT_FALSE(q.value(2).toString().contains(QStringLiteral("871008401427")));
    EXPECT_FALSE(q.value(3).toString().contains(QStringLiteral("екінші")));
    q.finish();
    // Event kinds and dates stay, their details go.
    q.prepare(QStringLiteral("SELECT count(*), max(data) FROM case_events e JOIN cases c ON c.id = e.case_id "
                             "WHERE c.number = ?"));
    q.addBindValue(m_refused2019);
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("{}"));
    q.finish();

    // Cases outside the act are untouched.
    EXPECT_EQ(repo.loadByNumber(m_positive2016)->applicant.surname, QStringLiteral("Үшінші"));

    // The act keeps what was destroyed, and who did it.
    const auto act = RetentionRepository::loadAct(*m_db, m_officer, *actId, &error);
    ASSERT_TRUE(act);
    EXPECT_TRUE(act->confirmed());
    EXPECT_EQ(act->destroyedBy, QStringLiteral("nurlan"));
    EXPECT_EQ(act->committee, committee);
    ASSERT_EQ(act->cases.size(), 2);
    EXPECT_EQ(act->cases.at(1).fullName, QStringLiteral("Екінші Айгерім Бекқызы"));
    EXPECT_EQ(act->cases.at(1).decision, QStringLiteral("refusal"));
    EXPECT_EQ(act->cases.at(1).keepUntil, QDate(2024, 5, 20));

    // Destroyed cases are not listed again; the audit has the act and each case, intact.
    EXPECT_EQ(dueOn("2030-01-01"), QStringList{m_positive2016});
    QStringList actions;
    for (const AuditRecord &r : AuditLog::list(*m_db, AuditFilter(), nullptr))
        actions << r.action;
    EXPECT_EQ(actions.count(QStringLiteral("case.destroy")), 2);
    EXPECT_EQ(actions.count(QStringLiteral("retention.act")), 1);
    EXPECT_EQ(actions.count(QStringLiteral("retention.destroy")), 1);
    EXPECT_TRUE(AuditLog::verify(*m_db).ok);
}

TEST_F(RetentionTest, ChosenCasesMustBeDue)
{
    const FixedClock clock(at("2024-06-01T09:00:00"));
    Finding error;
    EXPECT_FALSE(RetentionRepository::createAct(*m_db, m_officer, clock, QDate(2024, 6, 1),
                                                QStringLiteral("§20"), {QStringLiteral("A")},
                                                {m_positive2016}, &error));
    EXPECT_EQ(error.code, QStringLiteral("retention.not-due"));
    EXPECT_FALSE(RetentionRepository::createAct(*m_db, m_officer, clock, QDate(2024, 6, 1),
                                                QStringLiteral("§20"), {QStringLiteral("A")},
                                                {QStringLiteral("'; DELETE FROM cases; --")}, &error));
    const auto act =
        RetentionRepository::createAct(*m_db, m_officer, clock, QDate(2024, 6, 1), QStringLiteral("§20"),
                                       {QStringLiteral("A")}, {m_refused2019}, &error);
    ASSERT_TRUE(act);
    const auto loaded = RetentionRepository::loadAct(*m_db, m_officer, *act, &error);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->cases.size(), 1);
    // Acts cannot be dated in the future, so nobody lists cases early.
    EXPECT_FALSE(RetentionRepository::createAct(*m_db, m_officer, clock, QDate(2031, 1, 1),
                                                QStringLiteral("§20"), {QStringLiteral("A")}, {}, &error));
    EXPECT_EQ(error.code, QStringLiteral("retention.act-future"));
}
