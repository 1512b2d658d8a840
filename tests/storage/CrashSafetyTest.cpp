// Nothing lost under kill -9 (SIGKILL) on SQLite: an import of a large array killed at random
// moments leaves either all of its cases or none, and acceptances one by one killed mid-way
// leave only complete cases; either way the database opens again without repair, passes
// PRAGMA integrity_check, numbers stay gap-free and the audit chain stays intact.
#include "StorageFixture.h"
#include "accounts/AuditLog.h"
#include "storage/CaseRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <iostream>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

const char *const kCrashDb = "EXITDESK_CRASH_DB";
constexpr int kImportSize = 2000;
constexpr int kRuns = 5;

struct Snapshot
{
    QString integrity;
    QStringList numbers; // in number order
    int accepted = 0;
    int auditImports = 0;
    int auditAccepts = 0;
    bool auditOk = false;
};

Snapshot inspect(const QString &path)
{
    Snapshot s;
    QString error;
    // Opening is the "reopen without repair": migrations check, WAL replay by SQLite.
    std::unique_ptr<Database> db = Database::open(path, &error);
    EXPECT_TRUE(db) << error.toStdString();
    if (!db)
        return s;
    QSqlQuery q(db->connection());
    if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
        s.integrity = q.value(0).toString();
    q.finish();
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT number FROM cases WHERE status = 'accepted' ORDER BY number")));
    while (q.next())
        s.numbers << q.value(0).toString();
    s.accepted = s.numbers.size();
    q.finish();
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT action, COUNT(*) FROM audit_log GROUP BY action")));
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("case.import"))
            s.auditImports = q.value(1).toInt();
        if (q.value(0).toString() == QLatin1String("case.accept"))
            s.auditAccepts = q.value(1).toInt();
    }
    q.finish();
    const AuditVerification v = AuditLog::verify(*db);
    s.auditOk = v.ok;
    EXPECT_TRUE(v.ok) << v.reasonEn.toStdString() << v.error.toStdString();
    return s;
}

void expectGapFree(const QStringList &numbers)
{
    for (int i = 0; i < numbers.size(); ++i) {
        const QString expected = QStringLiteral("2026-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        if (numbers.at(i) != expected) {
            ADD_FAILURE() << "number " << i + 1 << " is " << numbers.at(i).toStdString() << ", expected "
                          << expected.toStdString();
            return;
        }
    }
}

QString writeLargeImport(const QString &dir)
{
    const QJsonObject one = QJsonDocument::fromJson(readData(QStringLiteral("cases/valid-single.json"))).object();
    QJsonArray all;
    for (int i = 0; i < kImportSize; ++i)
        all.append(one);
    const QString path = dir + QStringLiteral("/large-import.json");
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
    return path;
}

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("EXITDESK_USER"));
    env.remove(QStringLiteral("EXITDESK_PASSWORD"));
    env.remove(QStringLiteral("EXITDESK_DB"));
    env.insert(QStringLiteral("EXITDESK_LANG"), QStringLiteral("en"));
    return env;
}

// Runs the process and kills it with SIGKILL after `killAfterMs` unless it ended before.
// True when it was killed.
bool runAndKill(QProcess &p, int killAfterMs)
{
    if (!p.waitForStarted(10000)) {
        ADD_FAILURE() << "cannot start " << p.program().toStdString();
        return false;
    }
    if (p.waitForFinished(killAfterMs))
        return false;
    p.kill(); // SIGKILL
    p.waitForFinished(10000);
    return true;
}

} // namespace

TEST(CrashSafety, SqliteIsOpenedInWalWithFullSync)
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Database> db = Database::open(dir.filePath(QStringLiteral("wal.sqlite")), &error);
    ASSERT_TRUE(db) << error.toStdString();
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    q.finish();
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2) << "2 is FULL";
}

