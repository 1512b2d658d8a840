// The stage cache behind the case list's stage and "overdue" filters (table case_stages):
// recording an event rewrites the case's row, cases accepted without events are filled in,
// the filters of CaseSearch select by it, and a calendar change moves the cached due date of
// an unfinished case — on SQLite and on the PostgreSQL test server.
#include "StorageFixture.h"
#include "backup/CaseEraser.h"
#include "calendar/CalendarDefaults.h"
#include "ledger/LedgerQuery.h"
#include "storage/CaseRepository.h"
#include "storage/CaseSearch.h"
#include "workflow/CaseEventStore.h"
#include "workflow/CaseStageIndex.h"

#include <QSqlQuery>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

class CaseStageIndexTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        if (m_backend.skipped())
            GTEST_SKIP() << "EXITDESK_TEST_PG is not set";
        m_db = m_backend.open();
        ASSERT_TRUE(m_db);
        m_workflow = std::make_unique<Workflow>(WorkingCalendar::create(CalendarDefaults::load()));
    }

    qint64 accept(const QString &surname, const QDateTime &submitted)
    {
        Case c;
        c.applicant.surname = surname;
        c.applicant.name = QStringLiteral("Әлия");
        c.applicant.patronymic = QString();
        c.applicant.iin = QStringLiteral("900101400123");
        c.office = QStringLiteral("Алматы");
        c.to.country = QStringLiteral("DE");
        c.submittedAt = submitted;
        StorageError error;
        EXPECT_TRUE(CaseRepository(*m_db, m_clock).accept(c, &error)) << error.messageEn.toStdString();
        m_numbers.insert(c.id, c.number);
        return c.id;
    }

    void record(qint64 caseId, EventKind kind, const QDateTime &at)
    {
        QString error;
        WorkflowCase wc;
        ASSERT_TRUE(WorkflowCase::loadByNumber(*m_db, m_numbers.value(caseId), &wc, &error));
        CaseEvent e;
        e.kind = kind;
        e.at = at;
        e.recordedAt = at;
        e.executor = QStringLiteral("officer");
        LocalizedText refusal;
        ASSERT_TRUE(CaseEventStore(*m_db).record(*m_workflow, wc, e, nullptr, &refusal, &error))
            << refusal.en.toStdString() << error.toStdString();
    }

    QList<qint64> ids(const CaseFilter &f)
    {
        StorageError error;
        QList<qint64> out;
        for (const CaseSummary &s : CaseSearch(*m_db).list(f, &error))
            out << s.id;
        EXPECT_EQ(error.kind, StorageError::None) << error.messageEn.toStdString();
        std::sort(out.begin(), out.end());
        return out;
    }

    QString cachedDue(qint64 caseId)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT stage_due FROM case_stages WHERE case_id = ?"));
        q.addBindValue(caseId);
        EXPECT_TRUE(q.exec());
        return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

    BackendDatabase m_backend{GetParam()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workflow> m_workflow;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(10, 0))};
    QHash<qint64, QString> m_numbers;
};

const QDateTime kMonday(QDate(2026, 3, 2), QTime(10, 0));

TEST_P(CaseStageIndexTest, RecordedEventsAndFilledCasesAreFoundByStageAndLateness)
{
    const qint64 waiting = accept(QStringLiteral("Ахметова"), kMonday);
    const qint64 moved = accept(QStringLiteral("Беков"), kMonday);
    record(moved, EventKind::Registered, kMonday);

    const QString registration = stageKey(Stage::Registration);
    const QString afterRegistration =
        stageKey(m_workflow->derive(kMonday, QStringLiteral("counter"),
                                    {CaseEvent{0, EventKind::Registered, kMonday, {}, {}, kMonday}})
                     .state.stage);
    ASSERT_NE(afterRegistration, registration);

    CaseFilter byStage;
    byStage.stage = afterRegistration;
    EXPECT_EQ(ids(byStage), QList<qint64>{moved}) << "the event wrote the case's row";
    byStage.stage = registration;
    EXPECT_TRUE(ids(byStage).isEmpty()) << "a case accepted without events has no row yet";

    QString error;
    EXPECT_EQ(CaseStageIndex::refreshMissing(*m_db, *m_workflow, &error), 1) << error.toStdString();
    EXPECT_EQ(ids(byStage), QList<qint64>{waiting});
    EXPECT_EQ(CaseStageIndex::refreshMissing(*m_db, *m_workflow, &error), 0) << "nothing left to fill";

    // Registration is due within days of the Monday: late a month later, not on the Monday.
    CaseFilter late;
    late.stageDueBefore = QDate(2026, 4, 1);
    EXPECT_EQ(ids(late), (QList<qint64>{waiting, moved}));
    late.stageDueBefore = kMonday.date();
    EXPECT_TRUE(ids(late).isEmpty());
}

