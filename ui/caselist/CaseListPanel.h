// The case list with its search field: typing filters the list after a short pause (so that
// a fast typist does not start a query per key), Enter or a double click opens the case.
#pragma once

#include <QWidget>

class QLineEdit;
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
    // Milliseconds between the last key and the query.
    static constexpr int searchDelayMs = 250;

public slots:
    void reload();
    void focusSearch();

signals:
    void caseActivated(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applySearch();
    void retranslate();

    CaseListModel *m_model;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QTableView *m_view;
    QTimer *m_debounce;
};

} // namespace exitdesk::ui