TEST(CrashSafety, ImportKilledAtRandomMomentsIsAllOrNothing)
{
    QTemporaryDir dir;
    const QString file = writeLargeImport(dir.path());
    const QString path = dir.filePath(QStringLiteral("import.sqlite"));
    {
        QString error;
        ASSERT_TRUE(Database::open(path, &error)) << error.toStdString();
    }
    // One run to the end first: how long a whole import takes here, and that it succeeds.
    QElapsedTimer timer;
    timer.start();
    {
        QProcess p;
        p.setProcessEnvironment(cleanEnvironment());
        p.start(cliPath(), {QStringLiteral("case"), QStringLiteral("import"), file, QStringLiteral("--db"), path});
        ASSERT_TRUE(p.waitForFinished(300000));
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    }
    const int fullMs = int(timer.elapsed());
    Snapshot before = inspect(path);
    ASSERT_EQ(before.accepted, kImportSize);

    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    int killed = 0;
    int midWrite = 0;
    for (int run = 0; run < kRuns; ++run) {
        // 50-500 ms as asked, stretched over the whole import where it takes longer, so that
        // most kills land while the cases are being written.
        const int upper = std::max(500, fullMs * 9 / 10);
        const int delay = 50 + int(random.bounded(quint32(upper - 50)));
        QProcess p;
        p.setProcessEnvironment(cleanEnvironment());
        QElapsedTimer alive;
        alive.start();
        p.start(cliPath(), {QStringLiteral("case"), QStringLiteral("import"), file, QStringLiteral("--db"), path});
        bool wasKilled = false;
        if (run < kRuns - 2) {
            wasKilled = runAndKill(p, delay);
        } else {
            // The last runs wait until the import's transaction is writing (its pages reach the
            // write-ahead log), then kill it a moment later: surely in the middle of the write.
            const QString wal = path + QStringLiteral("-wal");
            QElapsedTimer writing;
            writing.start();
            while (p.state() != QProcess::NotRunning && QFileInfo(wal).size() == 0 && writing.elapsed() < 120000)
                p.waitForFinished(2);
            wasKilled = runAndKill(p, int(random.bounded(quint32(200))));
            midWrite += wasKilled ? 1 : 0;
        }
        killed += wasKilled ? 1 : 0;
        const Snapshot after = inspect(path);
        std::cout << "[          ] seed " << seed << " run " << run << ": " << (wasKilled ? "killed" : "finished")
                  << " after " << alive.elapsed() << " ms (a whole import takes " << fullMs << " ms), "
                  << after.accepted - before.accepted << " cases added\n";
        EXPECT_EQ(after.integrity, QStringLiteral("ok"));
        EXPECT_TRUE(after.accepted == before.accepted || after.accepted == before.accepted + kImportSize)
            << "all or nothing: " << before.accepted << " before, " << after.accepted << " after";
        if (!wasKilled) {
            EXPECT_EQ(after.accepted, before.accepted + kImportSize);
        }
        expectGapFree(after.numbers);
        EXPECT_EQ(after.auditImports, after.accepted) << "one audit record per imported case, no more";
        before = after;
    }
    EXPECT_GT(killed, 0) << "no run was killed before it ended";
    std::cout << "[          ] " << killed << " of " << kRuns << " imports killed, " << midWrite
              << " of them while the transaction was writing\n";
}

// Worker mode only (run by the test below): accepts cases one by one until killed.
TEST(CrashWorker, DISABLED_AcceptOneByOne)
{
    const QString path = qEnvironmentVariable(kCrashDb);
    ASSERT_FALSE(path.isEmpty());
    QString error;
    std::unique_ptr<Database> db = Database::open(path, &error);
    ASSERT_TRUE(db) << error.toStdString();
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(12, 0)));
    Actor counter;
    counter.login = QStringLiteral("counter");
    counter.role = Role::Operator;
    counter.workstation = QStringLiteral("crash-test");
    CaseRepository repo(*db, clock, counter);
    const Case sample = sampleCase(QStringLiteral("valid-single.json"));
    for (int i = 0; i < 1000000; ++i) {
        Case c = sample;
        StorageError e;
        ASSERT_TRUE(repo.accept(c, &e)) << e.messageEn.toStdString();
    }
}

TEST(CrashSafety, AcceptancesKilledMidWayLeaveOnlyCompleteCases)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accept.sqlite"));
    {
        QString error;
        ASSERT_TRUE(Database::open(path, &error)) << error.toStdString();
    }
    const Case sample = sampleCase(QStringLiteral("valid-single.json"));
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    int previous = 0;
    for (int run = 0; run < kRuns; ++run) {
        const int delay = 300 + int(random.bounded(quint32(900)));
        QProcess p;
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QLatin1String(kCrashDb), path);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=CrashWorker.DISABLED_AcceptOneByOne"),
                 QStringLiteral("--gtest_also_run_disabled_tests")});
        EXPECT_TRUE(runAndKill(p, delay)) << "the worker ended by itself: " << p.readAll().toStdString();

        const Snapshot after = inspect(path);
        std::cout << "[          ] seed " << seed << " run " << run << ": killed after " << delay << " ms, "
                  << after.accepted - previous << " acceptances stored\n";
        EXPECT_EQ(after.integrity, QStringLiteral("ok"));
        EXPECT_GE(after.accepted, previous);
        expectGapFree(after.numbers);
        EXPECT_EQ(after.auditAccepts, after.accepted) << "each acceptance with its audit record, or neither";
        previous = after.accepted;
    }
    // Every stored case is whole: its row and its body agree and the content is the sample's.
    QString error;
    std::unique_ptr<Database> db = Database::open(path, &error);
    ASSERT_TRUE(db);
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(12, 0)));
    CaseRepository repo(*db, clock);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, number, status, surname, iin FROM cases")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        StorageError e;
        const std::optional<Case> c = repo.loadById(q.value(0).toLongLong(), &e);
        ASSERT_TRUE(c) << e.messageEn.toStdString();
        EXPECT_EQ(q.value(2).toString(), QStringLiteral("accepted"));
        EXPECT_EQ(c->number, q.value(1).toString());
        EXPECT_EQ(c->applicant.surname, q.value(3).toString());
        EXPECT_EQ(c->applicant.iin, q.value(4).toString());
        Case expected = sample;
        expected.number = c->number;
        EXPECT_TRUE(c->sameContent(expected)) << c->number.toStdString();
    }
    EXPECT_EQ(rows, previous);
    EXPECT_GT(rows, 0);
}
