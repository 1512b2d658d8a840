// The register's totals as the Excel export's second sheet gives them — cases by stage, by
// destination country and by month of submission — drawn as bar charts, with the numbers in a
// table. Counted in a worker thread on a second connection to the same database (like the
// export), so opening it on a large register does not freeze the window.
#pragma once

#include "AppContext.h"
#include "ledger/LedgerFilter.h"
#include "ledger/LedgerTotals.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace exitdesk {
class Workflow;
}

namespace exitdesk::ui {

class BarChart;

class RegisterStatisticsView : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterStatisticsView(AppContext context, QWidget *parent = nullptr);
    ~RegisterStatisticsView() override;

    // The location the worker opens (default: the context database's display location).
    void setDatabaseLocation(const QString &location) { m_location = location; }
    // Counts the register for the filter again; loaded() follows.
    void setFilter(const LedgerFilter &filter);
    void refresh();
    bool isLoading() const { return m_watcher.isRunning(); }

    const LedgerTotals &totals() const { return m_totals; }
    QString error() const { return m_error; }

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        LedgerTotals totals;
        QString error;
    };
    static Outcome count(Database &db, const Workflow &workflow, const LedgerFilter &filter, const QDate &asOf);
    void present(const Outcome &outcome);
    void fill();
    void retranslate();

    AppContext m_context;
    QString m_location;
    LedgerFilter m_filter;
    LedgerTotals m_totals;
    QString m_error;
    QFutureWatcher<Outcome> m_watcher;
    QLabel *m_summary;
    BarChart *m_stageChart;
    BarChart *m_countryChart;
    BarChart *m_monthChart;
    QTableWidget *m_table;
};

} // namespace exitdesk::ui
