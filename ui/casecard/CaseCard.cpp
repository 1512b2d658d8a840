#include "casecard/CaseCard.h"

#include "Language.h"
#include "casecard/CardActions.h"
#include "casecard/CaseHeader.h"
#include "casecard/DeadlineTable.h"
#include "casecard/DialogRunner.h"
#include "casecard/EventDialog.h"
#include "casecard/EventRecorder.h"
#include "casecard/TimelineTable.h"
#include "decision/DecisionDialog.h"
#include "decision/DocumentsPanel.h"
#include "session/Deadlines.h"

#include "Clock.h"
#include "accounts/Permissions.h"
#include "issuance/IssuedDocumentLog.h"
#include "storage/CaseRepository.h"
#include "workflow/CaseEventStore.h"
#include "workflow/EventPermission.h"
#include "workflow/WorkflowFactory.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace exitdesk::ui {

namespace {
constexpr int kStepColumns = 4;
}

CaseCard::CaseCard(AppContext context, Actor actor, qint64 caseId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context), m_actor(std::move(actor)), m_caseId(caseId)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("caseCard"));
    auto *layout = new QVBoxLayout(this);
    m_header = new CaseHeader(this);
    layout->addWidget(m_header);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_timelineBox = new QGroupBox(splitter);
    auto *timelineLayout = new QVBoxLayout(m_timelineBox);
    m_timeline = new TimelineTable(m_timelineBox);
    timelineLayout->addWidget(m_timeline);
    // The due dates and the documents scroll together when the window is too low for both:
    // every issued document stays reachable.
    m_rightScroll = new QScrollArea(splitter);
    m_rightScroll->setObjectName(QStringLiteral("rightColumn"));
    m_rightScroll->setWidgetResizable(true);
    m_rightScroll->setFrameShape(QFrame::NoFrame);
    m_rightScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *right = new QWidget(m_rightScroll);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_deadlinesBox = new QGroupBox(right);
    auto *deadlinesLayout = new QVBoxLayout(m_deadlinesBox);
    m_deadlines = new DeadlineTable(m_deadlinesBox);
    deadlinesLayout->addWidget(m_deadlines);
    rightLayout->addWidget(m_deadlinesBox);
    m_documents = new DocumentsPanel(m_context, m_actor, right);
    rightLayout->addWidget(m_documents, 1);
    m_rightScroll->setWidget(right);
    splitter->addWidget(m_timelineBox);
    splitter->addWidget(m_rightScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 460});
    layout->addWidget(splitter, 1);

    m_stepsBox = new QGroupBox(this);
    m_stepsBox->setObjectName(QStringLiteral("steps"));
    auto *stepsLayout = new QVBoxLayout(m_stepsBox);
    m_stepsGrid = new QGridLayout;
    // The buttons keep their natural width; the column after them takes the rest.
    m_stepsGrid->setColumnStretch(kStepColumns, 1);
    stepsLayout->addLayout(m_stepsGrid);
    auto *bottom = new QHBoxLayout;
    m_otherStep = new QToolButton(m_stepsBox);
    m_otherStep->setObjectName(QStringLiteral("otherStep"));
    m_otherStep->setPopupMode(QToolButton::InstantPopup);
    m_otherStep->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_otherStep->setMenu(new QMenu(m_otherStep));
    bottom->addWidget(m_otherStep);
    bottom->addStretch();
    m_refresh = new QPushButton(m_stepsBox);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_close = new QPushButton(m_stepsBox);
    bottom->addWidget(m_refresh);
    bottom->addWidget(m_close);
    stepsLayout->addLayout(bottom);
    layout->addWidget(m_stepsBox);

    connect(m_refresh, &QPushButton::clicked, this, &CaseCard::reload);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    connect(m_documents, &DocumentsPanel::failed, this, [this](const QString &m) {
        if (!m.isEmpty())
            showMessage(m, true);
    });
    connect(m_documents, &DocumentsPanel::documentIssued, this, [this] { emit caseChanged(m_caseId); });

    resize(1180, 760);
    retranslate();
    reload();
}

CaseCard::~CaseCard() = default;

QString CaseCard::lang() const
{
    return Language::current();
}

QString CaseCard::defaultExecutor() const
{
    if (m_actor.setup)
        return QString();
    return m_actor.fullName.isEmpty() ? m_actor.login : m_actor.fullName;
}

