// What the register's fast paths must not change: Workflow::derive without explanations
// (Detail::DatesOnly) gives the same state and the same refusals as the full derive; the SQLite
// stream read through sqlite3_* gives what the Qt driver gives; the demo generation is audited
// in its first batch; an export is refused like every core service refuses.
#include "accounts/AccountRepository.h"
#include "accounts/Authorization.h"
#include "demo/DemoGenerator.h"
#include "ledger/LedgerExportJob.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerSql.h"
#include "ledger/LedgerSqliteStream.h"
#include "ledger/LedgerWorkflow.h"
#include "storage/Database.h"
#include "workflow/Workflow.h"

#include "TestSupport.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
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

Fixture open(const QString &location = QStringLiteral(":memory:"))
{
    Fixture f;
    QString error;
    f.db = Database::open(location, &error);
    EXPECT_TRUE(f.db) << error.toStdString();
    if (f.db)
        f.workflow = LedgerWorkflow::load(*f.db, &error);
    EXPECT_TRUE(f.workflow) << error.toStdString();
    return f;
}

bool generate(Fixture &f, qint64 cases, QString *error, const DemoGenerator::Progress &progress = {},
              const std::optional<AuditEntry> &audit = std::nullopt)
{
    DemoGenerator generator(*f.db, f.workflow->calendar());
    generator.setBatchSize(50);
    if (audit)
        generator.setAudit(*audit);
    DemoOptions options;
    options.cases = cases;
    options.seed = 11;
    options.today = kToday;
    return generator.generate(options, error, progress);
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
    return q.value(0).toLongLong();
}

QList<LedgerCaseRecord> streamAll(Fixture &f, const LedgerFilter &filter)
{
    LedgerSqliteStream stream(f.db->connection(), filter, QDate());
    QString error;
    EXPECT_TRUE(stream.start(&error)) << error.toStdString();
    QList<LedgerCaseRecord> records;
    LedgerCaseRecord r;
    while (stream.next(&r, &error))
        records << r;
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return records;
}

void expectSameResult(const WorkflowResult &full, const WorkflowResult &fast, const QString &what)
{
    SCOPED_TRACE(what.toStdString());
    EXPECT_EQ(full.ok, fast.ok);
    EXPECT_EQ(full.failedEvent, fast.failedEvent);
    EXPECT_EQ(full.error.kk.toStdString(), fast.error.kk.toStdString());
    EXPECT_EQ(full.error.ru.toStdString(), fast.error.ru.toStdString());
    EXPECT_EQ(full.error.en.toStdString(), fast.error.en.toStdString());
    const WorkflowState &a = full.state;
    const WorkflowState &b = fast.state;
    EXPECT_EQ(stageKey(a.stage), stageKey(b.stage));
    EXPECT_EQ(int(a.phase), int(b.phase));
    EXPECT_EQ(int(a.outcome), int(b.outcome));
    EXPECT_EQ(a.service.dueDate(), b.service.dueDate());
    EXPECT_EQ(a.service.effectiveDay, b.service.effectiveDay);
    EXPECT_EQ(a.events.size(), b.events.size());
    ASSERT_EQ(a.deadlines.size(), b.deadlines.size());
    for (int i = 0; i < a.deadlines.size(); ++i) {
        const Deadline &x = a.deadlines.at(i);
        const Deadline &y = b.deadlines.at(i);
        EXPECT_EQ(stageKey(x.stage), stageKey(y.stage));
        EXPECT_EQ(x.due, y.due);
        EXPECT_EQ(x.count.due, y.count.due);
        EXPECT_EQ(x.complaint, y.complaint);
        EXPECT_EQ(x.byApplicant, y.byApplicant);
        EXPECT_EQ(x.cappedByServiceTerm, y.cappedByServiceTerm);
        // The full derive explains; the fast one leaves that out.
        EXPECT_FALSE(x.basis.en.isEmpty());
        EXPECT_TRUE(y.basis.en.isEmpty());
    }
}

CaseEvent event(EventKind kind, const QString &at, const QJsonObject &data = {}, qint64 id = 0)
{
    CaseEvent e;
    e.id = id;
    e.kind = kind;
    e.at = QDateTime::fromString(at, Qt::ISODate);
    e.data = data;
    e.executor = QStringLiteral("Тестов Т.Т.");
    return e;
}

} // namespace

