// The audit chain: append-only in the database, and any change or removal made behind the
// program's back (triggers dropped first) is found by verify, which names the first bad record.
#include "accounts/AuditLog.h"
#include "AccountsTestSupport.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

class AuditLogTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        QString location = QStringLiteral(":memory:");
        if (QLatin1String(GetParam()) == QLatin1String("postgres")) {
            if (postgresUrl().isEmpty())
                GTEST_SKIP() << "EXITDESK_TEST_PG is not set";
            m_pg = std::make_unique<PgScratchDatabase>();
            ASSERT_FALSE(m_pg->url().isEmpty()) << m_pg->error().toStdString();
            location = m_pg->url();
        }
        QString error;
        m_db = Database::open(location, &error);
        ASSERT_TRUE(m_db) << error.toStdString();
    }
    void TearDown() override { m_db.reset(); }

    bool isPostgres() const { return m_db->dialect() == Dialect::PostgreSQL; }

    // Appends n records about case 2026-00000i and returns their ids.
    QList<qint64> appendRecords(int n)
    {
        const Actor officer = actorOf(QStringLiteral("bolat"), Role::Officer);
        for (int i = 1; i <= n; ++i) {
            QJsonObject before{{QStringLiteral("status"), QStringLiteral("draft")}};
            QJsonObject after{{QStringLiteral("status"), QStringLiteral("accepted")},
                              {QStringLiteral("surname"), QStringLiteral("Сейітқали")}};
            const AuditEntry e =
                AuditEntry::make(officer, m_clock, QStringLiteral("case.accept"), QStringLiteral("case"),
                                 QStringLiteral("2026-%1").arg(i, 6, 10, QLatin1Char('0')), before, after);
            QString error;
            EXPECT_TRUE(AuditLog::append(*m_db, e, &error)) << error.toStdString();
            m_clock.set(m_clock.now().addSecs(60));
        }
        QList<qint64> ids;
        for (const AuditRecord &r : AuditLog::list(*m_db, AuditFilter(), nullptr))
            ids << r.id;
        return ids;
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql);
    }

    void dropGuards()
    {
        ASSERT_TRUE(exec(QStringLiteral("DROP TRIGGER audit_log_no_update") +
                         (isPostgres() ? QStringLiteral(" ON audit_log") : QString())));
        ASSERT_TRUE(exec(QStringLiteral("DROP TRIGGER audit_log_no_delete") +
                         (isPostgres() ? QStringLiteral(" ON audit_log") : QString())));
    }

    std::unique_ptr<PgScratchDatabase> m_pg;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{at("2026-11-20T10:00:00")};
};

} // namespace

TEST_P(AuditLogTest, IntactChainVerifies)
{
    const QList<qint64> ids = appendRecords(5);
    ASSERT_EQ(ids.size(), 5);
    const AuditVerification v = AuditLog::verify(*m_db);
    EXPECT_TRUE(v.ok) << v.reasonEn.toStdString() << v.error.toStdString();
    EXPECT_EQ(v.records, 5);
    EXPECT_EQ(v.headHash.size(), 64);

    const QList<AuditRecord> records = AuditLog::list(*m_db, AuditFilter(), nullptr);
    EXPECT_EQ(records.first().prevHash, QString());
    EXPECT_EQ(records.at(1).prevHash, records.at(0).hash);
    EXPECT_EQ(records.at(0).at, QStringLiteral("2026-11-20T10:00:00"));
    EXPECT_EQ(records.at(0).actorLogin, QStringLiteral("bolat"));
    EXPECT_EQ(records.at(0).actorRole, QStringLiteral("officer"));
    EXPECT_EQ(records.at(0).workstation, QStringLiteral("test-ws"));
    EXPECT_TRUE(records.at(0).afterJson.contains(QStringLiteral("Сейітқали")));
}

TEST_P(AuditLogTest, EmptyLogVerifies)
{
    EXPECT_TRUE(AuditLog::verify(*m_db).ok);
}

TEST_P(AuditLogTest, DatabaseRefusesUpdateAndDelete)
{
    appendRecords(2);
    EXPECT_FALSE(exec(QStringLiteral("UPDATE audit_log SET actor_login = 'someone'")));
    EXPECT_FALSE(exec(QStringLiteral("DELETE FROM audit_log")));
    if (isPostgres()) {
        EXPECT_FALSE(exec(QStringLiteral("TRUNCATE audit_log")));
    }
    EXPECT_TRUE(AuditLog::verify(*m_db).ok);
}

TEST_P(AuditLogTest, HandEditIsDetected)
{
    const QList<qint64> ids = appendRecords(5);
    dropGuards();
    ASSERT_TRUE(
        exec(QStringLiteral("UPDATE audit_log SET after_json = replace(after_json, 'Сейітқали', 'Иванов') "
                            "WHERE id = %1")
                 .arg(ids.at(2))));
    const AuditVerification v = AuditLog::verify(*m_db);
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadId, ids.at(2));
    EXPECT_TRUE(v.reasonEn.contains(QStringLiteral("changed"))) << v.reasonEn.toStdString();
}

