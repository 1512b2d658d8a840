// The card of one case (issue 5, item 4): the header (number, applicant, IIN, destination,
// children, stage), the timeline of recorded steps, each open stage's due date with the
// working days left, the documents issued, and the next steps the workflow allows as
// buttons (Alt+1, Alt+2, …); any other step from "Other step…", for core to accept or
// refuse. Each step opens a small dialog (date, executor, data), is recorded through core
// and the card refreshes; a refused step shows core's message above the timeline.
//
// Opened by the main window for an accepted case: new CaseCard(context, actor, caseId, this)
// (a top-level window; Qt::WA_DeleteOnClose is set).
#pragma once

#include "AppContext.h"
#include "accounts/Actor.h"
#include "model/Case.h"
#include "workflow/Workflow.h"
#include "workflow/WorkflowCase.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QGroupBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace exitdesk::ui {

class CaseHeader;
class DeadlineTable;
class DocumentsPanel;
class TimelineTable;

class CaseCard : public QWidget
{
    Q_OBJECT
public:
    CaseCard(AppContext context, Actor actor, qint64 caseId, QWidget *parent = nullptr);
    ~CaseCard() override;

    qint64 caseId() const { return m_caseId; }
    const Case &caseData() const { return m_case; }
    bool isAccepted() const { return m_loaded && m_case.status == CaseStatus::Accepted; }
    // The case's state as derived on the last reload.
    const WorkflowState &state() const { return m_result.state; }
    // The message shown above the timeline (the last step recorded or refused).
    QString message() const { return m_messageText; }

    // The next steps offered as buttons, in order; the button of one, or null.
    QList<EventKind> offeredSteps() const { return m_offered; }
    QPushButton *stepButton(EventKind kind) const { return m_stepButtons.value(kind); }

    CaseHeader *header() const { return m_header; }
    TimelineTable *timeline() const { return m_timeline; }
    DeadlineTable *deadlineTable() const { return m_deadlines; }
    DocumentsPanel *documents() const { return m_documents; }

    void setActor(const Actor &actor);

public slots:
    // Reads the case and its events again and redraws everything.
    void reload();
    // Opens the step's dialog (the decision dialog for decision-prepared) and records it.
    bool startStep(EventKind kind);
    // Records a step as given (the executor defaults to the logged-in user).
    bool recordStep(CaseEvent event);

signals:
    // A step was recorded or a document issued (lists showing the case should refresh).
    void caseChanged(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool runDecision();
    void rebuildSteps();
    void retranslate();
    void showMessage(const QString &text, bool error);
    const Workflow *workflow();
    QString lang() const;
    QString defaultExecutor() const;
    WorkflowCase workflowCase() const;

    AppContext m_context;
    Actor m_actor;
    qint64 m_caseId;
    bool m_loaded = false;
    Case m_case;
    WorkflowResult m_result;
    QList<CaseEvent> m_events; // stored, in replay order
    std::unique_ptr<Workflow> m_ownWorkflow; // when the context brings none
    QList<EventKind> m_offered;
    QMap<EventKind, QPushButton *> m_stepButtons;
    QString m_messageText;

    CaseHeader *m_header;
    QLabel *m_message;
    QGroupBox *m_timelineBox;
    TimelineTable *m_timeline;
    QGroupBox *m_deadlinesBox;
    DeadlineTable *m_deadlines;
    DocumentsPanel *m_documents;
    QScrollArea *m_rightScroll; // the due dates and the documents: scrolls up and down only
    QGroupBox *m_stepsBox;
    QGridLayout *m_stepsGrid;
    QToolButton *m_otherStep;
    QPushButton *m_refresh;
    QPushButton *m_close;
};

} // namespace exitdesk::ui
