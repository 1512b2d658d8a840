// The list of every finding of the questionnaire: errors first, then warnings with a check box
// to confirm each one explicitly. Activating a line (Enter, double click) jumps to its field.
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace exitdesk::ui {

class CaseEditSession;

class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(CaseEditSession *session, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

public slots:
    void refresh();

signals:
    void jumpTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void itemChanged(QTreeWidgetItem *item);
    void updateSummary();

    CaseEditSession *m_session;
    QLabel *m_summary;
    QTreeWidget *m_list;
    bool m_filling = false;
    bool m_confirming = false;
};

} // namespace exitdesk::ui
