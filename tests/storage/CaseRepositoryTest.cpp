// Storing cases on every back end: drafts, acceptance with gap-free numbers per year,
// optimistic version checks, refusal at intake, listing and case-insensitive Kazakh search.
#include "storage/CaseRepository.h"
#include "StorageFixture.h"
#include "storage/CaseNumbering.h"
#include "storage/CaseSearch.h"
#include "storage/Transaction.h"

#include <QSet>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

class CaseRepositoryTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        m_backend = std::make_unique<BackendDatabase>(GetParam());
        if (m_backend->skipped())
            GTEST_SKIP() << "EXITDESK_TEST_PG is not set";
        m_db = m_backend->open();
        ASSERT_TRUE(m_db);
        m_repo = std::make_unique<CaseRepository>(*m_db, m_clock);
    }

    Case withApplicant(const QString &surname, const QString &name, const QString &iin,
                       const QString &submitted)
    {
        Case c = sampleCase(QStringLiteral("valid-single.json"));
        c.applicant.surname = surname;
        c.applicant.name = name;
        c.applicant.iin = iin;
        c.submittedAt = QDateTime::fromString(submitted, Qt::ISODate);
        return c;
    }

    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0))};
    std::unique_ptr<BackendDatabase> m_backend;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseRepository> m_repo;
};

} // namespace

TEST_P(CaseRepositoryTest, AcceptNumbersPerYearWithoutGapsAndRoundTripsTheContent)
{
    Case a = sampleCase(QStringLiteral("valid-family.json"));
    ASSERT_TRUE(m_repo->accept(a));
    EXPECT_EQ(a.number, QStringLiteral("2026-000001"));
    EXPECT_EQ(a.status, CaseStatus::Accepted);
    EXPECT_GT(a.id, 0);

    Case b = withApplicant(QStringLiteral("Ахметов"), QStringLiteral("Ерлан"), QStringLiteral("791231300227"),
                           QStringLiteral("2026-12-31T23:59:59"));
    ASSERT_TRUE(m_repo->accept(b));
    EXPECT_EQ(b.number, QStringLiteral("2026-000002"));
    Case c = withApplicant(QStringLiteral("Ахметов"), QStringLiteral("Ерлан"), QStringLiteral("791231300227"),
                           QStringLiteral("2027-01-01T00:00:00"));
    ASSERT_TRUE(m_repo->accept(c));
    EXPECT_EQ(c.number, QStringLiteral("2027-000001")) << "each year has its own sequence";

    const std::optional<Case> loaded = m_repo->loadByNumber(QStringLiteral("2026-000001"));
    ASSERT_TRUE(loaded);
    EXPECT_TRUE(loaded->sameContent(a)) << CaseJson::toBytes(*loaded).toStdString();
    EXPECT_EQ(loaded->applicant.surname, QStringLiteral("Жұмабаева"));
    EXPECT_EQ(loaded->children.at(1).name, QStringLiteral("Өмірзая"));
    EXPECT_EQ(loaded->id, a.id);
    EXPECT_EQ(loaded->version, 1);
    EXPECT_EQ(loaded->status, CaseStatus::Accepted);
}

TEST_P(CaseRepositoryTest, RolledBackAcceptanceGivesItsNumberBack)
{
    Case a = sampleCase(QStringLiteral("valid-single.json"));
    ASSERT_TRUE(m_repo->accept(a));
    {
        Transaction tx(*m_db);
        Case b = sampleCase(QStringLiteral("valid-single.json"));
        ASSERT_TRUE(m_repo->accept(b));
        EXPECT_EQ(b.number, QStringLiteral("2026-000002"));
    } // rolled back
    Case c = sampleCase(QStringLiteral("valid-single.json"));
    ASSERT_TRUE(m_repo->accept(c));
    EXPECT_EQ(c.number, QStringLiteral("2026-000002"));
    EXPECT_EQ(CaseSearch(*m_db).count({}), 2);
}

