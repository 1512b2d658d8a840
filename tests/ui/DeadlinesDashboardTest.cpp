// The deadlines dashboard on a temporary SQLite database: accepted cases whose recorded events
// make one overdue, one at risk and one on time are grouped by their current stage, coloured by
// urgency, sortable, and open on Enter; the printed and the recomputed service due dates are
// both shown after a calendar change; an incomplete calendar year gives a warning.
#include "UiTestSupport.h"
#include "calendar/CalendarStore.h"
#include "deadlines/DeadlinesDashboard.h"
#include "deadlines/DeadlinesLoader.h"
#include "deadlines/DeadlinesModel.h"
#include "deadlines/DeadlinesSortProxy.h"
#include "session/CaseFields.h"
#include "storage/CaseRepository.h"
#include "workflow/CaseEventStore.h"
#include "workflow/WorkflowFactory.h"

#include <QBrush>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace exitdesk;
using namespace exitdesk::ui;

namespace {

QString uiDate(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

class DeadlinesDashboardTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        QString error;
        db = Database::open(m_dir.filePath(QStringLiteral("dash.sqlite")), &error);
        ASSERT_TRUE(db) << error.toStdString();
        deadlines = std::make_unique<ui::Deadlines>(db.get(), clock);
        ASSERT_TRUE(deadlines->isLoaded());
    }

    // An accepted case handed in at the counter at `submitted`.
    qint64 accept(const QString &surname, const QDateTime &submitted)
    {
        Case c;
        c.applicant.surname = surname;
        c.applicant.name = QStringLiteral("Әлия");
        c.applicant.iin = QStringLiteral("900101400123");
        c.office = QStringLiteral("Алматы қ. ХҚКО №2");
        c.to.country = QStringLiteral("DE");
        c.submittedAt = submitted;
        CaseFields::fillNullTexts(c);
        StorageError error;
        EXPECT_TRUE(CaseRepository(*db, clock).accept(c, &error)) << error.messageEn.toStdString();
        m_numbers.insert(c.id, c.number);
        return c.id;
    }

    // Records an event through the workflow, as the command line does.
    void record(qint64 caseId, EventKind kind, const QDateTime &at)
    {
        QString error;
        std::unique_ptr<Workflow> workflow = WorkflowFactory::fromDatabase(*db, &error);
        ASSERT_TRUE(workflow) << error.toStdString();
        WorkflowCase wc;
        ASSERT_TRUE(WorkflowCase::loadByNumber(*db, m_numbers.value(caseId), &wc, &error)) << error.toStdString();
        CaseEvent e;
        e.kind = kind;
        e.at = at;
        e.recordedAt = at;
        e.executor = QStringLiteral("officer");
        LocalizedText refusal;
        ASSERT_TRUE(CaseEventStore(*db).record(*workflow, wc, e, nullptr, &refusal, &error))
            << refusal.en.toStdString() << error.toStdString();
    }

    // The case row of the proxy (under its stage) for a case id; invalid when not shown.
    static QModelIndex rowOf(const QAbstractItemModel &m, qint64 caseId, int column = 0)
    {
        for (int g = 0; g < m.rowCount(); ++g) {
            const QModelIndex group = m.index(g, 0);
            for (int r = 0; r < m.rowCount(group); ++r) {
                const QModelIndex i = m.index(r, column, group);
                if (i.data(DeadlinesModel::CaseIdRole).toLongLong() == caseId)
                    return i;
            }
        }
        return QModelIndex();
    }

