// Demo data: deterministic for a seed, valid IINs matching birth date and sex, timelines the
// workflow accepts, and the variety the register and the checklist need.
#include "demo/DemoGenerator.h"
#include "ledger/LedgerWorkflow.h"
#include "storage/Database.h"
#include "validation/Age.h"
#include "validation/Iin.h"
#include "workflow/Workflow.h"

#include "interchange/CaseJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <gtest/gtest.h>

using namespace exitdesk;

namespace {

const QDate kToday(2026, 3, 2);

struct Demo
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Workflow> workflow;
};

Demo generate(qint64 cases, std::uint64_t seed, int batch = 97)
{
    Demo d;
    QString error;
    d.db = Database::open(QStringLiteral(":memory:"), &error);
    EXPECT_TRUE(d.db) << error.toStdString();
    if (!d.db)
        return d;
    d.workflow = LedgerWorkflow::load(*d.db, &error);
    EXPECT_TRUE(d.workflow) << error.toStdString();
    DemoGenerator generator(*d.db, d.workflow->calendar());
    generator.setBatchSize(batch);
    DemoOptions options;
    options.cases = cases;
    options.seed = seed;
    options.today = kToday;
    EXPECT_TRUE(generator.generate(options, &error)) << error.toStdString();
    EXPECT_EQ(generator.casesWritten(), cases);
    return d;
}

QStringList dump(Database &db, const QString &sql)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

QList<Case> storedCases(Database &db)
{
    QList<Case> cases;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT body, number, status FROM cases ORDER BY id")));
    while (q.next()) {
        QList<Case> one;
        Findings errors;
        EXPECT_TRUE(CaseJson::parseDocument(q.value(0).toString().toUtf8(), &one, &errors));
        if (one.size() == 1) {
            one[0].number = q.value(1).toString();
            caseStatusFromKey(q.value(2).toString(), &one[0].status);
            cases << one.first();
        }
    }
    return cases;
}

} // namespace

TEST(DemoGeneratorTest, TheSameSeedGivesTheSameDatabase)
{
    Demo a = generate(150, 42);
    Demo b = generate(150, 42, 1000); // batch size does not matter
    Demo c = generate(150, 43);
    const QString cases = QStringLiteral("SELECT * FROM cases ORDER BY id");
    const QString events = QStringLiteral("SELECT * FROM case_events ORDER BY id");
    EXPECT_EQ(dump(*a.db, cases), dump(*b.db, cases));
    EXPECT_EQ(dump(*a.db, events), dump(*b.db, events));
    EXPECT_EQ(dump(*a.db, QStringLiteral("SELECT * FROM counters ORDER BY name")),
              dump(*b.db, QStringLiteral("SELECT * FROM counters ORDER BY name")));
    EXPECT_NE(dump(*a.db, cases), dump(*c.db, cases));
}

TEST(DemoGeneratorTest, IinsAreValidAndMatchBirthDateAndSex)
{
    Demo d = generate(400, 7);
    int children = 0;
    for (const Case &c : storedCases(*d.db)) {
        const IinInfo info = Iin::decode(c.applicant.iin);
        EXPECT_TRUE(info.valid) << c.applicant.iin.toStdString();
        EXPECT_EQ(info.birthDate, c.applicant.birthDate) << c.applicant.iin.toStdString();
        EXPECT_EQ(info.sex, c.applicant.sex) << c.applicant.iin.toStdString();
        EXPECT_GE(Age::fullYears(c.applicant.birthDate, c.submissionDay()), 18);
        for (const Child &ch : c.children) {
            ++children;
            const IinInfo ci = Iin::decode(ch.iin);
            EXPECT_TRUE(ci.valid) << ch.iin.toStdString();
            EXPECT_EQ(ci.birthDate, ch.birthDate);
            EXPECT_EQ(ci.sex, ch.sex);
            EXPECT_LT(Age::fullYears(ch.birthDate, c.submissionDay()), 18);
        }
    }
    EXPECT_GT(children, 50);
}

