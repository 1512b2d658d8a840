// The case list with its search field and filter bar: typing filters the list after a short
// pause (so that a fast typist does not start a query per key), Enter or a double click opens
// the case. The filter bar narrows the list by status or workflow stage, to late cases only,
// and by the day of submission (dd.MM.yyyy; the lowest date, shown as "—", means no bound).
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QLabel;

namespace exitdesk::ui {

class CaseListModel;
class CaseListSource;

class CaseListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseListPanel(CaseListSource *source, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    QComboBox *stageFilter() const { return m_stage; }
    QCheckBox *overdueFilter() const { return m_overdue; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *toFilter() const { return m_to; }
    // The date edits show "—" (no bound) at this date.
    static QDate noDate() { return QDate(2000, 1, 1); }
    // Milliseconds between the last key and the query.
    static constexpr int searchDelayMs = 250;

public slots:
    void reload();
    void focusSearch();
    // Back to every case: all stages, not only late ones, no date bounds (the search stays).
    void clearFilters();

signals:
    void caseActivated(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applySearch();
    void retranslate();
    void fillStages();
    QDateEdit *makeDateEdit(const QString &objectName);

    CaseListModel *m_model;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_stageLabel;
    QComboBox *m_stage;
    QCheckBox *m_overdue;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QPushButton *m_clear;
    QTableView *m_view;
    QTimer *m_debounce;
};

} // namespace exitdesk::ui