    // The three cases of the board on Friday 20 November 2026 (the fixture's clock).
    void makeThreeCases()
    {
        // Handed in on Tuesday 10 November, never registered: registration was due on
        // Wednesday 11 November, 7 working days ago.
        m_overdue = accept(QStringLiteral("Кеш"), QDateTime(QDate(2026, 11, 10), QTime(10, 0)));
        // Handed in on Thursday 19 November: registration is due today.
        m_atRisk = accept(QStringLiteral("Шұғыл"), QDateTime(QDate(2026, 11, 19), QTime(11, 0)));
        // Handed in on the 19th, registered today: the completeness check is due on Tuesday 24th.
        m_fine = accept(QStringLiteral("Уақытында"), QDateTime(QDate(2026, 11, 19), QTime(12, 0)));
        record(m_fine, EventKind::Registered, QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    }

    QTemporaryDir m_dir;
    QHash<qint64, QString> m_numbers;
    qint64 m_overdue = 0;
    qint64 m_atRisk = 0;
    qint64 m_fine = 0;
};

} // namespace

TEST_F(DeadlinesDashboardTest, GroupsCasesByStageAndColoursThemByUrgency)
{
    makeThreeCases();
    DeadlinesDashboard dash(context());
    dash.reloadNow();
    const QAbstractItemModel &m = *dash.proxy();

    // Two stages: registration (the overdue and the at-risk case) and the completeness check.
    ASSERT_EQ(m.rowCount(), 2);
    const QModelIndex registration = m.index(0, 0);
    const QModelIndex check = m.index(1, 0);
    EXPECT_EQ(registration.data(DeadlinesModel::StageRole).toInt(), int(Stage::Registration));
    EXPECT_EQ(check.data(DeadlinesModel::StageRole).toInt(), int(Stage::CompletenessCheck));
    EXPECT_EQ(m.rowCount(registration), 2);
    EXPECT_EQ(m.rowCount(check), 1);
    EXPECT_TRUE(rowOf(m, m_overdue).parent() == registration);
    EXPECT_TRUE(rowOf(m, m_atRisk).parent() == registration);
    EXPECT_TRUE(rowOf(m, m_fine).parent() == check);
    EXPECT_TRUE(registration.data().toString().contains(stageTitle(Stage::Registration, Language::current())));

    // Stage due dates and working days left, computed by core from the same events.
    const WorkingCalendar &cal = deadlines->workflow()->calendar();
    const QModelIndex late = rowOf(m, m_overdue, DeadlinesModel::DaysLeftColumn);
    EXPECT_EQ(late.data().toInt(), -cal.workingDaysBetween(QDate(2026, 11, 11), QDate(2026, 11, 20)));
    EXPECT_EQ(late.data().toInt(), -7);
    EXPECT_EQ(rowOf(m, m_overdue, DeadlinesModel::StageDueColumn).data().toString(), QStringLiteral("11.11.2026"));
    EXPECT_EQ(rowOf(m, m_atRisk, DeadlinesModel::DaysLeftColumn).data().toInt(), 0);
    EXPECT_EQ(rowOf(m, m_fine, DeadlinesModel::StageDueColumn).data().toString(), QStringLiteral("24.11.2026"));
    EXPECT_EQ(rowOf(m, m_fine, DeadlinesModel::DaysLeftColumn).data().toInt(), 2);
    // The service due date: the 20th working day after the day of submission.
    const QDate serviceDue = deadlines->serviceDue(QDateTime(QDate(2026, 11, 10), QTime(10, 0)), QStringLiteral("counter"));
    EXPECT_EQ(rowOf(m, m_overdue, DeadlinesModel::ServiceDueColumn).data().toString(), uiDate(serviceDue));
    EXPECT_EQ(serviceDue, cal.addWorkingDays(QDate(2026, 11, 10), 20));

    // Overdue in red, at risk highlighted amber, on time plain.
    EXPECT_EQ(rowOf(m, m_overdue).data(DeadlinesModel::StatusRole).toInt(), int(DeadlineStatus::Overdue));
    EXPECT_EQ(rowOf(m, m_atRisk).data(DeadlinesModel::StatusRole).toInt(), int(DeadlineStatus::DueSoon));
    EXPECT_EQ(rowOf(m, m_fine).data(DeadlinesModel::StatusRole).toInt(), int(DeadlineStatus::OnTime));
    const QColor red = rowOf(m, m_overdue, DeadlinesModel::ApplicantColumn).data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor amber = rowOf(m, m_atRisk, DeadlinesModel::ApplicantColumn).data(Qt::BackgroundRole).value<QBrush>().color();
    EXPECT_GT(red.red(), red.green() + 20); // reddish
    EXPECT_GT(red.red(), red.blue() + 20);
    EXPECT_GT(amber.red(), amber.blue() + 60); // yellowish, not the red of the overdue row
    EXPECT_GT(amber.green(), amber.blue() + 40);
    EXPECT_GT(red.blue(), amber.blue() + 40);
    // The text of an overdue row is red too.
    const QColor text = rowOf(m, m_overdue, DeadlinesModel::DaysLeftColumn).data(Qt::ForegroundRole).value<QBrush>().color();
    EXPECT_GT(text.red(), text.green() + 80);
    EXPECT_FALSE(rowOf(m, m_fine, DeadlinesModel::ApplicantColumn).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(dash.model()->overdueCount(), 1);
    EXPECT_EQ(dash.model()->atRiskCount(), 1);
    EXPECT_TRUE(dash.summary()->text().contains(QLatin1Char('1')));

    dash.resize(1300, 400);
    dash.show();
    test::snapshot(&dash, QStringLiteral("deadlines-dashboard"));

    // "Only overdue and at risk" hides the case on time and its stage.
    dash.proxy()->setUrgentOnly(true);
    ASSERT_EQ(m.rowCount(), 1);
    EXPECT_EQ(m.rowCount(m.index(0, 0)), 2);
    dash.proxy()->setUrgentOnly(false);
    EXPECT_EQ(m.rowCount(), 2);
}

TEST_F(DeadlinesDashboardTest, SortsCasesInsideTheirStage)
{
    makeThreeCases();
    // A second on-time case in the completeness check, handed in earlier.
    const qint64 second = accept(QStringLiteral("Алдымен"), QDateTime(QDate(2026, 11, 18), QTime(9, 30)));
    record(second, EventKind::Registered, QDateTime(QDate(2026, 11, 19), QTime(9, 0)));

    DeadlinesDashboard dash(context());
    dash.reloadNow();
    QTreeView *view = dash.view();
    const QAbstractItemModel &m = *dash.proxy();
    ASSERT_EQ(m.rowCount(), 2);

    // By working days left, ascending: the late case first; the stages keep workflow order.
    view->sortByColumn(DeadlinesModel::DaysLeftColumn, Qt::AscendingOrder);
    QModelIndex registration = m.index(0, 0);
    EXPECT_EQ(registration.data(DeadlinesModel::StageRole).toInt(), int(Stage::Registration));
    EXPECT_EQ(m.index(0, 0, registration).data(DeadlinesModel::CaseIdRole).toLongLong(), m_overdue);
    EXPECT_EQ(m.index(1, 0, registration).data(DeadlinesModel::CaseIdRole).toLongLong(), m_atRisk);
    QModelIndex check = m.index(1, 0);
    EXPECT_EQ(m.index(0, 0, check).data(DeadlinesModel::CaseIdRole).toLongLong(), second); // due 23.11
    EXPECT_EQ(m.index(1, 0, check).data(DeadlinesModel::CaseIdRole).toLongLong(), m_fine);  // due 24.11

    view->sortByColumn(DeadlinesModel::DaysLeftColumn, Qt::DescendingOrder);
    registration = m.index(0, 0);
    EXPECT_EQ(registration.data(DeadlinesModel::StageRole).toInt(), int(Stage::Registration));
    EXPECT_EQ(m.index(0, 0, registration).data(DeadlinesModel::CaseIdRole).toLongLong(), m_atRisk);
    check = m.index(1, 0);
    EXPECT_EQ(m.index(0, 0, check).data(DeadlinesModel::CaseIdRole).toLongLong(), m_fine);

    // By applicant: Алдымен before Уақытында.
    view->sortByColumn(DeadlinesModel::ApplicantColumn, Qt::AscendingOrder);
    check = m.index(1, 0);
    EXPECT_EQ(m.index(0, 0, check).data(DeadlinesModel::CaseIdRole).toLongLong(), second);
}

TEST_F(DeadlinesDashboardTest, EnterAndDoubleClickAskToOpenTheCase)
{
    makeThreeCases();
    DeadlinesDashboard dash(context());
    dash.resize(1200, 500);
    dash.show();
    dash.reloadNow();
    QSignalSpy spy(&dash, &DeadlinesDashboard::openCaseRequested);
    QTreeView *view = dash.view();

    view->setCurrentIndex(rowOf(*dash.proxy(), m_atRisk));
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toLongLong(), m_atRisk);

    // A stage row opens nothing.
    view->setCurrentIndex(dash.proxy()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(spy.count(), 1);

    const QRect r = view->visualRect(rowOf(*dash.proxy(), m_fine, DeadlinesModel::ApplicantColumn));
    ASSERT_FALSE(r.isEmpty());
    // As a real double click arrives: a press and release, then the double click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, r.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, r.center());
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(1).at(0).toLongLong(), m_fine);
}

