// Two workstations (two connections, as two computers of an office would have) open the same
// case: the first save wins, the second is refused as a conflict naming the case, nothing is
// silently overwritten, and a refused acceptance does not use up a number.
#include "StorageFixture.h"
#include "accounts/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/CaseSearch.h"

#include <QSqlQuery>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

Actor operatorAt(const QString &workstation)
{
    Actor a;
    a.login = QStringLiteral("op-") + workstation;
    a.role = Role::Operator;
    a.workstation = workstation;
    return a;
}

int auditCount(Database &db, const QString &action)
{
    AuditFilter f;
    f.entityKind = QStringLiteral("case");
    int n = 0;
    for (const AuditRecord &r : AuditLog::list(db, f, nullptr))
        n += r.action == action ? 1 : 0;
    return n;
}

class WorkstationConflictTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        m_backend = std::make_unique<BackendDatabase>(GetParam());
        if (m_backend->skipped())
            GTEST_SKIP() << "EXITDESK_TEST_PG is not set";
        m_first = m_backend->open();
        m_second = m_backend->open();
        ASSERT_TRUE(m_first && m_second);
    }

    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0))};
    std::unique_ptr<BackendDatabase> m_backend;
    std::unique_ptr<Database> m_first;  // workstation "ws-1"
    std::unique_ptr<Database> m_second; // workstation "ws-2"
};

} // namespace

TEST_P(WorkstationConflictTest, SecondSaveOfTheSameCaseIsRefusedNamingTheCase)
{
    CaseRepository one(*m_first, m_clock, operatorAt(QStringLiteral("ws-1")));
    CaseRepository two(*m_second, m_clock, operatorAt(QStringLiteral("ws-2")));
    Case c = sampleCase(QStringLiteral("valid-single.json"));
    ASSERT_TRUE(one.accept(c));

    // Both workstations load version 1.
    Case mine = *one.loadByNumber(c.number);
    Case theirs = *two.loadByNumber(c.number);
    ASSERT_EQ(mine.version, theirs.version);

    mine.applicant.address = QStringLiteral("Астана қ., Қабанбай батыр 1");
    StorageError error;
    ASSERT_TRUE(one.update(mine, &error)) << error.messageEn.toStdString();

    theirs.applicant.address = QStringLiteral("Шымкент қ.");
    EXPECT_FALSE(two.update(theirs, &error));
    EXPECT_EQ(error.kind, StorageError::Conflict);
    EXPECT_TRUE(error.messageEn.contains(c.number)) << error.messageEn.toStdString();
    EXPECT_TRUE(error.messageKk.contains(c.number));
    EXPECT_TRUE(error.messageRu.contains(c.number));

    // Seen from either workstation the first save stands, once.
    for (Database *db : {m_first.get(), m_second.get()}) {
        const Case stored = *CaseRepository(*db, m_clock).loadById(c.id);
        EXPECT_EQ(stored.applicant.address, QStringLiteral("Астана қ., Қабанбай батыр 1"));
        EXPECT_EQ(stored.version, 2);
        EXPECT_EQ(auditCount(*db, QStringLiteral("case.update")), 1);
    }

    // After reloading, the second workstation's change goes through.
    theirs = *two.loadById(c.id);
    theirs.applicant.address = QStringLiteral("Шымкент қ.");
    EXPECT_TRUE(two.update(theirs, &error)) << error.messageEn.toStdString();
    EXPECT_EQ(theirs.version, 3);
    EXPECT_TRUE(AuditLog::verify(*m_first).ok);
}

TEST_P(WorkstationConflictTest, DraftAcceptedOnOneWorkstationIsNotAcceptedTwiceNorLosesANumber)
{
    CaseRepository one(*m_first, m_clock, operatorAt(QStringLiteral("ws-1")));
    CaseRepository two(*m_second, m_clock, operatorAt(QStringLiteral("ws-2")));
    Case draft = sampleCase(QStringLiteral("valid-single.json"));
    ASSERT_TRUE(one.saveDraft(draft));
    Case mine = *one.loadById(draft.id);
    Case theirs = *two.loadById(draft.id);

    ASSERT_TRUE(one.accept(mine));
    EXPECT_EQ(mine.number, QStringLiteral("2026-000001"));
    StorageError error;
    EXPECT_FALSE(two.accept(theirs, &error));
    EXPECT_EQ(error.kind, StorageError::Conflict);
    EXPECT_TRUE(error.messageEn.contains(QStringLiteral("2026-000001"))) << error.messageEn.toStdString();

    // The refused acceptance gave its number back: the next case is 000002.
    Case next = sampleCase(QStringLiteral("valid-single.json"));
    ASSERT_TRUE(two.accept(next, &error)) << error.messageEn.toStdString();
    EXPECT_EQ(next.number, QStringLiteral("2026-000002"));
    EXPECT_EQ(CaseSearch(*m_second).count({}), 2);
    EXPECT_EQ(auditCount(*m_second, QStringLiteral("case.accept")), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, WorkstationConflictTest,
                         ::testing::Values(Backend::SqliteFile, Backend::Postgres), backendName);
