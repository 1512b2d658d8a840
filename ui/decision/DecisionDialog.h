// The decision on a case (stage 7): approve, or refuse on grounds picked from the catalogue
// with their «until» texts (editable), with the date and the executor. Accepting it gives
// the decision-prepared event in the shape the forms read its grounds from
// ({result, grounds: [{number, untilKk, untilRu}]}); the card records it and, when asked,
// opens the decision (Annex 8/9) or the refusal notice (Annex 6/7) in the print preview.
#pragma once

#include "casecard/EventDialog.h"
#include "FormData.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace exitdesk::ui {

class GroundsTable;

class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    // refusalOnly: the package was found incomplete, so only a refusal can be prepared.
    DecisionDialog(EventDialogSetup setup, bool refusalOnly, QWidget *parent = nullptr);

    bool approved() const;
    QList<forms::RefusalGround> grounds() const;
    // Whether the document is to be opened for printing once the decision is recorded.
    bool printRequested() const;
    // Unticked and greyed when the person recording may not issue the document (an officer
    // prepares the decision; the operator or the head prints it).
    void setPrintAllowed(bool allowed);
    CaseEvent event() const;

    QRadioButton *approveButton() const { return m_approve; }
    QRadioButton *refuseButton() const { return m_refuse; }
    GroundsTable *groundsTable() const { return m_grounds; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *executorEdit() const { return m_executor; }
    QCheckBox *printBox() const { return m_print; }
    QPushButton *okButton() const { return m_ok; }

private:
    void updateState();

    EventDialogSetup m_setup;
    QRadioButton *m_approve;
    QRadioButton *m_refuse;
    GroundsTable *m_grounds;
    QDateEdit *m_date;
    QLineEdit *m_executor;
    QLineEdit *m_note;
    QCheckBox *m_print;
    QPushButton *m_ok;
};

} // namespace exitdesk::ui