TEST_F(DeadlinesDashboardTest, ShowsThePrintedAndTheRecomputedServiceDateAfterACalendarChange)
{
    const QDateTime submitted(QDate(2026, 11, 10), QTime(10, 0));
    const qint64 printed = accept(QStringLiteral("Басылған"), submitted);
    const qint64 unrecorded = accept(QStringLiteral("Жазылмаған"), submitted);
    const QDate before = deadlines->serviceDue(submitted, QStringLiteral("counter"));
    ASSERT_TRUE(before.isValid()) << deadlines->error().toStdString();
    // The receipt of the first case records the date it printed.
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO case_events (case_id, kind, at, data, executor, recorded_at) "
                             "VALUES (?, 'receipt-printed', ?, ?, 'operator', ?)"));
    q.addBindValue(printed);
    q.addBindValue(QStringLiteral("2026-11-10T10:05:00"));
    q.addBindValue(QStringLiteral("{\"serviceDue\":\"%1\"}").arg(before.toString(Qt::ISODate)));
    q.addBindValue(QStringLiteral("2026-11-10T10:05:00"));
    ASSERT_TRUE(q.exec());

    {
        DeadlinesDashboard dash(context());
        dash.reloadNow();
        // No calendar change since: nothing in the receipt column, no warning.
        const QModelIndex i = rowOf(*dash.proxy(), printed, DeadlinesModel::PrintedDueColumn);
        EXPECT_TRUE(i.data().toString().isEmpty());
        EXPECT_FALSE(i.data(DeadlinesModel::WarningRole).toBool());
    }

    // On the 15th an administrator makes Wednesday 25 November a day off.
    CalendarStore store(*db);
    CalendarData data;
    QString error;
    ASSERT_TRUE(store.load(&data, &error)) << error.toStdString();
    CalendarYear y = data.years.value(2026);
    y.transfers << DayTransfer{QDate(2026, 11, 25), TransferKind::DayOff, QStringLiteral("test")};
    ASSERT_TRUE(store.saveYear(y, QDateTime(QDate(2026, 11, 15), QTime(12, 0)), &error)) << error.toStdString();
    deadlines->reload();
    const QDate after = deadlines->serviceDue(submitted, QStringLiteral("counter"));
    ASSERT_EQ(after, before.addDays(1)); // the count moved by one working day

    DeadlinesDashboard dash(context());
    dash.reloadNow();
    const QAbstractItemModel &m = *dash.proxy();
    EXPECT_EQ(rowOf(m, printed, DeadlinesModel::ServiceDueColumn).data().toString(), uiDate(after));
    EXPECT_EQ(rowOf(m, printed, DeadlinesModel::PrintedDueColumn).data().toString(), uiDate(before));
    EXPECT_TRUE(rowOf(m, printed, DeadlinesModel::ServiceDueColumn).data(Qt::DecorationRole).isValid());
    const QString tip = rowOf(m, printed, DeadlinesModel::ServiceDueColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(uiDate(before))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(uiDate(after))) << tip.toStdString();
    // Without a recorded receipt date the column says so instead of guessing.
    EXPECT_EQ(rowOf(m, unrecorded, DeadlinesModel::ServiceDueColumn).data().toString(), uiDate(after));
    const QString unknown = rowOf(m, unrecorded, DeadlinesModel::PrintedDueColumn).data().toString();
    EXPECT_FALSE(unknown.isEmpty());
    EXPECT_NE(unknown, uiDate(before));
    EXPECT_TRUE(rowOf(m, unrecorded, DeadlinesModel::ServiceDueColumn).data(DeadlinesModel::WarningRole).toBool());
}