TEST(LedgerFastPathTest, DatesOnlyDeriveGivesTheStateOfTheFullDerive)
{
    Fixture f = open();
    QString error;
    ASSERT_TRUE(generate(f, 300, &error)) << error.toStdString();
    LedgerFilter accepted;
    accepted.status = QStringLiteral("accepted");
    const QList<LedgerCaseRecord> records = streamAll(f, accepted);
    ASSERT_GT(records.size(), 200);
    int unfinished = 0;
    // As of the demo's today and of days in the middle of the cases, so that open deadlines,
    // overdue ones and complaints are compared too.
    for (const QDate &asOf : {kToday, kToday.addDays(-20), kToday.addDays(-60), QDate()}) {
        for (const LedgerCaseRecord &r : records) {
            const WorkflowResult full = f.workflow->derive(r.submittedAt, r.channel, r.events, asOf);
            const WorkflowResult fast =
                f.workflow->derive(r.submittedAt, r.channel, r.events, asOf, Workflow::Detail::DatesOnly);
            expectSameResult(full, fast, r.row.caseNumber + QLatin1Char(' ') + asOf.toString(Qt::ISODate));
            unfinished += !full.state.isFinished() && !full.state.deadlines.isEmpty();
        }
    }
    EXPECT_GT(unfinished, 20);
}

TEST(LedgerFastPathTest, DatesOnlyDeriveRefusesWithTheSameMessage)
{
    Fixture f = open();
    const QDateTime submitted = QDateTime::fromString(QStringLiteral("2026-02-02T10:00:00"), Qt::ISODate);
    const QList<CaseEvent> approvals{
        event(EventKind::Registered, QStringLiteral("2026-02-03T09:00:00"), {}, 1),
        event(EventKind::CompletenessChecked, QStringLiteral("2026-02-03T11:00:00"),
              {{QStringLiteral("complete"), true}}, 2),
        event(EventKind::EnteredInSystem, QStringLiteral("2026-02-04T09:00:00"), {}, 3),
        event(EventKind::SentToPd, QStringLiteral("2026-02-04T10:00:00"), {}, 4),
    };
    // In the approvals the refusal names the most urgent open step, which only the deadlines
    // know; out of order, and with a key the kind does not accept.
    QList<QList<CaseEvent>> timelines;
    timelines << (QList<CaseEvent>(approvals)
                  << event(EventKind::DecisionRecorded, QStringLiteral("2026-02-05T09:00:00"), {}, 5));
    timelines << (QList<CaseEvent>(approvals)
                  << event(EventKind::RequestsSent, QStringLiteral("2026-02-05T09:00:00"), {}, 5)
                  << event(EventKind::IdHandedOver, QStringLiteral("2026-02-06T09:00:00"), {}, 6));
    timelines << (QList<CaseEvent>(approvals)
                  << event(EventKind::RequestsSent, QStringLiteral("2026-02-05T09:00:00"),
                           {{QStringLiteral("bodyy"), QStringLiteral("knb")}}, 5));
    timelines << QList<CaseEvent>{event(EventKind::EnteredInSystem, QStringLiteral("2026-02-03T09:00:00"))};
    for (int i = 0; i < timelines.size(); ++i) {
        const WorkflowResult full = f.workflow->derive(submitted, QStringLiteral("counter"), timelines.at(i));
        const WorkflowResult fast = f.workflow->derive(submitted, QStringLiteral("counter"), timelines.at(i),
                                                       QDate(), Workflow::Detail::DatesOnly);
        EXPECT_FALSE(full.ok) << i;
        EXPECT_FALSE(full.error.en.isEmpty()) << i;
        expectSameResult(full, fast, QStringLiteral("timeline %1").arg(i));
    }
    // tryAdd, which the case screen uses, still explains.
    const WorkflowResult added = f.workflow->tryAdd(
        submitted, QStringLiteral("counter"), approvals,
        event(EventKind::RequestsSent, QStringLiteral("2026-02-05T09:00:00")));
    ASSERT_TRUE(added.ok);
    ASSERT_FALSE(added.state.deadlines.isEmpty());
    EXPECT_FALSE(added.state.deadlines.first().basis.ru.isEmpty());
}