void CaseCard::setActor(const Actor &actor)
{
    m_actor = actor;
    m_documents->setActor(actor);
}

const Workflow *CaseCard::workflow()
{
    if (m_context.deadlines && m_context.deadlines->workflow())
        return m_context.deadlines->workflow();
    if (!m_ownWorkflow && m_context.database) {
        QString error;
        m_ownWorkflow = WorkflowFactory::fromDatabase(*m_context.database, &error);
    }
    return m_ownWorkflow.get();
}

WorkflowCase CaseCard::workflowCase() const
{
    WorkflowCase c;
    c.id = m_case.id;
    c.number = m_case.number;
    c.status = caseStatusKey(m_case.status);
    c.submittedAt = m_case.submittedAt;
    c.channel = m_case.channel;
    c.applicant = m_case.applicantFullName();
    return c;
}

void CaseCard::reload()
{
    m_loaded = false;
    m_events.clear();
    m_result = WorkflowResult();
    if (!m_context.database || !m_context.clock) {
        showMessage(tr("No database is open."), true);
        rebuildSteps();
        return;
    }
    StorageError storageError;
    const std::optional<Case> c = CaseRepository(*m_context.database, *m_context.clock).loadById(m_caseId, &storageError);
    if (!c) {
        showMessage(tr("The case cannot be read: %1").arg(storageError.message(lang())), true);
        rebuildSteps();
        return;
    }
    m_case = *c;
    m_loaded = true;
    const Workflow *w = workflow();
    const bool accepted = m_case.status == CaseStatus::Accepted && m_case.submittedAt.isValid() && w;
    if (accepted) {
        QString error;
        if (!CaseEventStore(*m_context.database).list(m_case.id, &m_events, &error))
            showMessage(tr("The steps of the case cannot be read: %1").arg(error), true);
        Workflow::sort(m_events);
        m_result = w->derive(m_case.submittedAt, m_case.channel, m_events);
        if (!m_result.ok)
            showMessage(tr("A recorded step no longer fits the workflow: %1").arg(m_result.error.in(lang())), true);
        m_deadlines->setState(m_result.state, w->calendar(), m_context.clock->today(), lang());
    } else {
        m_deadlines->setRowCount(0);
    }
    m_header->setCase(m_case, accepted ? &m_result.state : nullptr, lang());
    m_timeline->setEvents(m_events, m_result.ok ? -1 : m_result.failedEvent, lang());
    m_documents->setCase(m_case, accepted ? &m_result.state : nullptr);
    // Never narrower than the documents' buttons: the column scrolls up and down only.
    m_rightScroll->setMinimumWidth(m_rightScroll->widget()->minimumSizeHint().width()
                                   + m_rightScroll->verticalScrollBar()->sizeHint().width());
    setWindowTitle(tr("Case %1").arg(m_case.number.isEmpty() ? tr("(no number)") : m_case.number) + QStringLiteral(" — ")
                   + m_case.applicantFullName());
    rebuildSteps();
}

void CaseCard::rebuildSteps()
{
    for (QPushButton *b : std::as_const(m_stepButtons))
        delete b;
    m_stepButtons.clear();
    m_offered = isAccepted() ? CardActions::next(m_result.state) : QList<EventKind>();
    for (int i = 0; i < m_offered.size(); ++i) {
        const EventKind kind = m_offered.at(i);
        // "&1 Completeness checked…": Alt+digit presses the button (the first nine).
        const QString prefix = i < 9 ? QStringLiteral("&%1  ").arg(i + 1) : QString();
        auto *button = new QPushButton(prefix + CardActions::label(kind), m_stepsBox);
        button->setObjectName(QStringLiteral("step.") + eventKindKey(kind));
        const bool allowed = Permissions::allows(m_actor, eventPermission(kind));
        // A grey button says nothing by itself: the tooltip tells who records the step.
        button->setToolTip(allowed ? eventKindName(kind).in(lang())
                                   : tr("%1: your role cannot record this step").arg(eventKindName(kind).in(lang())));
        button->setEnabled(allowed);
        connect(button, &QPushButton::clicked, this, [this, kind] { startStep(kind); });
        m_stepsGrid->addWidget(button, i / kStepColumns, i % kStepColumns);
        // The layout would show it only on the next pass of the event loop.
        if (m_stepsBox->isVisible())
            button->show();
        m_stepButtons.insert(kind, button);
    }
    QMenu *menu = m_otherStep->menu();
    menu->clear();
    for (EventKind kind : allEventKinds()) {
        QAction *action = menu->addAction(CardActions::capitalized(eventKindName(kind).in(lang())));
        action->setObjectName(QStringLiteral("other.") + eventKindKey(kind));
        connect(action, &QAction::triggered, this, [this, kind] { startStep(kind); });
    }
    m_otherStep->setEnabled(isAccepted());
    if (!m_offered.isEmpty())
        setTabOrder(m_stepButtons.value(m_offered.first()), m_otherStep);
}

