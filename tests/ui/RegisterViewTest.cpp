// The register view, its background Excel export and its statistics, on a temporary SQLite
// database filled with demo cases (a file, since the export and the statistics read it through
// a second connection in a worker thread).
#include "UiTestSupport.h"

#include "MessageBox.h"
#include "accounts/Authorization.h"
#include "demo/DemoGenerator.h"
#include "ledger/LedgerColumns.h"
#include "ledger/LedgerExporter.h"
#include "ledger/LedgerWorkflow.h"
#include "register/BarChart.h"
#include "register/RegisterPageModel.h"
#include "register/RegisterStatisticsView.h"
#include "register/RegisterView.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

namespace exitdesk::test {
namespace {

constexpr qint64 kCases = 400;

class RegisterViewTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        m_location = m_dir.filePath(QStringLiteral("register.sqlite"));
        QString error;
        db = Database::open(m_location, &error);
        ASSERT_TRUE(db) << error.toStdString();
        const std::unique_ptr<Workflow> workflow = LedgerWorkflow::load(*db, &error);
        ASSERT_TRUE(workflow) << error.toStdString();
        DemoGenerator generator(*db, workflow->calendar());
        DemoOptions options;
        options.cases = kCases;
        options.seed = 42;
        options.today = clock.now().date();
        options.days = 400;
        ASSERT_TRUE(generator.generate(options, &error)) << error.toStdString();
        deadlines = std::make_unique<ui::Deadlines>(db.get(), clock);
        ASSERT_TRUE(deadlines->isLoaded()) << deadlines->error().toStdString();
    }

    qint64 sqlCount(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        EXPECT_TRUE(q.exec() && q.next()) << sql.toStdString();
        return q.value(0).toLongLong();
    }

    // The destination most cases go to, so a filter on it has several pages.
    QString commonCountry()
    {
        QSqlQuery q(db->connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT to_country FROM cases WHERE status <> 'draft' "
                                          "GROUP BY to_country ORDER BY COUNT(*) DESC LIMIT 1")));
        EXPECT_TRUE(q.next());
        return q.value(0).toString();
    }

    std::unique_ptr<ui::RegisterView> makeView()
    {
        auto view = std::make_unique<ui::RegisterView>(context(), Actor::setupActor(QStringLiteral("test")));
        view->setDatabaseLocation(m_location);
        return view;
    }

    // Runs the event loop until the export ends; counts the timer ticks seen meanwhile, which
    // prove the GUI thread stayed free.
    LedgerExportResult waitForExport(ui::RegisterView &view, int *progressSignals, int *ticks)
    {
        LedgerExportResult result;
        QEventLoop loop;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [ticks] { ++*ticks; });
        tick.start(1);
        const auto p = QObject::connect(&view, &ui::RegisterView::exportProgress,
                                        [progressSignals](qint64, qint64) { ++*progressSignals; });
        const auto f = QObject::connect(&view, &ui::RegisterView::exportFinished,
                                        [&](const LedgerExportResult &r) {
                                            result = r;
                                            loop.quit();
                                        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(p);
        QObject::disconnect(f);
        return result;
    }

    QTemporaryDir m_dir;
    QString m_location;
};

