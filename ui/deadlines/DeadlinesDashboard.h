// The deadlines dashboard: the accepted cases that are not finished, grouped by their current
// stage, with the stage's due date, the working days left (negative: late), the service due
// date and, when the calendar changed after the receipt was printed, the date on the receipt.
// Overdue rows are red, rows due within one working day amber; a column header click sorts
// the cases inside each stage. Enter or a double click on a case asks to open it.
// The rows are loaded a slice at a time between events (DeadlinesLoader), so the window stays
// responsive with 100 000 cases.
#pragma once

#include "AppContext.h"
#include "deadlines/DeadlineRow.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

namespace exitdesk::ui {

class DeadlinesLoader;
class DeadlinesModel;
class DeadlinesSortProxy;

class DeadlinesDashboard : public QWidget
{
    Q_OBJECT
public:
    // context.database and context.clock are required; the calendar and office hours come from
    // context.deadlines when set (else from the database).
    explicit DeadlinesDashboard(AppContext context, QWidget *parent = nullptr);
    ~DeadlinesDashboard() override;

    DeadlinesModel *model() const { return m_model; }
    DeadlinesSortProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
    bool isLoading() const { return m_loader != nullptr; }
    // Milliseconds of work per slice between events (default 40).
    void setSliceBudget(int ms) { m_sliceMs = ms; }

public slots:
    // Reads the cases again (with the calendar as stored now); runs in slices.
    void reload();
    // Loads everything before returning (tests, and a small database).
    void reloadNow();

signals:
    void openCaseRequested(qint64 caseId);
    void loaded(int cases);

protected:
    void changeEvent(QEvent *event) override;

private:
    void start();
    void loadSlice();
    void finish();
    void activate(const QModelIndex &proxyIndex);
    void retranslate();
    void updateSummary();
    void spanGroups(const QModelIndex &parent, int first, int last);

    AppContext m_context;
    DeadlinesModel *m_model;
    DeadlinesSortProxy *m_proxy;
    QTreeView *m_view;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_legend;
    QCheckBox *m_urgentOnly;
    QPushButton *m_refresh;
    QTimer *m_slices;
    std::unique_ptr<DeadlinesLoader> m_loader;
    QList<DeadlineRow> m_pending; // read, not yet shown (see loadSlice)
    QDate m_on;
    QString m_error;
    int m_sliceMs = 40;
    int m_casesLoaded = 0;
};

} // namespace exitdesk::ui