void CaseCard::retranslate()
{
    m_timelineBox->setTitle(tr("Timeline"));
    m_deadlinesBox->setTitle(tr("Due dates"));
    m_stepsBox->setTitle(tr("Next steps"));
    m_otherStep->setText(tr("&Other step…"));
    m_refresh->setText(tr("Refresh"));
    m_close->setText(tr("Close"));
}

void CaseCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The last message was in the other language; names from core (steps, stages,
        // bodies) follow the language on the next reading.
        showMessage(QString(), false);
        if (m_loaded)
            reload();
    }
    QWidget::changeEvent(event);
}

void CaseCard::showMessage(const QString &text, bool error)
{
    m_messageText = text;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fde8e8; color: #8a1010; padding: 6px; "
                                                    "border: 1px solid #e0a0a0; }")
                                   : QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; padding: 6px; "
                                                    "border: 1px solid #a5d6a7; }"));
    m_message->setVisible(!text.isEmpty());
}

bool CaseCard::startStep(EventKind kind)
{
    if (!isAccepted()) {
        showMessage(tr("The case is not accepted: it has no workflow."), true);
        return false;
    }
    if (const auto denied = Permissions::require(m_actor, eventPermission(kind))) {
        showMessage(denied->message(lang()), true);
        return false;
    }
    if (kind == EventKind::DecisionPrepared)
        return runDecision();
    EventDialogSetup setup{m_context.clock->now(), m_case.submissionDay(), defaultExecutor(), lang(), m_result.state};
    EventDialog dialog(kind, setup, this);
    if (!DialogRunner::run(dialog))
        return false;
    return recordStep(dialog.event());
}

bool CaseCard::recordStep(CaseEvent event)
{
    const Workflow *w = workflow();
    if (!isAccepted() || !w) {
        showMessage(tr("The case is not accepted: it has no workflow."), true);
        return false;
    }
    if (!event.at.isValid())
        event.at = m_context.clock->now();
    if (event.executor.isEmpty())
        event.executor = defaultExecutor();
    QString message;
    if (!EventRecorder(*m_context.database, *w, *m_context.clock).record(m_actor, workflowCase(), event, lang(), &message)) {
        showMessage(message, true);
        return false;
    }
    reload();
    showMessage(tr("Recorded: %1, %2.").arg(eventKindName(event.kind).in(lang()),
                                           event.at.date().toString(QStringLiteral("dd.MM.yyyy"))),
                false);
    emit caseChanged(m_caseId);
    return true;
}

bool CaseCard::runDecision()
{
    EventDialogSetup setup{m_context.clock->now(), m_case.submissionDay(), defaultExecutor(), lang(), m_result.state};
    DecisionDialog dialog(setup, m_result.state.packageIncomplete, this);
    dialog.setPrintAllowed(IssuedDocumentLog::mayIssue(m_actor, QStringLiteral("decision")));
    if (!DialogRunner::run(dialog))
        return false;
    const bool approved = dialog.approved();
    if (!recordStep(dialog.event()))
        return false;
    if (dialog.printRequested()) {
        // The officer prepares the decision but may not issue it (the operator or the head
        // prints it): trying would only put a refusal where the "recorded" message is.
        if (!IssuedDocumentLog::mayIssue(m_actor, QStringLiteral("decision"))) {
            showMessage(m_messageText + QLatin1Char(' ') + tr("The document is printed by the operator or the head."),
                        false);
            return true;
        }
        // Portal applications get the electronic document; the counter's the paper one.
        const bool portal = m_case.channel == QLatin1String("portal");
        const forms::FormKind kind = approved ? (portal ? forms::FormKind::DecisionElectronic : forms::FormKind::Decision)
                                              : (portal ? forms::FormKind::RefusalElectronic : forms::FormKind::Refusal);
        m_documents->issue(kind);
    }
    return true;
}

} // namespace exitdesk::ui
