// The grounds for refusal (SPEC.md §5, forms' GroundCatalogue) as a table to pick from: a
// tick per ground (Space toggles it), the ground's text in the UI language, and its «until»
// text in Kazakh and Russian, prefilled from the catalogue and editable (F2) for this case.
#pragma once

#include "FormData.h"

#include <QTableWidget>

namespace exitdesk::ui {

class GroundsTable : public QTableWidget
{
    Q_OBJECT
public:
    // lang: "kk" or "ru", the language the grounds' texts are shown in.
    explicit GroundsTable(const QString &lang, QWidget *parent = nullptr);

    // The ticked grounds with their «until» texts as edited.
    QList<forms::RefusalGround> grounds() const;
    // Ticks exactly these grounds, with their «until» texts when given.
    void setGrounds(const QList<forms::RefusalGround> &grounds);
    void setChecked(int number, bool checked);
    void setUntil(int number, const QString &kk, const QString &ru);

signals:
    void groundsChanged();

protected:
    // Space ticks the current row's ground whichever cell of the row is current.
    void keyPressEvent(QKeyEvent *event) override;
    // The grounds' texts wrap: their rows' heights follow the width of the text column.
    void resizeEvent(QResizeEvent *event) override;

private:
    int rowOf(int number) const;
};

} // namespace exitdesk::ui
