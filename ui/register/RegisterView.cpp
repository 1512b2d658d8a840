#include "register/RegisterView.h"

#include "Clock.h"
#include "accounts/AccountsUiSupport.h"
#include "accounts/Authorization.h"
#include "Language.h"
#include "MessageBox.h"
#include "register/RegisterExportDialog.h"
#include "register/RegisterExportTask.h"
#include "register/RegisterFilterBar.h"
#include "register/RegisterPageModel.h"
#include "register/RegisterStatisticsView.h"
#include "session/Deadlines.h"
#include "storage/Database.h"

#include <QDir>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QFileInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace exitdesk::ui {

namespace {

LedgerLanguage uiLedgerLanguage()
{
    return Language::current() == QLatin1String("ru") ? LedgerLanguage::Russian : LedgerLanguage::Kazakh;
}

} // namespace

RegisterView::RegisterView(AppContext context, QWidget *parent)
    : RegisterView(context, context.actor ? *context.actor : Actor(), parent)
{
}

RegisterView::RegisterView(AppContext context, Actor actor, QWidget *parent)
    : QWidget(parent), m_context(context), m_actor(std::move(actor)),
      m_location(context.database ? context.database->displayLocation() : QString()),
      m_filterBar(new RegisterFilterBar(context.database, this)),
      m_model(new RegisterPageModel(context.database, context.deadlines ? context.deadlines->workflow() : nullptr,
                                    this)),
      m_table(new QTableView(this)), m_first(new QPushButton(this)), m_previous(new QPushButton(this)),
      m_pageLabel(new QLabel(this)), m_next(new QPushButton(this)), m_last(new QPushButton(this)),
      m_export(new QPushButton(this)), m_statistics(new QPushButton(this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(this))
{
    m_model->setAsOf(context.clock ? context.clock->now().date() : QDate());
    m_model->setLanguage(uiLedgerLanguage());
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide(); // column № numbers the lines
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    // Fixed widths: resizing to contents would measure every cell of the page on each page turn.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    connect(m_filterBar, &RegisterFilterBar::applied, this, &RegisterView::applyFilter);
    connect(m_first, &QPushButton::clicked, this, [this] { goToPage(0); });
    connect(m_previous, &QPushButton::clicked, this, [this] { goToPage(m_model->page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { goToPage(m_model->page() + 1); });
    connect(m_last, &QPushButton::clicked, this, [this] { goToPage(m_model->pageCount() - 1); });
    connect(m_export, &QPushButton::clicked, this, &RegisterView::exportClicked);
    connect(m_statistics, &QPushButton::clicked, this, [this] { showStatistics(); });
    connect(m_model, &RegisterPageModel::pageChanged, this, &RegisterView::updatePager);
    // A window of its own: Esc closes it as it closes the case card (no mouse needed).
    // While an export runs, Esc cancels it instead.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this] {
        if (isExporting())
            cancelExport();
        else
            close();
    });
    m_progress->setMinimumWidth(200);
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &RegisterView::cancelExport);
    fitColumnsToHeaders();
    if (context.language)
        connect(context.language, &Language::changed, this, [this] {
            m_model->setLanguage(uiLedgerLanguage());
            fitColumnsToHeaders();
        });

    auto *pager = new QHBoxLayout;
    pager->addWidget(m_first);
    pager->addWidget(m_previous);
    pager->addWidget(m_pageLabel);
    pager->addWidget(m_next);
    pager->addWidget(m_last);
    pager->addStretch(1);
    pager->addWidget(m_status);
    pager->addWidget(m_progress);
    pager->addWidget(m_cancel);
    pager->addWidget(m_statistics);
    pager->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(pager);

    retranslate();
    reload();
    // Opened from the menu as its own window: room for a page of lines and the wide columns.
    resize(1360, 800);
}

void RegisterView::fitColumnsToHeaders()
{
    // Only the headers are measured (cheap, unlike the cells): the Kazakh headers such as
    // "Жеке куәліктің №" were cut at the default width.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString text = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const int wanted = metrics.horizontalAdvance(text) + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin) + 12;
        m_table->setColumnWidth(column, std::max(header->defaultSectionSize(), wanted));
    }
}

RegisterView::~RegisterView()
{
    if (m_task)
        m_task->cancel();
}

void RegisterView::setDatabaseLocation(const QString &location)
{
    m_location = location;
    if (m_statisticsView)
        m_statisticsView->setDatabaseLocation(location);
}

void RegisterView::setFilter(const LedgerFilter &filter)
{
    m_filterBar->setFilter(filter);
    applyFilter();
}

