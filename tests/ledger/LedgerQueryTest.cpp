// The register read from a database filled with demo cases: every case handed in, once, in
// order; the filters; the derived columns agree with the stored events.
#include "ledger/LedgerQuery.h"
#include "demo/DemoGenerator.h"
#include "ledger/LedgerWorkflow.h"
#include "storage/Database.h"
#include "workflow/CaseStageIndex.h"
#include "workflow/Workflow.h"

#include "PgScratchDatabase.h"

#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

using namespace exitdesk;

namespace {

const QDate kToday(2026, 3, 2);

struct Fixture
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Workflow> workflow;
};

Fixture filled(const QString &location, qint64 cases = 400)
{
    Fixture f;
    QString error;
    f.db = Database::open(location, &error);
    EXPECT_TRUE(f.db) << error.toStdString();
    if (!f.db)
        return f;
    f.workflow = LedgerWorkflow::load(*f.db, &error);
    EXPECT_TRUE(f.workflow) << error.toStdString();
    DemoGenerator generator(*f.db, f.workflow->calendar());
    DemoOptions options;
    options.cases = cases;
    options.seed = 5;
    options.today = kToday;
    EXPECT_TRUE(generator.generate(options, &error)) << error.toStdString();
    return f;
}

QList<LedgerRow> readAll(Fixture &f, const LedgerFilter &filter, qint64 *expected = nullptr,
                         const QDate &asOf = kToday)
{
    LedgerQuery query(*f.db, *f.workflow, filter, asOf);
    QString error;
    EXPECT_TRUE(query.start(&error)) << error.toStdString();
    if (expected)
        *expected = query.expectedRows();
    QList<LedgerRow> rows;
    LedgerRow row;
    while (query.next(&row))
        rows << row;
    EXPECT_TRUE(query.error().isEmpty()) << query.error().toStdString();
    return rows;
}

qint64 sqlCount(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    EXPECT_TRUE(q.exec() && q.next()) << sql.toStdString();
    return q.value(0).toLongLong();
}