TEST(LedgerFastPathTest, SqliteStreamReadsWhatTheQtDriverReads)
{
    Fixture f = open();
    QString error;
    ASSERT_TRUE(generate(f, 200, &error)) << error.toStdString();
    // Drafts too: they have no number (NULL) and no events.
    for (const QString &status : {QString(), QStringLiteral("draft")}) {
        LedgerFilter filter;
        filter.status = status;
        const QList<LedgerCaseRecord> fast = streamAll(f, filter);

        // The same through QSqlQuery and LedgerSql's readers (what PostgreSQL uses).
        QVariantList binds;
        const QString where = filter.sqlCondition(&binds);
        QSqlQuery events(f.db->connection());
        ASSERT_TRUE(events.prepare(QStringLiteral("SELECT %1 FROM case_events e WHERE e.case_id IN "
                                                  "(SELECT c.id FROM cases c WHERE %2) ORDER BY e.case_id, e.id")
                                       .arg(LedgerSql::eventColumns(), where)));
        for (int i = 0; i < binds.size(); ++i)
            events.bindValue(i, binds.at(i));
        ASSERT_TRUE(events.exec());
        QHash<qint64, QList<CaseEvent>> byCase;
        while (events.next()) {
            CaseEvent e;
            if (LedgerSql::readEvent(events, 0, &e))
                byCase[events.value(0).toLongLong()] << e;
        }
        QSqlQuery cases(f.db->connection());
        ASSERT_TRUE(cases.prepare(QStringLiteral("SELECT %1 FROM cases c %2 WHERE %3 ORDER BY c.id")
                                      .arg(LedgerSql::caseColumns(Dialect::SQLite, QDate()),
                                           LedgerSql::stageJoin(), where)));
        for (int i = 0; i < binds.size(); ++i)
            cases.bindValue(i, binds.at(i));
        ASSERT_TRUE(cases.exec());
        int n = 0;
        int withEvents = 0;
        while (cases.next()) {
            ASSERT_LT(n, fast.size());
            LedgerCaseRecord slow;
            LedgerSql::readCase(cases, 0, &slow);
            const LedgerCaseRecord &r = fast.at(n++);
            const LedgerRow &a = r.row;
            const LedgerRow &b = slow.row;
            EXPECT_EQ(a.caseId, b.caseId);
            EXPECT_EQ(a.caseNumber, b.caseNumber);
            EXPECT_EQ(a.status, b.status);
            EXPECT_EQ(a.office, b.office);
            EXPECT_EQ(a.submittedOn, b.submittedOn);
            EXPECT_EQ(a.surname, b.surname);
            EXPECT_EQ(a.name, b.name);
            EXPECT_EQ(a.patronymic, b.patronymic);
            EXPECT_EQ(a.iin, b.iin);
            EXPECT_EQ(a.birthDate, b.birthDate);
            EXPECT_EQ(a.toCountry, b.toCountry);
            EXPECT_EQ(a.passportNumber, b.passportNumber);
            EXPECT_EQ(a.identityCardNumber, b.identityCardNumber);
            EXPECT_EQ(r.submittedAt, slow.submittedAt);
            EXPECT_EQ(r.channel, slow.channel);
            EXPECT_EQ(r.childrenJson, slow.childrenJson);
            const QList<CaseEvent> expected = byCase.value(b.caseId);
            ASSERT_EQ(r.events.size(), expected.size()) << b.caseId;
            withEvents += !expected.isEmpty();
            for (int i = 0; i < expected.size(); ++i) {
                EXPECT_EQ(r.events.at(i).id, expected.at(i).id);
                EXPECT_EQ(int(r.events.at(i).kind), int(expected.at(i).kind));
                EXPECT_EQ(r.events.at(i).at, expected.at(i).at);
                EXPECT_EQ(r.events.at(i).data, expected.at(i).data);
                EXPECT_EQ(r.events.at(i).executor, expected.at(i).executor);
            }
        }
        EXPECT_EQ(n, fast.size());
        EXPECT_GT(n, 0);
        if (status.isEmpty()) {
            EXPECT_GT(withEvents, 100);
        }
    }
}