TEST_P(CaseRepositoryTest, DraftHasNoNumberAndCanBeAcceptedLater)
{
    Case d = sampleCase(QStringLiteral("valid-single.json"));
    d.applicant.phone.clear();
    ASSERT_TRUE(m_repo->saveDraft(d));
    EXPECT_TRUE(d.number.isEmpty());
    EXPECT_EQ(d.status, CaseStatus::Draft);
    EXPECT_EQ(d.version, 1);

    d.applicant.phone = QStringLiteral("+7 777 000 1122");
    ASSERT_TRUE(m_repo->saveDraft(d));
    EXPECT_EQ(d.version, 2);
    ASSERT_TRUE(m_repo->accept(d));
    EXPECT_EQ(d.number, QStringLiteral("2026-000001"));
    EXPECT_EQ(d.version, 3);

    const std::optional<Case> loaded = m_repo->loadById(d.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->applicant.phone, QStringLiteral("+7 777 000 1122"));
    EXPECT_EQ(loaded->number, QStringLiteral("2026-000001"));

    StorageError error;
    Case again = *loaded;
    EXPECT_FALSE(m_repo->accept(again, &error)) << "an accepted case is not numbered twice";
    EXPECT_EQ(error.kind, StorageError::InvalidState);
}

TEST_P(CaseRepositoryTest, StaleVersionIsAConflictNeverASilentOverwrite)
{
    Case c = sampleCase(QStringLiteral("valid-single.json"));
    ASSERT_TRUE(m_repo->accept(c));
    Case first = *m_repo->loadById(c.id);
    Case second = *m_repo->loadById(c.id);

    first.applicant.address = QStringLiteral("Астана қ., Қабанбай батыр 1");
    ASSERT_TRUE(m_repo->update(first));
    EXPECT_EQ(first.version, 2);
    EXPECT_EQ(first.number, c.number);

    second.applicant.address = QStringLiteral("Шымкент қ.");
    StorageError error;
    EXPECT_FALSE(m_repo->update(second, &error));
    EXPECT_EQ(error.kind, StorageError::Conflict);
    EXPECT_TRUE(error.message(QStringLiteral("en")).contains(QStringLiteral("changed by someone else")));
    EXPECT_FALSE(error.message(QStringLiteral("kk")).isEmpty());

    const Case stored = *m_repo->loadById(c.id);
    EXPECT_EQ(stored.applicant.address, QStringLiteral("Астана қ., Қабанбай батыр 1"));
    EXPECT_EQ(stored.version, 2);
}

TEST_P(CaseRepositoryTest, RefusedAtIntakeIsStoredUnnumbered)
{
    Case c = sampleCase(QStringLiteral("incomplete-package.json"));
    ASSERT_TRUE(m_repo->saveRefusedAtIntake(c));
    EXPECT_TRUE(c.number.isEmpty());
    const std::optional<Case> loaded = m_repo->loadById(c.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->status, CaseStatus::RefusedAtIntake);
    CaseFilter f;
    f.status = CaseStatus::RefusedAtIntake;
    EXPECT_EQ(CaseSearch(*m_db).count(f), 1);
}

TEST_P(CaseRepositoryTest, UnknownNumberIsNotFound)
{
    StorageError error;
    EXPECT_FALSE(m_repo->loadByNumber(QStringLiteral("2026-999999"), &error));
    EXPECT_EQ(error.kind, StorageError::NotFound);
    EXPECT_TRUE(error.message(QStringLiteral("ru")).contains(QStringLiteral("2026-999999")));
}

TEST_P(CaseRepositoryTest, SearchIgnoresLetterCaseOfKazakhAndRussianLetters)
{
    Case a = withApplicant(QStringLiteral("Әбілқасымова"), QStringLiteral("Ұлжан"),
                           QStringLiteral("880101400011"), QStringLiteral("2026-11-20T10:00:00"));
    Case b = withApplicant(QStringLiteral("Иванов"), QStringLiteral("Пётр"), QStringLiteral("750505300022"),
                           QStringLiteral("2026-11-21T10:00:00"));
    Case d = withApplicant(QStringLiteral("ҚОЖАХМЕТ"), QStringLiteral("ІЛИЯС"),
                           QStringLiteral("990909300033"), QStringLiteral("2026-11-22T10:00:00"));
    ASSERT_TRUE(m_repo->accept(a));
    ASSERT_TRUE(m_repo->accept(b));
    ASSERT_TRUE(m_repo->saveDraft(d));

    CaseSearch search(*m_db);
    auto numbers = [&](const QString &text) {
        CaseFilter f;
        f.search = text;
        QStringList ids;
        for (const CaseSummary &s : search.list(f))
            ids << s.surname;
        return ids;
    };
    EXPECT_EQ(numbers(QStringLiteral("ӘБІЛҚАСЫМОВА")), QStringList{QStringLiteral("Әбілқасымова")});
    EXPECT_EQ(numbers(QStringLiteral("ұлжан әбіл")), QStringList{QStringLiteral("Әбілқасымова")});
    EXPECT_EQ(numbers(QStringLiteral("ПЁТР")), QStringList{QStringLiteral("Иванов")});
    EXPECT_EQ(numbers(QStringLiteral("қожахмет")), QStringList{QStringLiteral("ҚОЖАХМЕТ")});
    EXPECT_EQ(numbers(QStringLiteral("іли")), QStringList{QStringLiteral("ҚОЖАХМЕТ")});
    EXPECT_EQ(numbers(QStringLiteral("750505")), QStringList{QStringLiteral("Иванов")});
    EXPECT_EQ(numbers(QStringLiteral("2026-000002")), QStringList{QStringLiteral("Иванов")});
    EXPECT_TRUE(numbers(QStringLiteral("%")).isEmpty()) << "LIKE wildcards are searched literally";
    EXPECT_TRUE(numbers(QStringLiteral("_")).isEmpty());
}

