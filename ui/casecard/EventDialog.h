// The small dialog of one workflow step on the case card: the date (today by default), the
// executor (the logged-in user by default) and the step's own data — the bodies asked, an
// answer's body, result, date and number, the hearing, the military answer, a complaint —
// plus a note. Every field is reachable with Tab, Enter accepts, Esc cancels. The data is
// shaped as core's EventData accepts it (docs/workflow.md).
#pragma once

#include "workflow/WorkflowState.h"

#include <QDateTime>
#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

namespace exitdesk::ui {

struct EventDialogSetup
{
    QDateTime now;     // the clock's time: the default date, and the time of a step dated today
    QDate earliest;    // the day the application was handed in
    QString executor;  // the default executor
    QString lang;      // "kk" | "ru": names of events and bodies
    WorkflowState state; // what is recorded so far (bodies asked and answered, complaints)
};

class EventDialog : public QDialog
{
    Q_OBJECT
public:
    EventDialog(EventKind kind, EventDialogSetup setup, QWidget *parent = nullptr);

    EventKind kind() const { return m_kind; }
    // The event as entered (kind, time, executor, data); recordedAt is left to the caller.
    CaseEvent event() const;

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *executorEdit() const { return m_executor; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *okButton() const { return m_ok; }

private:
    void buildData();
    void addBodyChecks();
    void addAnswerFields();
    void updateOk();
    QJsonObject data() const;

    EventKind m_kind;
    EventDialogSetup m_setup;
    QFormLayout *m_form;
    QDateEdit *m_date;
    QLineEdit *m_executor;
    QLineEdit *m_note;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    QMap<QString, QCheckBox *> m_bodies; // RequestsSent: body key -> its box
    QCheckBox *m_flag = nullptr;         // complete / attended / removed
    QComboBox *m_choice = nullptr;       // body (answer), outcome, complaint addressee or result
    QComboBox *m_result = nullptr;       // the answer's result
    QDateEdit *m_answerDate = nullptr;
    QLineEdit *m_number = nullptr;
    QDateTimeEdit *m_hearingAt = nullptr;
};

} // namespace exitdesk::ui