TEST_F(RegisterViewTest, ShowsTheFilteredRowCountPageByPage)
{
    const QString country = commonCountry();
    const qint64 expected = sqlCount(
        QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'draft' AND to_country = ?"), {country});
    ASSERT_GT(expected, 20);

    auto view = makeView();
    ui::RegisterPageModel *model = view->model();
    EXPECT_EQ(model->totalRows(), sqlCount(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'draft'")));

    model->setPageSize(20);
    LedgerFilter filter;
    filter.country = country;
    view->setFilter(filter);
    EXPECT_EQ(model->totalRows(), expected);
    EXPECT_TRUE(model->totalExact());
    EXPECT_EQ(model->rowCount(), 20);
    ASSERT_EQ(model->pageCount(), int((expected + 19) / 20));

    // Every line of every page is of that country, and the pages add up to the count.
    qint64 seen = 0;
    for (int page = 0; page < model->pageCount(); ++page) {
        QString error;
        ASSERT_TRUE(model->showPage(page, &error)) << error.toStdString();
        for (int r = 0; r < model->rowCount(); ++r)
            EXPECT_EQ(model->line(r).toCountry, country);
        seen += model->rowCount();
    }
    EXPECT_EQ(seen, expected);
    // Column № goes on across pages.
    EXPECT_EQ(model->index(model->rowCount() - 1, 0).data().toString(), QString::number(expected));
}

TEST_F(RegisterViewTest, FiltersByPeriodAndStage)
{
    const QDate from(2026, 3, 1);
    const QDate to(2026, 5, 31);
    const qint64 expected = sqlCount(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'draft' "
                                                    "AND submitted_at >= ? AND submitted_at < ?"),
                                     {QStringLiteral("2026-03-01"), QStringLiteral("2026-06-01")});
    ASSERT_GT(expected, 0);
    auto view = makeView();
    view->model()->setPageSize(1000);
    LedgerFilter filter;
    filter.from = from;
    filter.to = to;
    view->setFilter(filter);
    ASSERT_EQ(view->model()->rowCount(), expected);
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QDate d = view->model()->line(r).submittedOn;
        EXPECT_TRUE(d >= from && d <= to) << d.toString(Qt::ISODate).toStdString();
    }

    // Refused cases: the stage is derived from the events, so only the pages know it.
    filter = LedgerFilter();
    filter.stage = QStringLiteral("refused");
    view->setFilter(filter);
    ASSERT_GT(view->model()->rowCount(), 0);
    EXPECT_LT(view->model()->rowCount(), kCases);
    for (int r = 0; r < view->model()->rowCount(); ++r)
        EXPECT_EQ(view->model()->line(r).stage, QStringLiteral("refused"));
    EXPECT_TRUE(view->model()->totalExact()); // the single page reached the end
    EXPECT_EQ(view->model()->totalRows(), view->model()->rowCount());
}

TEST_F(RegisterViewTest, DatesAreDayMonthYearAndHeadersFollowTheLanguage)
{
    auto view = makeView();
    ui::RegisterPageModel *model = view->model();
    ASSERT_GT(model->rowCount(), 0);
    const QList<LedgerColumnInfo> &columns = LedgerColumns::all();
    const QRegularExpression dmy(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d{4}$"));
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).column != LedgerColumn::SubmittedOn && columns.at(c).column != LedgerColumn::BirthDate)
            continue;
        const QString text = model->index(0, c).data().toString();
        EXPECT_TRUE(dmy.match(text).hasMatch()) << text.toStdString();
    }
    for (int c = 0; c < columns.size(); ++c)
        EXPECT_EQ(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(),
                  columns.at(c).header(LedgerLanguage::Kazakh));
    language->setLanguage(QStringLiteral("ru"), false);
    QCoreApplication::processEvents();
    for (int c = 0; c < columns.size(); ++c)
        EXPECT_EQ(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(),
                  columns.at(c).header(LedgerLanguage::Russian));
}

TEST_F(RegisterViewTest, ExportsInTheBackgroundAndTheFileHasTheRows)
{
    const QString country = commonCountry();
    const qint64 expected = sqlCount(
        QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'draft' AND to_country = ?"), {country});
    auto view = makeView();
    view->show();
    LedgerFilter filter;
    filter.country = country;
    view->setFilter(filter);

    const QString path = m_dir.filePath(QStringLiteral("register.xlsx"));
    ASSERT_TRUE(view->startExport(path, LedgerLanguage::Both));
    EXPECT_TRUE(view->isExporting());
    // The progress and Cancel are in the register window itself, not a window of their own.
    EXPECT_TRUE(view->exportProgressBar()->isVisible());
    EXPECT_TRUE(view->cancelExportButton()->isVisible());
    EXPECT_EQ(view->exportProgressBar()->window(), view->window());
    int progress = 0;
    int ticks = 0;
    const LedgerExportResult result = waitForExport(*view, &progress, &ticks);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.rows, expected);
    EXPECT_GT(progress, 0);
    EXPECT_GT(ticks, 0);
    EXPECT_FALSE(view->exportProgressBar()->isVisible());
    EXPECT_FALSE(view->cancelExportButton()->isVisible());
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(LedgerExporter::partPath(path)));

    // Read back independently: the data rows of the register sheet.
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, openpyxl\n"
                                 "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                                 "print(sum(1 for r in ws.iter_rows(min_row=2, values_only=True) if any(r)))\n"),
                  path});
    ASSERT_TRUE(python.waitForFinished(60000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    EXPECT_EQ(QString::fromUtf8(python.readAllStandardOutput()).trimmed().toLongLong(), expected);
}

TEST_F(RegisterViewTest, CancelledExportLeavesNoFile)
{
    auto view = makeView();
    const QString path = m_dir.filePath(QStringLiteral("cancelled.xlsx"));
    ASSERT_TRUE(view->startExport(path, LedgerLanguage::Kazakh));
    view->cancelExportButton()->click(); // as the officer does
    int progress = 0;
    int ticks = 0;
    const LedgerExportResult result = waitForExport(*view, &progress, &ticks);
    EXPECT_TRUE(result.cancelled);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(LedgerExporter::partPath(path)));
    EXPECT_FALSE(view->isExporting());
}