TEST(LedgerFastPathTest, DemoDataNeverExistsWithoutItsAuditRecord)
{
    Fixture f = open();
    const test::FixedClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    const AuditEntry entry =
        AuditEntry::make(Actor::setupActor(QStringLiteral("ws")), clock, QStringLiteral("demo.generate"),
                         QStringLiteral("database"), QStringLiteral("test"), QJsonValue(), QJsonObject());
    const QString audited = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'demo.generate'");
    QString error;
    int batches = 0;
    // After every committed batch, the first one included, the record is there: once.
    const auto progress = [&](qint64 done, qint64) {
        ++batches;
        EXPECT_GT(count(*f.db, QStringLiteral("SELECT COUNT(*) FROM cases")), 0);
        EXPECT_EQ(count(*f.db, audited), 1) << "after " << done << " cases";
    };
    ASSERT_TRUE(generate(f, 120, &error, progress, entry)) << error.toStdString();
    EXPECT_EQ(batches, 3);
    EXPECT_EQ(count(*f.db, QStringLiteral("SELECT COUNT(*) FROM cases")), 120);
    EXPECT_EQ(count(*f.db, audited), 1);

    // A first batch that fails leaves neither data nor a record.
    Fixture broken = open();
    QSqlQuery q(broken.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TABLE case_events")));
    EXPECT_FALSE(generate(broken, 10, &error, {}, entry));
    EXPECT_EQ(count(*broken.db, QStringLiteral("SELECT COUNT(*) FROM cases")), 0);
    EXPECT_EQ(count(*broken.db, audited), 0);
}

TEST(LedgerFastPathTest, ExportIsRefusedToTheSetupActorOnceAccountsExist)
{
    QTemporaryDir dir;
    Fixture f = open(dir.filePath(QStringLiteral("ledger.sqlite")));
    QString error;
    ASSERT_TRUE(generate(f, 20, &error)) << error.toStdString();
    const test::FixedClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    const Actor setup = Actor::setupActor(QStringLiteral("ws"), QStringLiteral("ru"));

    LedgerExportRequest request;
    request.asOf = kToday;
    request.path = dir.filePath(QStringLiteral("register.xlsx"));
    {
        LedgerExportJob job(*f.db, *f.workflow, setup, clock);
        const LedgerExportResult result = job.run(request);
        ASSERT_TRUE(result.ok) << result.error.toStdString(); // no accounts yet: setup may
        EXPECT_TRUE(QFile::exists(request.path));
        QFile::remove(request.path);
    }
    Finding finding;
    ASSERT_TRUE(AccountRepository::add(*f.db, setup, clock, QStringLiteral("admin"), QStringLiteral("Админ"),
                                       Role::Administrator, QStringLiteral("long-password-1"), &finding))
        << finding.messageEn.toStdString();
    LedgerExportJob job(*f.db, *f.workflow, setup, clock);
    const LedgerExportResult result = job.run(request);
    EXPECT_FALSE(result.ok);
    const std::optional<Finding> expected = Authorization::check(*f.db, setup, Permission::LedgerExport);
    ASSERT_TRUE(expected.has_value());
    EXPECT_EQ(result.error, expected->messageRu);
    EXPECT_FALSE(QFile::exists(request.path));
}

TEST(LedgerFastPathTest, ReadAheadGivesTheSameLinesAndStopsWhenAbandoned)
{
    Fixture f = open();
    QString error;
    ASSERT_TRUE(generate(f, 700, &error)) << error.toStdString();
    const auto readAll = [&f](bool readAhead, int stopAfter) {
        LedgerQuery query(*f.db, *f.workflow, LedgerFilter(), kToday);
        query.setReadAhead(readAhead);
        QString e;
        EXPECT_TRUE(query.start(&e)) << e.toStdString();
        QStringList lines;
        LedgerRow row;
        while ((stopAfter < 0 || lines.size() < stopAfter) && query.next(&row))
            lines << row.caseNumber + QLatin1Char('|') + row.stage + QLatin1Char('|') +
                         row.dueDate.toString(Qt::ISODate) + QLatin1Char('|') + row.executor;
        EXPECT_TRUE(query.error().isEmpty()) << query.error().toStdString();
        return lines; // an unfinished query is destroyed here: its reading thread must stop
    };
    const QStringList plain = readAll(false, -1);
    ASSERT_GT(plain.size(), 600); // more than the read-ahead queue holds
    EXPECT_EQ(readAll(true, -1), plain);
    EXPECT_EQ(readAll(true, 5), plain.mid(0, 5));
    // The connection is free again afterwards.
    EXPECT_EQ(count(*f.db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'draft'")), plain.size());
}

TEST(LedgerFastPathTest, ExportFillsTheStageCacheRowsItLacksOnce)
{
    QTemporaryDir dir;
    Fixture f = open(dir.filePath(QStringLiteral("ledger.sqlite")));
    QString error;
    ASSERT_TRUE(generate(f, 60, &error)) << error.toStdString(); // written without cache rows
    const QString rows = QStringLiteral("SELECT COUNT(*) FROM case_stages");
    const qint64 accepted = count(*f.db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'accepted'"));
    ASSERT_GT(accepted, 0);
    EXPECT_EQ(count(*f.db, rows), 0);

    const test::FixedClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    const Actor setup = Actor::setupActor(QStringLiteral("ws")); // the job keeps a reference
    LedgerExportJob job(*f.db, *f.workflow, setup, clock);
    LedgerExportRequest request;
    request.asOf = kToday;
    request.path = dir.filePath(QStringLiteral("register.xlsx"));
    const LedgerExportResult result = job.run(request);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.rows, count(*f.db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'draft'")));
    EXPECT_EQ(count(*f.db, rows), accepted) << "the next export reads them instead of replaying";
}
