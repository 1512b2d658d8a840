// One table of the questionnaire (children, relatives, work history) bound to a list of the
// editing session: a row per entry, a column per field, Add / Remove buttons, and the
// findings of each cell shown by its colour and tooltip.
#pragma once

#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace exitdesk::ui {

class CaseEditSession;

class RowTableEditor : public QWidget
{
    Q_OBJECT
public:
    RowTableEditor(CaseEditSession *session, const QString &list, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QString &list() const { return m_list; }
    // Selects the cell of a path such as "children[1].iin" (or the row of "children[1]").
    bool focusPath(const QString &path);
    // An accepted case: the rows are shown, not changed (no editing, no ticking, no add/remove).
    void setReadOnly(bool readOnly);

public slots:
    void refreshRows();
    void refreshFindings();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Every column at least as wide as its header (two lines: Kazakh over Russian); the table
    // scrolls sideways when they do not all fit, the page does not.
    void fitColumnsToHeaders();
    void cellChanged(QTableWidgetItem *item);
    QString path(int row, int column) const;

    CaseEditSession *m_session;
    QString m_list;
    QStringList m_fields;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_filling = false;
    bool m_readOnly = false;
};

} // namespace exitdesk::ui