void RegisterView::reload()
{
    // The register's lines are the cases' personal data: only for a role that may see cases
    // (not the administrator). The refusal is core's, in the user's language.
    if (m_context.database) {
        if (const std::optional<Finding> denied =
                Authorization::check(*m_context.database, m_actor, Permission::CaseView)) {
            m_filterBar->setEnabled(false);
            m_export->setEnabled(false);
            m_table->setEnabled(false);
            m_status->setText(denied->message(accounts::uiLang()));
            return;
        }
    }
    m_filterBar->reloadChoices();
    applyFilter();
}

void RegisterView::applyFilter()
{
    QString error;
    if (!m_model->setFilter(m_filterBar->filter(), &error))
        showError(error);
    updatePager();
}

void RegisterView::goToPage(int page)
{
    QString error;
    if (!m_model->showPage(page, &error))
        showError(error);
}

void RegisterView::updatePager()
{
    const int page = m_model->page();
    const int pages = m_model->pageCount();
    const QString total = m_model->totalExact() ? QString::number(m_model->totalRows())
                                                : tr("at most %1").arg(m_model->totalRows());
    m_pageLabel->setText(tr("Page %1 of %2 (cases: %3)").arg(page + 1).arg(pages).arg(total));
    m_first->setEnabled(page > 0);
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < pages);
    m_last->setEnabled(page + 1 < pages);
}

void RegisterView::showError(const QString &error)
{
    m_status->setText(tr("The register could not be read: %1").arg(error));
}

void RegisterView::exportClicked()
{
    RegisterExportDialog dialog(this);
    dialog.setPath(QDir::home().filePath(QStringLiteral("register.xlsx")));
    dialog.setLanguage(uiLedgerLanguage());
    if (dialog.exec() != QDialog::Accepted)
        return;
    startExport(dialog.path(), dialog.language());
}

bool RegisterView::startExport(const QString &path, LedgerLanguage language)
{
    if (isExporting() || !m_context.clock)
        return false;
    if (!m_task) {
        m_task = new RegisterExportTask(m_location, m_actor, *m_context.clock, this);
        connect(m_task, &RegisterExportTask::progress, this, &RegisterView::onExportProgress);
        connect(m_task, &RegisterExportTask::finished, this, &RegisterView::onExportFinished);
    }
    LedgerExportRequest request;
    request.filter = m_model->filter();
    request.asOf = m_context.clock->now().date();
    request.language = language;
    request.path = path;
    m_exportPath = path;

    m_progress->setRange(0, 0); // busy until the first count arrives
    m_progress->setValue(0);
    m_progress->resetFormat();
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_export->setEnabled(false);
    // The file's name only: beside the progress bar a whole path would crowd the row.
    m_status->setText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_status->setToolTip(QDir::toNativeSeparators(path));
    return m_task->start(request);
}

void RegisterView::cancelExport()
{
    if (m_task && m_task->isRunning()) {
        m_task->cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    }
}

bool RegisterView::isExporting() const
{
    return m_task && m_task->isRunning();
}

void RegisterView::onExportProgress(qint64 done, qint64 total)
{
    if (total > 0) {
        // QProgressBar counts in int; a per-mille scale keeps a million lines in range.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
        m_progress->setFormat(tr("%1 of %2 lines").arg(done).arg(total));
    }
    emit exportProgress(done, total);
}

void RegisterView::onExportFinished(const LedgerExportResult &result)
{
    m_progress->hide();
    m_cancel->hide();
    m_export->setEnabled(true);
    if (result.cancelled) {
        m_status->setText(tr("Export cancelled; no file was written."));
    } else if (!result.ok) {
        m_status->setText(tr("Export failed."));
        MessageBox::warning(this, tr("Export the register to Excel"),
                            tr("The register could not be exported to %1:\n%2")
                                .arg(QDir::toNativeSeparators(m_exportPath), result.error));
    } else {
        m_status->setText(tr("Exported %1 lines to %2.").arg(result.rows).arg(QDir::toNativeSeparators(m_exportPath)));
    }
    emit exportFinished(result);
}

RegisterStatisticsView *RegisterView::showStatistics()
{
    if (!m_statisticsView) {
        m_statisticsView = new RegisterStatisticsView(m_context, this);
        m_statisticsView->setWindowFlag(Qt::Window);
        m_statisticsView->setAttribute(Qt::WA_DeleteOnClose);
        m_statisticsView->setDatabaseLocation(m_location);
        m_statisticsView->resize(1000, 720);
    }
    m_statisticsView->setFilter(m_model->filter());
    m_statisticsView->show();
    m_statisticsView->raise();
    return m_statisticsView;
}

void RegisterView::retranslate()
{
    setWindowTitle(tr("Register of exit cases"));
    m_first->setText(tr("First"));
    m_previous->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    m_last->setText(tr("Last"));
    m_export->setText(tr("Export to Excel…"));
    m_statistics->setText(tr("Statistics…"));
    m_cancel->setText(tr("Cancel"));
    m_model->setLanguage(uiLedgerLanguage());
    updatePager();
}

void RegisterView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace exitdesk::ui
