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
    // Puts the cursor on the row of a document finding's path ("documents.identity",
    // "children[1].documents.identity"); false when no row has it.
    bool focusPath(const QString &path);
    // An accepted case: the checklist is shown, nothing can be ticked or typed.
    void setReadOnly(bool readOnly);

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    // Space anywhere on a row ticks or unticks "presented".
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void itemChanged(QTableWidgetItem *item);
    QTableWidgetItem *cell(int row, int column);
    void retranslate();

    CaseEditSession *m_session;
    QLabel *m_intro;
    QLabel *m_summary;
    QTableWidget *m_table;
    bool m_filling = false;
    bool m_readOnly = false;
};

} // namespace exitdesk::ui