TEST_P(CaseStageIndexTest, CalendarChangeMovesTheCachedDueDateOfOpenCases)
{
    const qint64 id = accept(QStringLiteral("Ахметова"), kMonday);
    QString error;
    ASSERT_EQ(CaseStageIndex::refreshMissing(*m_db, *m_workflow, &error), 1) << error.toStdString();
    const QDate due = QDate::fromString(cachedDue(id), Qt::ISODate);
    ASSERT_TRUE(due.isValid());

    // The Government moves a day off onto the due date: the stage is due one working day later.
    CalendarData data = CalendarDefaults::load();
    CalendarYear &year = data.years[due.year()];
    year.year = due.year();
    year.transfers << DayTransfer{due, TransferKind::DayOff, QStringLiteral("decree")};
    year.sortTransfers();
    const Workflow changed(WorkingCalendar::create(data));
    EXPECT_EQ(CaseStageIndex::refreshOpen(*m_db, changed, &error), 1) << error.toStdString();
    const QDate moved = QDate::fromString(cachedDue(id), Qt::ISODate);
    EXPECT_GT(moved, due);
    EXPECT_TRUE(changed.calendar().isWorkingDay(moved));
}

TEST_P(CaseStageIndexTest, TheRegisterFollowsAnEditedAcceptedCaseAndAnErasedOne)
{
    const qint64 id = accept(QStringLiteral("Ахметова"), kMonday);
    const auto registerLine = [this, id] {
        LedgerQuery query(*m_db, *m_workflow, LedgerFilter(), kMonday.date().addDays(30));
        QString error;
        EXPECT_TRUE(query.start(&error)) << error.toStdString();
        LedgerRow row;
        while (query.next(&row)) {
            if (row.caseId == id)
                return row;
        }
        ADD_FAILURE() << "case not in the register";
        return LedgerRow();
    };
    const auto cachedPassport = [this, id] {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT passport_number FROM case_stages WHERE case_id = ?"));
        q.addBindValue(id);
        EXPECT_TRUE(q.exec());
        return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    };
    StorageError storageError;
    CaseRepository repository(*m_db, m_clock);
    std::optional<Case> c = repository.loadById(id, &storageError);
    ASSERT_TRUE(c) << storageError.messageEn.toStdString();
    c->applicant.passport.number = QStringLiteral("N1111111");
    ASSERT_TRUE(repository.update(*c, &storageError)) << storageError.messageEn.toStdString();
    record(id, EventKind::Registered, kMonday);
    EXPECT_EQ(cachedPassport(), QStringLiteral("N1111111"));
    EXPECT_EQ(registerLine().passportNumber, QStringLiteral("N1111111"));

    // The officer corrects the passport number of the accepted case.
    c = repository.loadById(id, &storageError);
    ASSERT_TRUE(c);
    c->applicant.passport.number = QStringLiteral("N2222222");
    ASSERT_TRUE(repository.update(*c, &storageError)) << storageError.messageEn.toStdString();
    EXPECT_EQ(cachedPassport(), QStringLiteral("N2222222"));
    EXPECT_EQ(registerLine().passportNumber, QStringLiteral("N2222222"));

    // Erased at the end of its retention: the row goes, the register says what is left.
    QString error;
    ASSERT_TRUE(retention::CaseEraser::erase(*m_db, m_clock, id, &error)) << error.toStdString();
    EXPECT_EQ(cachedPassport(), QStringLiteral("<none>"));
    const LedgerRow erased = registerLine();
    EXPECT_TRUE(erased.passportNumber.isEmpty());
    EXPECT_TRUE(erased.surname.isEmpty());
    EXPECT_FALSE(erased.stage.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, CaseStageIndexTest,
                         ::testing::Values(Backend::SqliteMemory, Backend::SqliteFile, Backend::Postgres),
                         backendName);

} // namespace
