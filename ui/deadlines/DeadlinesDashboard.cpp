#include "deadlines/DeadlinesDashboard.h"

#include "Clock.h"
#include "deadlines/DeadlinesLoader.h"
#include "deadlines/DeadlinesModel.h"
#include "deadlines/DeadlinesSortProxy.h"
#include "session/Deadlines.h"
#include "workflow/WorkflowFactory.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace exitdesk::ui {

DeadlinesDashboard::DeadlinesDashboard(AppContext context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new DeadlinesModel(this)), m_proxy(new DeadlinesSortProxy(this)),
      m_view(new QTreeView(this)), m_title(new QLabel(this)), m_summary(new QLabel(this)), m_legend(new QLabel(this)),
      m_urgentOnly(new QCheckBox(this)), m_refresh(new QPushButton(this)), m_slices(new QTimer(this))
{
    setObjectName(QStringLiteral("deadlinesDashboard"));
    m_proxy->setSourceModel(m_model);

    m_view->setObjectName(QStringLiteral("deadlinesView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true); // 100 000 rows: no per-row size queries
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DeadlinesModel::DaysLeftColumn, Qt::AscendingOrder); // the latest first
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DeadlinesModel::StageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(DeadlinesModel::NumberColumn, 150); // the number after the tree's indentation
    m_view->setColumnWidth(DeadlinesModel::ApplicantColumn, 260);
    // Wide enough for the Kazakh and Russian headers, which are longer than the dates.
    m_view->setColumnWidth(DeadlinesModel::StageDueColumn, 125);
    m_view->setColumnWidth(DeadlinesModel::DaysLeftColumn, 170);
    m_view->setColumnWidth(DeadlinesModel::ServiceDueColumn, 135);
    m_view->setColumnWidth(DeadlinesModel::PrintedDueColumn, 120);
    connect(m_view, &QTreeView::activated, this, &DeadlinesDashboard::activate);
    // Stage rows span the whole width and start expanded.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DeadlinesDashboard::spanGroups);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("deadlinesSummary"));
    m_legend->setTextFormat(Qt::RichText);
    m_urgentOnly->setObjectName(QStringLiteral("urgentOnly"));
    connect(m_urgentOnly, &QCheckBox::toggled, m_proxy, &DeadlinesSortProxy::setUrgentOnly);
    m_refresh->setObjectName(QStringLiteral("refreshDeadlines"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QPushButton::clicked, this, &DeadlinesDashboard::reload);

    // A window of its own: Esc closes it as it closes the case card (no mouse needed).
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    m_slices->setInterval(0);
    connect(m_slices, &QTimer::timeout, this, &DeadlinesDashboard::loadSlice);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_urgentOnly);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);

    retranslate();
    reload();
}

DeadlinesDashboard::~DeadlinesDashboard() = default;

void DeadlinesDashboard::start()
{
    m_slices->stop();
    m_loader.reset();
    m_pending.clear();
    m_error.clear();
    m_casesLoaded = 0;
    m_model->clear();
    m_on = m_context.clock->today();

    // A copy of the workflow: the calendar editor may reload the shared one during the load.
    std::shared_ptr<const Workflow> workflow;
    if (m_context.deadlines && m_context.deadlines->workflow()) {
        workflow = std::make_shared<const Workflow>(*m_context.deadlines->workflow());
    } else if (m_context.database) {
        std::unique_ptr<Workflow> w = WorkflowFactory::fromDatabase(*m_context.database, &m_error);
        if (w)
            workflow = std::shared_ptr<const Workflow>(std::move(w));
    }
    if (!workflow || !m_context.database) {
        if (m_error.isEmpty())
            m_error = tr("No database is open.");
        updateSummary();
        return;
    }
    m_model->setWorkflow(workflow);
    m_loader = std::make_unique<DeadlinesLoader>(*m_context.database, workflow, m_on);
    if (!m_loader->start()) {
        m_error = m_loader->error();
        m_loader.reset();
    }
    updateSummary();
}

void DeadlinesDashboard::reload()
{
    start();
    if (m_loader)
        m_slices->start();
}

void DeadlinesDashboard::reloadNow()
{
    start();
    while (m_loader)
        loadSlice();
}

void DeadlinesDashboard::loadSlice()
{
    if (!m_loader) {
        m_slices->stop();
        return;
    }
    const bool done = m_loader->step(m_sliceMs, &m_pending);
    m_casesLoaded = m_loader->casesRead();
    // Every insertion makes the tree view lay out all its rows again, so rows are shown in
    // batches that grow with the list (the first ones at once): a few dozen insertions for
    // 100 000 cases instead of one per slice.
    if (done || m_pending.size() >= qMax(200, m_model->rowTotal() / 2)) {
        m_model->append(m_pending);
        m_pending.clear();
    }
    if (done)
        finish();
    else
        updateSummary();
}

void DeadlinesDashboard::finish()
{
    m_slices->stop();
    if (!m_loader->error().isEmpty())
        m_error = m_loader->error();
    m_loader.reset();
    updateSummary();
    emit loaded(m_casesLoaded);
}

void DeadlinesDashboard::spanGroups(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row) {
        m_view->setFirstColumnSpanned(row, QModelIndex(), true);
        m_view->expand(m_proxy->index(row, 0));
    }
}

void DeadlinesDashboard::activate(const QModelIndex &proxyIndex)
{
    const qint64 id = proxyIndex.data(DeadlinesModel::CaseIdRole).toLongLong();
    if (id != 0)
        emit openCaseRequested(id);
}

void DeadlinesDashboard::updateSummary()
{
    m_title->setText(tr("Deadlines on %1").arg(m_on.toString(QStringLiteral("dd.MM.yyyy"))));
    QString text;
    if (!m_error.isEmpty()) {
        text = tr("The deadlines cannot be read: %1").arg(m_error);
    } else {
        text = tr("Open deadlines: %1; overdue: %2; due within one working day: %3.")
                   .arg(m_model->rowTotal())
                   .arg(m_model->overdueCount())
                   .arg(m_model->atRiskCount());
        if (m_loader)
            text += QLatin1Char(' ') + tr("Loading… cases read: %1.").arg(m_casesLoaded);
    }
    m_summary->setText(text);
}

void DeadlinesDashboard::retranslate()
{
    setWindowTitle(tr("Deadlines"));
    m_urgentOnly->setText(tr("&Only overdue and at risk"));
    m_refresh->setText(tr("&Refresh"));
    m_legend->setText(QStringLiteral("<span style=\"background:#f8d7da;color:#b00020\">&nbsp;%1&nbsp;</span>"
                                     "&nbsp;&nbsp;<span style=\"background:#ffe69c;color:#664d03\">&nbsp;%2&nbsp;</span>"
                                     "&nbsp;&nbsp;⚠ %3")
                          .arg(tr("overdue").toHtmlEscaped(), tr("due within one working day").toHtmlEscaped(),
                               tr("the calendar of the year is incomplete, or the date on the receipt differs")
                                   .toHtmlEscaped()));
    m_view->setAccessibleName(tr("Cases by stage; Enter opens the case"));
    m_model->retranslate();
    updateSummary();
}

void DeadlinesDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace exitdesk::ui