TEST_F(DeadlinesDashboardTest, WarnsWhenADeadlineFallsIntoAnIncompleteYear)
{
    makeThreeCases();
    {
        DeadlinesDashboard dash(context());
        dash.reloadNow();
        EXPECT_FALSE(rowOf(*dash.proxy(), m_fine, DeadlinesModel::StageDueColumn).data(Qt::DecorationRole).isValid());
    }
    // 2026 loses its confirmation: every deadline in it may still move.
    CalendarStore store(*db);
    CalendarData data;
    QString error;
    ASSERT_TRUE(store.load(&data, &error));
    CalendarYear y = data.years.value(2026);
    y.confirmedBy.clear();
    ASSERT_TRUE(store.saveYear(y, QDateTime(QDate(2026, 11, 20), QTime(8, 0)), &error));
    deadlines->reload();

    DeadlinesDashboard dash(context());
    dash.reloadNow();
    const QModelIndex due = rowOf(*dash.proxy(), m_fine, DeadlinesModel::StageDueColumn);
    EXPECT_TRUE(due.data(Qt::DecorationRole).isValid());
    EXPECT_TRUE(due.data(DeadlinesModel::WarningRole).toBool());
    EXPECT_TRUE(due.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2026")));
    EXPECT_TRUE(rowOf(*dash.proxy(), m_fine, DeadlinesModel::ServiceDueColumn).data(Qt::DecorationRole).isValid());
}

TEST_F(DeadlinesDashboardTest, LeavesOutFinishedCasesAndLoadsInSlices)
{
    makeThreeCases();
    // Many more cases than one slice holds, to check that slices add up.
    QList<qint64> many;
    for (int i = 0; i < 60; ++i)
        many << accept(QStringLiteral("Көп%1").arg(i), QDateTime(QDate(2026, 11, 19), QTime(9, 0)));
    // One of them is finished (its decision was issued): it has no deadline left. Written
    // directly: only the query's filter is under test here, not the workflow's replay.
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO case_events (case_id, kind, at, data, executor, recorded_at) "
                             "VALUES (?, 'decision-issued', '2026-11-20T09:00:00', '{}', 'x', '2026-11-20T09:00:00')"));
    q.addBindValue(many.first());
    ASSERT_TRUE(q.exec());
    DeadlinesDashboard dash(context());
    dash.setSliceBudget(0); // one case per slice
    QSignalSpy loaded(&dash, &DeadlinesDashboard::loaded);
    dash.reload();
    EXPECT_TRUE(dash.isLoading());
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_FALSE(dash.isLoading());
    EXPECT_EQ(loaded.at(0).at(0).toInt(), 62);
    EXPECT_EQ(dash.model()->rowTotal(), 62);
    EXPECT_EQ(dash.model()->atRiskCount(), 60);
    EXPECT_FALSE(rowOf(*dash.proxy(), many.first()).isValid());
    EXPECT_TRUE(rowOf(*dash.proxy(), many.last()).isValid());
}
