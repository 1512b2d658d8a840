// The timeline of the case card: one row per recorded step in the workflow's order — the
// date (dd.MM.yyyy), the step's name in the UI language, the executor and its details. A
// step the workflow no longer accepts (e.g. after a calendar change) is marked.
#pragma once

#include "workflow/CaseEvent.h"

#include <QTableWidget>

namespace exitdesk::ui {

class TimelineTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit TimelineTable(QWidget *parent = nullptr);

    // events in replay order; failed: index of the refused one, or -1.
    void setEvents(const QList<CaseEvent> &events, int failed, const QString &lang);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // Date, step and executor as wide as their text, the step and the executor wrapped on
    // whole words when the table is too narrow for them and the details.
    void fitColumns();
    int longestWord(int column) const;

    void retranslate();
};

} // namespace exitdesk::ui