TEST_P(CaseRepositoryTest, ListFiltersByStatusNumberAndDateAndPages)
{
    for (int i = 0; i < 7; ++i) {
        Case c =
            withApplicant(QStringLiteral("Сұлтан"), QStringLiteral("Ерасыл"), QStringLiteral("010203500044"),
                          QStringLiteral("2026-11-%1T09:30:00").arg(10 + i));
        ASSERT_TRUE(i == 3 ? m_repo->saveDraft(c) : m_repo->accept(c));
    }
    CaseSearch search(*m_db);
    CaseFilter accepted;
    accepted.status = CaseStatus::Accepted;
    EXPECT_EQ(search.count(accepted), 6);
    CaseFilter drafts;
    drafts.status = CaseStatus::Draft;
    const QList<CaseSummary> draftRows = search.list(drafts);
    ASSERT_EQ(draftRows.size(), 1);
    EXPECT_TRUE(draftRows.first().number.isEmpty());
    EXPECT_EQ(draftRows.first().submittedAt, QDateTime(QDate(2026, 11, 13), QTime(9, 30)));

    CaseFilter byNumber;
    byNumber.number = QStringLiteral("2026-000004");
    const QList<CaseSummary> one = search.list(byNumber);
    ASSERT_EQ(one.size(), 1);
    EXPECT_EQ(one.first().submittedAt.date(), QDate(2026, 11, 14)) << "the draft (13th) took no number";

    CaseFilter dates;
    dates.submittedFrom = QDate(2026, 11, 11);
    dates.submittedTo = QDate(2026, 11, 13);
    EXPECT_EQ(search.count(dates), 3) << "both ends inclusive";

    CaseFilter page;
    page.order = CaseOrder::Number;
    page.status = CaseStatus::Accepted;
    page.limit = 4;
    page.offset = 4;
    const QList<CaseSummary> rows = search.list(page);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).number, QStringLiteral("2026-000005"));
    EXPECT_EQ(rows.at(1).number, QStringLiteral("2026-000006"));
    EXPECT_EQ(search.count(page), 6) << "count ignores paging";
}

TEST_P(CaseRepositoryTest, ForEachWalksEveryCaseInOrder)
{
    for (int i = 0; i < 25; ++i) {
        Case c = sampleCase(QStringLiteral("valid-family.json"));
        c.applicant.phone = QString::number(i);
        ASSERT_TRUE(m_repo->accept(c));
    }
    QStringList seen;
    CaseFilter f;
    f.order = CaseOrder::Number;
    ASSERT_TRUE(CaseSearch(*m_db).forEach(f, [&](const Case &c) {
        seen << c.applicant.phone;
        EXPECT_EQ(c.children.size(), 2);
        return true;
    }));
    ASSERT_EQ(seen.size(), 25);
    for (int i = 0; i < 25; ++i)
        EXPECT_EQ(seen.at(i), QString::number(i));

    int visited = 0;
    ASSERT_TRUE(CaseSearch(*m_db).forEach(f, [&](const Case &) { return ++visited < 3; }));
    EXPECT_EQ(visited, 3) << "returning false stops the walk";
}

INSTANTIATE_TEST_SUITE_P(Backends, CaseRepositoryTest,
                         ::testing::Values(Backend::SqliteMemory, Backend::SqliteFile, Backend::Postgres),
                         backendName);

TEST(CaseNumbering, FormatsYearAndSixDigits)
{
    EXPECT_EQ(CaseNumbering::format(2026, 123), QStringLiteral("2026-000123"));
    EXPECT_EQ(CaseNumbering::format(2027, 1), QStringLiteral("2027-000001"));
}