TEST_P(AuditLogTest, EditWithRecomputedHashBreaksTheNextLink)
{
    const QList<qint64> ids = appendRecords(4);
    dropGuards();
    // A forger who knows the scheme recomputes the record's own hash...
    AuditRecord r = AuditLog::list(*m_db, AuditFilter(), nullptr).at(1);
    r.actorLogin = QStringLiteral("someone-else");
    const QString forged = r.computeHash();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE audit_log SET actor_login = ?, hash = ? WHERE id = ?"));
    q.addBindValue(r.actorLogin);
    q.addBindValue(forged);
    q.addBindValue(r.id);
    ASSERT_TRUE(q.exec());
    // ...but the record after it still points at the old hash.
    const AuditVerification v = AuditLog::verify(*m_db);
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadId, ids.at(2));
}

TEST_P(AuditLogTest, RemovedRecordIsDetected)
{
    const QList<qint64> ids = appendRecords(5);
    dropGuards();
    ASSERT_TRUE(exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(ids.at(1))));
    const AuditVerification v = AuditLog::verify(*m_db);
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadId, ids.at(2));
}

TEST_P(AuditLogTest, RemovedLastRecordsAreDetected)
{
    const QList<qint64> ids = appendRecords(5);
    dropGuards();
    ASSERT_TRUE(exec(QStringLiteral("DELETE FROM audit_log WHERE id >= %1").arg(ids.at(3))));
    const AuditVerification v = AuditLog::verify(*m_db);
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBadSeq, 4);
    EXPECT_TRUE(v.reasonEn.contains(QStringLiteral("last 2 records"))) << v.reasonEn.toStdString();
}

TEST_P(AuditLogTest, RecordIsRolledBackWithTheChange)
{
    appendRecords(1);
    {
        Transaction tx(*m_db);
        ASSERT_TRUE(tx.isActive());
        appendRecords(1);
        // not committed: the change and its record disappear together
    }
    EXPECT_EQ(AuditLog::list(*m_db, AuditFilter(), nullptr).size(), 1);
    EXPECT_TRUE(AuditLog::verify(*m_db).ok);
    appendRecords(1);
    const AuditVerification v = AuditLog::verify(*m_db);
    EXPECT_TRUE(v.ok) << v.reasonEn.toStdString();
    EXPECT_EQ(v.records, 2);
}

TEST_P(AuditLogTest, GuardsComeBackIfDropped)
{
    appendRecords(1);
    dropGuards();
    appendRecords(1);
    EXPECT_FALSE(exec(QStringLiteral("DELETE FROM audit_log")));
}

TEST_P(AuditLogTest, FilterByEntity)
{
    appendRecords(3);
    AuditFilter f;
    f.entityKind = QStringLiteral("case");
    f.entityId = QStringLiteral("2026-000002");
    const QList<AuditRecord> records = AuditLog::list(*m_db, f, nullptr);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records.first().seq, 2);
    f.entityId = QStringLiteral("' OR 1=1 --");
    EXPECT_TRUE(AuditLog::list(*m_db, f, nullptr).isEmpty());
}

TEST_P(AuditLogTest, ReadingAndVerifyingIsForAdministratorsOnly)
{
    appendRecords(2);
    // From the first account on, the setup actor counts no more.
    const Actor admin = addAdministrator(*m_db, m_clock);
    for (Role role : {Role::Operator, Role::Officer, Role::Head}) {
        Actor someone = actorOf(QStringLiteral("someone"), role);
        someone.lang = QStringLiteral("ru");
        QString error;
        bool refused = false;
        EXPECT_TRUE(AuditLog::list(*m_db, someone, AuditFilter(), &error, &refused).isEmpty());
        EXPECT_TRUE(refused) << roleKey(role).toStdString();
        EXPECT_FALSE(error.isEmpty());
        const AuditVerification v = AuditLog::verify(*m_db, someone);
        EXPECT_TRUE(v.refused);
        EXPECT_FALSE(v.ok) << "a refusal never reads as an intact chain";
        EXPECT_EQ(v.records, 0);
    }
    EXPECT_TRUE(AuditLog::verify(*m_db, Actor::setupActor(QStringLiteral("ws"))).refused);

    QString error;
    bool refused = true;
    const QList<AuditRecord> records = AuditLog::list(*m_db, admin, AuditFilter(), &error, &refused);
    EXPECT_FALSE(refused);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(records.size(), 3) << "two case records and the account";
    const AuditVerification v = AuditLog::verify(*m_db, admin);
    EXPECT_FALSE(v.refused);
    EXPECT_TRUE(v.ok);
    EXPECT_EQ(v.records, 3);
}

INSTANTIATE_TEST_SUITE_P(Dialects, AuditLogTest, ::testing::Values("sqlite", "postgres"));