TEST_F(RegisterViewTest, ExportErrorIsReported)
{
    auto view = makeView();
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/register.xlsx"));
    ui::MessageBox::setNextAnswer(ui::MessageBox::Ok);
    ASSERT_TRUE(view->startExport(path, LedgerLanguage::Russian));
    int progress = 0;
    int ticks = 0;
    const LedgerExportResult result = waitForExport(*view, &progress, &ticks);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.cancelled);
    EXPECT_FALSE(result.error.isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(RegisterViewTest, TheAdministratorDoesNotSeeTheCases)
{
    // The register's lines are personal data: the administrator's role has no access to cases.
    Actor admin;
    admin.login = QStringLiteral("admin");
    admin.fullName = QStringLiteral("Әкімші Ә.");
    admin.role = Role::Administrator;
    auto view = std::make_unique<ui::RegisterView>(context(), admin);
    EXPECT_EQ(view->model()->rowCount(), 0);
    EXPECT_FALSE(view->table()->isEnabled());
    const std::optional<Finding> expected = Authorization::check(*db, admin, Permission::CaseView);
    ASSERT_TRUE(expected.has_value());
    bool shown = false;
    for (const QLabel *label : view->findChildren<QLabel *>())
        shown = shown || label->text() == expected->messageEn || label->text() == expected->messageRu ||
                label->text() == expected->messageKk;
    EXPECT_TRUE(shown) << "the refusal is said in the window";

    // An officer sees them.
    Actor officer = admin;
    officer.login = QStringLiteral("bolat");
    officer.role = Role::Officer;
    auto allowed = std::make_unique<ui::RegisterView>(context(), officer);
    EXPECT_GT(allowed->model()->rowCount(), 0);
    EXPECT_TRUE(allowed->table()->isEnabled());
}

TEST_F(RegisterViewTest, StatisticsEqualSqlCounts)
{
    auto view = makeView();
    ui::RegisterStatisticsView *stats = view->showStatistics();
    ASSERT_NE(stats, nullptr);
    if (stats->isLoading()) {
        QEventLoop loop;
        QObject::connect(stats, &ui::RegisterStatisticsView::loaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    ASSERT_TRUE(stats->error().isEmpty()) << stats->error().toStdString();
    const LedgerTotals &totals = stats->totals();
    EXPECT_EQ(totals.total(), sqlCount(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status <> 'draft'")));

    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT to_country, COUNT(*) FROM cases WHERE status <> 'draft' GROUP BY to_country")));
    int countries = 0;
    while (q.next()) {
        ++countries;
        EXPECT_EQ(totals.byCountry().value(q.value(0).toString()), q.value(1).toLongLong())
            << q.value(0).toString().toStdString();
    }
    EXPECT_EQ(totals.byCountry().size(), countries);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT substr(submitted_at, 1, 7), COUNT(*) FROM cases "
                                      "WHERE status <> 'draft' GROUP BY 1")));
    const QMap<QDate, qint64> months = totals.byMonth();
    while (q.next()) {
        const QDate month = QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        EXPECT_EQ(months.value(month), q.value(1).toLongLong()) << q.value(0).toString().toStdString();
    }
    qint64 byStage = 0;
    for (qint64 n : totals.byStage())
        byStage += n;
    EXPECT_EQ(byStage, totals.total());

    // The charts show what the totals say.
    const QList<ui::BarChart *> charts = stats->findChildren<ui::BarChart *>();
    ASSERT_EQ(charts.size(), 3);
    qint64 charted = 0;
    for (const auto &bar : charts.at(0)->bars())
        charted += bar.second;
    EXPECT_EQ(charted, totals.total());

    // For looking at it: EXITDESK_SCREENSHOTS=/dir saves both windows.
    const QString shots = qEnvironmentVariable("EXITDESK_SCREENSHOTS");
    if (!shots.isEmpty()) {
        view->resize(1400, 700);
        view->show();
        stats->resize(1100, 800);
        QCoreApplication::processEvents();
        EXPECT_TRUE(view->grab().save(shots + QStringLiteral("/register-view.png")));
        EXPECT_TRUE(stats->grab().save(shots + QStringLiteral("/register-statistics.png")));
    }
}

} // namespace
} // namespace exitdesk::test