void checkRegister(Fixture &f)
{
    qint64 expected = 0;
    const QList<LedgerRow> rows = readAll(f, LedgerFilter(), &expected);
    EXPECT_EQ(rows.size(),
              sqlCount(*f.db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'draft'")));
    EXPECT_EQ(expected, rows.size());
    qint64 previous = 0;
    int withAnswer = 0, withPermit = 0, withGrounds = 0, withChildren = 0;
    for (const LedgerRow &r : rows) {
        EXPECT_GT(r.caseId, previous); // in case order, each once
        previous = r.caseId;
        EXPECT_FALSE(r.stage.isEmpty());
        EXPECT_TRUE(r.note.isEmpty() || r.note == QStringLiteral("")) << r.note.toStdString(); // replays
        EXPECT_FALSE(r.passportNumber.isEmpty());
        EXPECT_FALSE(r.identityCardNumber.isEmpty());
        if (r.status == QLatin1String("accepted")) {
            EXPECT_TRUE(r.dueDate.isValid());
            EXPECT_GT(r.dueDate, r.submittedOn);
            EXPECT_FALSE(r.executor.isEmpty());
            EXPECT_FALSE(r.caseNumber.isEmpty());
        } else {
            EXPECT_EQ(r.stage, QStringLiteral("refused-at-intake"));
        }
        withAnswer +=
            r.securityAnswerDate.isValid() && r.securityAnswerNumber.startsWith(QStringLiteral("KNB"));
        if (r.permitDate.isValid()) {
            ++withPermit;
            EXPECT_EQ(r.stage, QStringLiteral("issued"));
            EXPECT_EQ(r.permitCaseNumber, r.caseNumber);
        }
        if (!r.refusalGrounds.isEmpty()) {
            ++withGrounds;
            EXPECT_TRUE(r.decisionDate.isValid());
        }
        withChildren += !r.children.isEmpty();
        for (const LedgerChild &c : r.children) {
            EXPECT_FALSE(c.fullName.isEmpty());
            EXPECT_TRUE(c.birthDate.isValid());
        }
    }
    EXPECT_GT(withAnswer, 200);
    EXPECT_GT(withPermit, 200);
    EXPECT_GT(withGrounds, 5);
    EXPECT_GT(withChildren, 50);
}

void checkFilters(Fixture &f)
{
    LedgerFilter byCountry;
    byCountry.country = QStringLiteral("de");
    const QList<LedgerRow> de = readAll(f, byCountry);
    EXPECT_EQ(
        de.size(),
        sqlCount(*f.db,
                 QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'draft' AND to_country = 'DE'")));
    for (const LedgerRow &r : de)
        EXPECT_EQ(r.toCountry, QStringLiteral("DE"));

    LedgerFilter period;
    period.from = QDate(2025, 1, 1);
    period.to = QDate(2025, 3, 31);
    const QList<LedgerRow> q1 = readAll(f, period);
    EXPECT_EQ(
        q1.size(),
        sqlCount(*f.db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'draft' AND "
                                       "submitted_at >= '2025-01-01' AND submitted_at < '2025-04-01'")));
    EXPECT_GT(q1.size(), 0);
    for (const LedgerRow &r : q1) {
        EXPECT_GE(r.submittedOn, period.from);
        EXPECT_LE(r.submittedOn, period.to);
    }

    LedgerFilter status;
    status.status = QStringLiteral("refused-at-intake");
    EXPECT_EQ(
        readAll(f, status).size(),
        sqlCount(*f.db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'refused-at-intake'")));

    LedgerFilter office;
    office.office = readAll(f, LedgerFilter()).first().office;
    const QList<LedgerRow> inOffice = readAll(f, office);
    EXPECT_EQ(inOffice.size(),
              sqlCount(*f.db,
                       QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'draft' AND office = ?"),
                       {office.office}));

    // Stage filters agree with the stages derived without a filter.
    const QList<LedgerRow> all = readAll(f, LedgerFilter());
    int refused = 0, overdue = 0, finished = 0;
    QString someExecutor;
    for (const LedgerRow &r : all) {
        refused += r.stage == QLatin1String("refused");
        overdue += r.overdue;
        finished += r.stage == QLatin1String("refused") || r.stage == QLatin1String("issued") ||
                    r.stage == QLatin1String("refused-at-intake");
        if (someExecutor.isEmpty())
            someExecutor = r.executor;
    }
    LedgerFilter stage;
    stage.stage = QStringLiteral("refused");
    EXPECT_EQ(readAll(f, stage).size(), refused);
    stage.stage = QStringLiteral("overdue");
    const QList<LedgerRow> late = readAll(f, stage);
    EXPECT_EQ(late.size(), overdue);
    EXPECT_GT(overdue, 0);
    for (const LedgerRow &r : late)
        EXPECT_TRUE(r.overdue);
    stage.stage = QStringLiteral("finished");
    EXPECT_EQ(readAll(f, stage).size(), finished);
    stage.stage = QStringLiteral("in-progress");
    EXPECT_EQ(readAll(f, stage).size(), all.size() - finished);

    LedgerFilter executor;
    executor.executor = someExecutor;
    const QList<LedgerRow> mine = readAll(f, executor);
    EXPECT_GT(mine.size(), 0);
    EXPECT_LT(mine.size(), all.size());
    EXPECT_EQ(mine.size(),
              sqlCount(*f.db,
                       QStringLiteral("SELECT COUNT(DISTINCT c.id) FROM cases c JOIN case_events e ON "
                                      "e.case_id = c.id WHERE c.status <> 'draft' AND e.executor = ?"),
                       {someExecutor}));
}

// Every column of a line, as text.
QString lineText(const LedgerRow &r)
{
    QStringList parts{QString::number(r.caseId), r.caseNumber, r.surname, r.name, r.patronymic,
                      r.birthDate.toString(Qt::ISODate), r.iin, r.passportNumber, r.identityCardNumber, r.toCountry,
                      r.securityAnswerDate.toString(Qt::ISODate), r.securityAnswerNumber,
                      r.permitDate.toString(Qt::ISODate), r.permitCaseNumber, r.note, r.office,
                      r.submittedOn.toString(Qt::ISODate), r.dueDate.toString(Qt::ISODate), r.status, r.stage,
                      r.overdue ? QStringLiteral("overdue") : QStringLiteral("-"),
                      r.decisionDate.toString(Qt::ISODate), r.executor};
    for (int g : r.refusalGrounds)
        parts << QString::number(g);
    for (const LedgerChild &c : r.children)
        parts << c.fullName << c.birthDate.toString(Qt::ISODate);
    return parts.join(QLatin1Char('|'));
}

QStringList register_(Fixture &f, const QDate &asOf)
{
    QStringList lines;
    for (const LedgerRow &r : readAll(f, LedgerFilter(), nullptr, asOf))
        lines << lineText(r);
    return lines;
}

// The lines read from the stage cache are those the replay of every case gives, as of the demo's
// today and of earlier days (when cases with later events are replayed as of that day).
void checkCacheAgreesWithReplay(Fixture &f)
{
    const QList<QDate> days{kToday, kToday.addDays(-20), kToday.addDays(-90), QDate()};
    QSqlQuery(f.db->connection()).exec(QStringLiteral("DELETE FROM case_stages"));
    QList<QStringList> replayed;
    for (const QDate &day : days)
        replayed << register_(f, day);
    QString error;
    ASSERT_GT(CaseStageIndex::refreshMissing(*f.db, *f.workflow, &error), 300) << error.toStdString();
    for (int i = 0; i < days.size(); ++i) {
        SCOPED_TRACE(days.at(i).toString(Qt::ISODate).toStdString());
        const QStringList cached = register_(f, days.at(i));
        ASSERT_EQ(cached.size(), replayed.at(i).size());
        for (int j = 0; j < cached.size(); ++j)
            EXPECT_EQ(cached.at(j).toStdString(), replayed.at(i).at(j).toStdString());
    }
    // As of today the register no longer needs the events: it reads the cache.
    ASSERT_TRUE(QSqlQuery(f.db->connection()).exec(QStringLiteral("DELETE FROM case_events")));
    EXPECT_EQ(register_(f, kToday), replayed.first());
}

} // namespace

TEST(LedgerQueryTest, SqliteRegisterHasEveryCaseHandedInOnceWithDerivedColumns)
{
    Fixture f = filled(QStringLiteral(":memory:"));
    checkRegister(f);
}

TEST(LedgerQueryTest, SqliteFilters)
{
    Fixture f = filled(QStringLiteral(":memory:"));
    checkFilters(f);
}

TEST(LedgerQueryTest, SqliteCachedLinesAreTheReplayedLines)
{
    Fixture f = filled(QStringLiteral(":memory:"));
    checkCacheAgreesWithReplay(f);
}

TEST(LedgerQueryTest, PostgresCachedLinesAreTheReplayedLines)
{
    test::PgScratchDatabase pg;
    if (pg.url().isEmpty())
        GTEST_SKIP() << pg.error().toStdString();
    Fixture f = filled(pg.url());
    ASSERT_TRUE(f.db);
    checkCacheAgreesWithReplay(f);
}

TEST(LedgerQueryTest, PostgresReadsTheSameRegisterAsSqlite)
{
    test::PgScratchDatabase pg;
    if (pg.url().isEmpty())
        GTEST_SKIP() << pg.error().toStdString();
    Fixture p = filled(pg.url());
    ASSERT_TRUE(p.db);
    checkRegister(p);
    checkFilters(p);
    Fixture s = filled(QStringLiteral(":memory:"));
    const QList<LedgerRow> fromPg = readAll(p, LedgerFilter());
    const QList<LedgerRow> fromSqlite = readAll(s, LedgerFilter());
    ASSERT_EQ(fromPg.size(), fromSqlite.size());
    for (int i = 0; i < fromPg.size(); ++i) {
        const LedgerRow &a = fromPg.at(i);
        const LedgerRow &b = fromSqlite.at(i);
        EXPECT_EQ(a.caseNumber, b.caseNumber);
        EXPECT_EQ(a.iin, b.iin);
        EXPECT_EQ(a.stage, b.stage);
        EXPECT_EQ(a.dueDate, b.dueDate);
        EXPECT_EQ(a.decisionDate, b.decisionDate);
        EXPECT_EQ(a.securityAnswerNumber, b.securityAnswerNumber);
        EXPECT_EQ(a.children, b.children);
        EXPECT_EQ(a.executor, b.executor);
        EXPECT_EQ(a.overdue, b.overdue);
    }
}
