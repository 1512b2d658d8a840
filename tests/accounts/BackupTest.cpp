// Backup and restore round trip: the restored database has the same rows and the same cases
// (their interchange JSON), its audit chain verifies, and a database in use is not
// overwritten without --force. SQLite always; PostgreSQL when the test server runs.
#include "AccountsTestSupport.h"
#include "CaseFixtures.h"
#include "accounts/AuditLog.h"
#include "backup/BackupService.h"
#include "storage/CaseSearch.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

const QStringList kTables{QStringLiteral("cases"), QStringLiteral("case_events"), QStringLiteral("accounts"),
                          QStringLiteral("audit_log"), QStringLiteral("counters")};

QMap<QString, qint64> rowCounts(Database &db)
{
    QMap<QString, qint64> counts;
    for (const QString &t : kTables) {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM ") + t) && q.next()) << t.toStdString();
        counts.insert(t, q.value(0).toLongLong());
    }
    return counts;
}

// number -> the case's interchange JSON, for every stored case.
QMap<QString, QByteArray> caseJson(Database &db)
{
    QMap<QString, QByteArray> result;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT id FROM cases ORDER BY id")));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    const FixedClock clock(at("2026-01-01T00:00:00"));
    CaseRepository repo(db, clock);
    for (qint64 id : ids) {
        const std::optional<Case> c = repo.loadById(id);
        EXPECT_TRUE(c);
        if (c)
            result.insert(c->number, CaseJson::toBytes(*c));
    }
    return result;
}

class BackupTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        if (QLatin1String(GetParam()) == QLatin1String("postgres")) {
            if (postgresUrl().isEmpty())
                GTEST_SKIP() << "EXITDESK_TEST_PG is not set";
            m_pgSource = std::make_unique<PgScratchDatabase>();
            m_pgTarget = std::make_unique<PgScratchDatabase>();
            ASSERT_FALSE(m_pgSource->url().isEmpty()) << m_pgSource->error().toStdString();
            ASSERT_FALSE(m_pgTarget->url().isEmpty()) << m_pgTarget->error().toStdString();
            m_source = m_pgSource->url();
            m_target = m_pgTarget->url();
        } else {
            m_source = m_dir.filePath(QStringLiteral("office.sqlite"));
            m_target = m_dir.filePath(QStringLiteral("restored.sqlite"));
        }
        QString error;
        m_db = Database::open(m_source, &error);
        ASSERT_TRUE(m_db) << error.toStdString();
        m_admin = addAdministrator(*m_db, m_clock);
        const QString a = acceptCase(*m_db, at("2026-03-02T10:00:00"), QStringLiteral("Бірінші"));
        acceptCase(*m_db, at("2026-03-03T11:00:00"), QStringLiteral("Екінші"));
        decidePositive(*m_db, a, QStringLiteral("2026-03-20"));
        m_backup = m_dir.filePath(QStringLiteral("office.backup"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PgScratchDatabase> m_pgSource, m_pgTarget;
    QString m_source, m_target, m_backup;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{at("2026-04-01T18:00:00")};
    Actor m_admin;
};

} // namespace

TEST_P(BackupTest, RestoredDatabaseEqualsTheOriginal)
{
    Finding error;
    ASSERT_TRUE(BackupService::backup(*m_db, m_source, m_admin, m_clock, m_backup, false, &error))
        << error.messageEn.toStdString();
    EXPECT_EQ(BackupService::formatOf(m_backup),
              m_db->isPostgres() ? BackupFormat::PgCustom : BackupFormat::SQLite);
    // The backup itself is audited after the copy was taken, so compare without that record.
    const QMap<QString, qint64> before = rowCounts(*m_db);
    const QMap<QString, QByteArray> casesBefore = caseJson(*m_db);
    ASSERT_EQ(casesBefore.size(), 2);

    // Work goes on after the backup; restoring brings the earlier state back.
    acceptCase(*m_db, at("2026-03-04T09:00:00"), QStringLiteral("Кейінгі"));

    ASSERT_TRUE(BackupService::restore(m_backup, m_target, Actor::setupActor(QStringLiteral("ws")), m_clock,
                                       false, &error))
        << error.messageEn.toStdString();
    QString why;
    std::unique_ptr<Database> restored = Database::open(m_target, &why);
    ASSERT_TRUE(restored) << why.toStdString();
    QMap<QString, qint64> after = rowCounts(*restored);
    after[QStringLiteral("audit_log")] -= 1; // the restore's own record
    QMap<QString, qint64> expected = before;
    expected[QStringLiteral("audit_log")] -= 1; // the backup's record, written after the copy
    EXPECT_EQ(after, expected);
    EXPECT_EQ(caseJson(*restored), casesBefore);
    const AuditVerification v = AuditLog::verify(*restored);
    EXPECT_TRUE(v.ok) << v.reasonEn.toStdString();
    // Accounts came along: the administrator can log in to the restored database.
    EXPECT_TRUE(AccountRepository::find(*restored, QStringLiteral("admin")));
}

TEST_P(BackupTest, NonEmptyTargetNeedsForce)
{
    Finding error;
    ASSERT_TRUE(BackupService::backup(*m_db, m_source, m_admin, m_clock, m_backup, false, &error));
    acceptCase(*m_db, at("2026-03-04T09:00:00"), QStringLiteral("Кейінгі"));
    EXPECT_FALSE(BackupService::restore(m_backup, m_source, m_admin, m_clock, false, &error));
    EXPECT_EQ(error.code, QStringLiteral("backup.target-not-empty"));
    EXPECT_EQ(caseJson(*m_db).size(), 3);
    m_db.reset();
    ASSERT_TRUE(BackupService::restore(m_backup, m_source, m_admin, m_clock, true, &error))
        << error.messageEn.toStdString();
    QString why;
    m_db = Database::open(m_source, &why);
    ASSERT_TRUE(m_db) << why.toStdString();
    EXPECT_EQ(caseJson(*m_db).size(), 2);
    EXPECT_TRUE(AuditLog::verify(*m_db).ok);
}

TEST_P(BackupTest, RefusedWithoutPermissionOrOverExistingFile)
{
    Finding error;
    EXPECT_FALSE(BackupService::backup(*m_db, m_source, actorOf(QStringLiteral("op"), Role::Operator),
                                       m_clock, m_backup, false, &error));
    EXPECT_EQ(error.code, QStringLiteral("permission.denied"));
    EXPECT_FALSE(QFile::exists(m_backup));
    ASSERT_TRUE(BackupService::backup(*m_db, m_source, m_admin, m_clock, m_backup, false, &error));
    EXPECT_FALSE(BackupService::backup(*m_db, m_source, m_admin, m_clock, m_backup, false, &error));
    EXPECT_EQ(error.code, QStringLiteral("backup.exists"));
    EXPECT_FALSE(BackupService::restore(m_backup, m_target, actorOf(QStringLiteral("h"), Role::Head), m_clock,
                                        false, &error));
    EXPECT_EQ(error.code, QStringLiteral("permission.denied"));
}

TEST_P(BackupTest, NotABackupIsRefused)
{
    const QString junk = m_dir.filePath(QStringLiteral("junk.bin"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("definitely not a database");
    f.close();
    Finding error;
    EXPECT_FALSE(BackupService::restore(junk, m_target, m_admin, m_clock, true, &error));
    EXPECT_EQ(error.code, QStringLiteral("backup.format"));
}

INSTANTIATE_TEST_SUITE_P(Dialects, BackupTest, ::testing::Values("sqlite", "postgres"));
