#include "register/RegisterStatisticsView.h"

#include "Clock.h"
#include "Language.h"
#include "ledger/LedgerQuery.h"
#include "ledger/LedgerWords.h"
#include "ledger/LedgerWorkflow.h"
#include "register/BarChart.h"
#include "session/Deadlines.h"
#include "storage/Database.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace exitdesk::ui {

namespace {

LedgerLanguage uiLedgerLanguage()
{
    return Language::current() == QLatin1String("ru") ? LedgerLanguage::Russian : LedgerLanguage::Kazakh;
}

} // namespace

RegisterStatisticsView::RegisterStatisticsView(AppContext context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_location(context.database ? context.database->displayLocation() : QString()),
      m_summary(new QLabel(this)), m_stageChart(new BarChart(this)), m_countryChart(new BarChart(this)),
      m_monthChart(new BarChart(this)), m_table(new QTableWidget(this))
{
    m_table->setColumnCount(3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setMinimumWidth(320);

    auto *charts = new QVBoxLayout;
    charts->addWidget(m_stageChart);
    charts->addWidget(m_countryChart);
    charts->addWidget(m_monthChart);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->addLayout(charts, 1, 0);
    grid->addWidget(m_table, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 1);

    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] { present(m_watcher.result()); });
    retranslate();
}

RegisterStatisticsView::~RegisterStatisticsView()
{
    m_watcher.waitForFinished();
}

void RegisterStatisticsView::setFilter(const LedgerFilter &filter)
{
    m_filter = filter;
    refresh();
}

RegisterStatisticsView::Outcome RegisterStatisticsView::count(Database &db, const Workflow &workflow,
                                                              const LedgerFilter &filter, const QDate &asOf)
{
    Outcome outcome;
    LedgerQuery query(db, workflow, filter, asOf);
    if (!query.start(&outcome.error))
        return outcome;
    LedgerRow row;
    while (query.next(&row))
        outcome.totals.add(row);
    outcome.error = query.error();
    return outcome;
}

void RegisterStatisticsView::refresh()
{
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
    const QDate asOf = m_context.clock ? m_context.clock->now().date() : QDate();
    m_summary->setText(tr("Counting…"));
    if (m_location.isEmpty() || m_location == QLatin1String(":memory:")) {
        // No second connection to an in-memory database: count here.
        Outcome outcome;
        const Workflow *workflow = m_context.deadlines ? m_context.deadlines->workflow() : nullptr;
        if (!m_context.database || !workflow)
            outcome.error = tr("The database or its calendar is not available.");
        else
            outcome = count(*m_context.database, *workflow, m_filter, asOf);
        present(outcome);
        return;
    }
    const QString location = m_location;
    const LedgerFilter filter = m_filter;
    m_watcher.setFuture(QtConcurrent::run([location, filter, asOf]() {
        Outcome outcome;
        std::unique_ptr<Database> db = Database::open(location, &outcome.error);
        if (!db)
            return outcome;
        const std::unique_ptr<Workflow> workflow = LedgerWorkflow::load(*db, &outcome.error);
        if (!workflow)
            return outcome;
        return count(*db, *workflow, filter, asOf);
    }));
}

void RegisterStatisticsView::present(const Outcome &outcome)
{
    m_totals = outcome.totals;
    m_error = outcome.error;
    fill();
    emit loaded();
}

void RegisterStatisticsView::fill()
{
    const LedgerLanguage lang = uiLedgerLanguage();
    if (!m_error.isEmpty())
        m_summary->setText(tr("The totals could not be counted: %1").arg(m_error));
    else
        m_summary->setText(tr("Cases: %1, of them overdue: %2").arg(m_totals.total()).arg(m_totals.overdue()));

    QList<QPair<QString, qint64>> stages, countries, months;
    for (auto it = m_totals.byStage().cbegin(); it != m_totals.byStage().cend(); ++it)
        stages << qMakePair(LedgerWords::stage(it.key(), lang), it.value());
    for (auto it = m_totals.byCountry().cbegin(); it != m_totals.byCountry().cend(); ++it)
        countries << qMakePair(LedgerWords::country(it.key(), lang), it.value());
    // The most frequent destinations first: the chart's left end is what matters.
    std::stable_sort(countries.begin(), countries.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    const QMap<QDate, qint64> byMonth = m_totals.byMonth();
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it)
        months << qMakePair(it.key().toString(QStringLiteral("MM.yyyy")), it.value());
    m_stageChart->setBars(stages);
    m_countryChart->setBars(countries);
    m_monthChart->setBars(months);

    m_table->setRowCount(0);
    const auto addRows = [this](const QString &group, const QList<QPair<QString, qint64>> &rows) {
        for (const auto &r : rows) {
            const int at = m_table->rowCount();
            m_table->insertRow(at);
            m_table->setItem(at, 0, new QTableWidgetItem(group));
            m_table->setItem(at, 1, new QTableWidgetItem(r.first));
            auto *n = new QTableWidgetItem(QString::number(r.second));
            n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(at, 2, n);
        }
    };
    addRows(tr("Stage"), stages);
    addRows(tr("Country"), countries);
    addRows(tr("Month"), months);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
}

void RegisterStatisticsView::retranslate()
{
    setWindowTitle(tr("Register statistics"));
    m_stageChart->setTitle(tr("Cases by stage"));
    m_countryChart->setTitle(tr("Cases by destination country"));
    m_monthChart->setTitle(tr("Cases by month of submission"));
    m_table->setHorizontalHeaderLabels({tr("Group"), tr("Item"), tr("Cases")});
    if (!m_watcher.isRunning())
        fill();
}

void RegisterStatisticsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace exitdesk::ui
