// The document checklist at intake: the documents the case requires (derived from the case,
// never typed), each ticked as presented, with its expiry date where it has one, and whether
// it is missing or expired on the day of submission.
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace exitdesk::ui {

class CaseEditSession;

class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, PresentedColumn, ExpiryColumn, StatusColumn, ColumnCount };

    explicit ChecklistPanel(CaseEditSession *session, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void itemChanged(QTableWidgetItem *item);
    QTableWidgetItem *cell(int row, int column);
    void retranslate();

    CaseEditSession *m_session;
    QLabel *m_intro;
    QLabel *m_summary;
    QTableWidget *m_table;
    bool m_filling = false;
};

} // namespace exitdesk::ui
