// The register of exit cases (SPEC.md §7) in the desktop program: the ledger book's columns and
// today's additions, filtered by period, stage, office, country and executor, shown a page at a
// time (RegisterPageModel), with headers in the language of the screens. From here the register
// is exported to Excel in the background (progress bar, Cancel) and its statistics are opened.
#pragma once

#include "AppContext.h"
#include "accounts/Actor.h"
#include "ledger/LedgerExportJob.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace exitdesk::ui {

class RegisterExportTask;
class RegisterFilterBar;
class RegisterPageModel;
class RegisterStatisticsView;

class RegisterView : public QWidget
{
    Q_OBJECT
public:
    // The export is done as context.actor (it must be set: the export is audited and needs the
    // ledger-export permission).
    explicit RegisterView(AppContext context, QWidget *parent = nullptr);
    RegisterView(AppContext context, Actor actor, QWidget *parent = nullptr);
    ~RegisterView() override;

    // What the export and statistics workers open (default: the database's display location,
    // which has no password: pass the full location when the server needs one).
    void setDatabaseLocation(const QString &location);

    // Applies a filter as if chosen in the filter bar.
    void setFilter(const LedgerFilter &filter);
    void reload();

    // Starts the background export of the filtered register (what Export… does after its dialog).
    bool startExport(const QString &path, LedgerLanguage language);
    void cancelExport();
    bool isExporting() const;
    // Opens (or raises) the statistics window for the current filter.
    RegisterStatisticsView *showStatistics();

    RegisterPageModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The export's progress and its Cancel button, in the window's bottom row while it runs (not
    // a dialog of their own, which a window manager could stack under the register).
    QProgressBar *exportProgressBar() const { return m_progress; }
    QPushButton *cancelExportButton() const { return m_cancel; }

signals:
    void exportProgress(qint64 done, qint64 total);
    void exportFinished(const exitdesk::LedgerExportResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void goToPage(int page);
    void updatePager();
    void fitColumnsToHeaders();
    void exportClicked();
    void onExportProgress(qint64 done, qint64 total);
    void onExportFinished(const LedgerExportResult &result);
    void retranslate();
    void showError(const QString &error);

    AppContext m_context;
    Actor m_actor;
    QString m_location;
    RegisterFilterBar *m_filterBar;
    RegisterPageModel *m_model;
    QTableView *m_table;
    QPushButton *m_first;
    QPushButton *m_previous;
    QLabel *m_pageLabel;
    QPushButton *m_next;
    QPushButton *m_last;
    QPushButton *m_export;
    QPushButton *m_statistics;
    QLabel *m_status;
    RegisterExportTask *m_task = nullptr;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QString m_exportPath;
    QPointer<RegisterStatisticsView> m_statisticsView;
};

} // namespace exitdesk::ui