TEST(DemoGeneratorTest, CasesAreVariedLikeARealOffice)
{
    Demo d = generate(600, 3);
    const QList<Case> cases = storedCases(*d.db);
    QSet<QString> countries, offices;
    int kazakhLetters = 0, female = 0, age10 = 0, age16 = 0, refusedAtIntake = 0, drafts = 0, accepted = 0;
    QSet<QString> numbers;
    for (const Case &c : cases) {
        countries << c.to.country;
        offices << c.office;
        static const QString kazakh = QString::fromUtf8("ӘҒҚҢӨҰҮҺІәғқңөұүһі");
        for (QChar ch : c.applicant.surname + c.applicant.name + c.applicant.patronymic) {
            if (kazakh.contains(ch)) {
                ++kazakhLetters;
                break;
            }
        }
        female += c.applicant.sex == QLatin1String("F");
        for (const Child &ch : c.children) {
            const int age = Age::fullYears(ch.birthDate, c.submissionDay());
            age10 += age >= 10 && age <= 11;
            age16 += age >= 16 && age <= 17;
        }
        refusedAtIntake += c.status == CaseStatus::RefusedAtIntake;
        drafts += c.status == CaseStatus::Draft;
        if (c.status == CaseStatus::Accepted) {
            ++accepted;
            EXPECT_FALSE(c.number.isEmpty());
            EXPECT_FALSE(numbers.contains(c.number));
            numbers << c.number;
            EXPECT_TRUE(c.number.startsWith(QString::number(c.submittedAt.date().year())));
        } else {
            EXPECT_TRUE(c.number.isEmpty());
        }
        EXPECT_LE(c.submittedAt.date(), kToday);
        EXPECT_GE(c.submittedAt.date(), kToday.addDays(-730));
    }
    EXPECT_GE(countries.size(), 8);
    EXPECT_GE(offices.size(), 5);
    EXPECT_GT(kazakhLetters, 100);
    EXPECT_GT(female, 200);
    EXPECT_LT(female, 400);
    EXPECT_GT(age10, 10);
    EXPECT_GT(age16, 10);
    EXPECT_GT(refusedAtIntake, 2);
    EXPECT_GT(accepted, 500);
    EXPECT_GE(drafts, 0);
}

TEST(DemoGeneratorTest, EveryTimelineReplaysThroughTheWorkflow)
{
    Demo d = generate(500, 11);
    QSqlQuery cases(d.db->connection());
    ASSERT_TRUE(
        cases.exec(QStringLiteral("SELECT id, body FROM cases WHERE status = 'accepted' ORDER BY id")));
    int finished = 0, inProgress = 0, refused = 0, overdue = 0;
    while (cases.next()) {
        QList<Case> one;
        Findings errors;
        ASSERT_TRUE(CaseJson::parseDocument(cases.value(1).toString().toUtf8(), &one, &errors));
        QSqlQuery ev(d.db->connection());
        ev.prepare(QStringLiteral(
            "SELECT id, kind, at, data, executor FROM case_events WHERE case_id = ? ORDER BY id"));
        ev.addBindValue(cases.value(0));
        ASSERT_TRUE(ev.exec());
        QList<CaseEvent> events;
        while (ev.next()) {
            CaseEvent e;
            e.id = ev.value(0).toLongLong();
            ASSERT_TRUE(eventKindFromKey(ev.value(1).toString(), &e.kind));
            e.at = QDateTime::fromString(ev.value(2).toString(), Qt::ISODate);
            e.data = QJsonDocument::fromJson(ev.value(3).toString().toUtf8()).object();
            e.executor = ev.value(4).toString();
            EXPECT_FALSE(e.executor.isEmpty());
            EXPECT_LE(e.at.date(), kToday);
            events << e;
        }
        const WorkflowResult r =
            d.workflow->derive(one.first().submittedAt, one.first().channel, events, kToday);
        EXPECT_TRUE(r.ok) << "case " << cases.value(0).toLongLong() << ": " << r.error.en.toStdString();
        if (r.state.isFinished())
            ++finished;
        else
            ++inProgress;
        refused += r.state.phase == Phase::Refused;
        for (const Deadline &dl : r.state.deadlines)
            overdue += dl.due < kToday && !dl.byApplicant ? 1 : 0;
    }
    EXPECT_GT(finished, 300);
    EXPECT_GT(inProgress, 5);
    EXPECT_GT(refused, 10);
    EXPECT_GT(overdue, 3);
}
