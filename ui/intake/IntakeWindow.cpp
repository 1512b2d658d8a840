#include "intake/IntakeWindow.h"

#include "Clock.h"
#include "FormData.h"
#include "FormFactory.h"
#include "FormPreview.h"
#include "MessageBox.h"
#include "OfficialForm.h"
#include "editor/QuestionnaireEditor.h"
#include "session/CaseEditSession.h"
#include "session/IntakeController.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace exitdesk::ui {

IntakeWindow::IntakeWindow(AppContext context, const Case &c, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context), m_session(new CaseEditSession(*context.clock, this)),
      m_controller(std::make_unique<IntakeController>(context)), m_editor(nullptr), m_status(new QLabel(this)),
      m_languageLabel(new QLabel(this)), m_formLanguage(new QComboBox(this)), m_print(new QPushButton(this)),
      m_draft(new QPushButton(this)), m_refuse(new QPushButton(this)), m_accept(new QPushButton(this))
{
    setObjectName(QStringLiteral("intakeWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_session->setCase(c);
    m_editor = new QuestionnaireEditor(m_session, this);
    m_status->setObjectName(QStringLiteral("intakeStatus"));
    m_status->setWordWrap(true);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_refuse->setObjectName(QStringLiteral("refuseButton"));
    m_draft->setObjectName(QStringLiteral("draftButton"));
    m_print->setObjectName(QStringLiteral("printQuestionnaireButton"));
    m_formLanguage->setObjectName(QStringLiteral("formLanguage"));
    m_languageLabel->setBuddy(m_formLanguage);
    // The language printed on the forms is chosen here, never taken from the screens'.
    m_formLanguage->addItem(QStringLiteral("Қазақша"), int(forms::FormLanguage::Kazakh));
    m_formLanguage->addItem(QStringLiteral("Русский"), int(forms::FormLanguage::Russian));
    m_formLanguage->addItem(QStringLiteral("Қазақша + Русский"), int(forms::FormLanguage::Both));
    m_accept->setDefault(true);

    connect(m_draft, &QPushButton::clicked, this, &IntakeWindow::saveDraft);
    connect(m_accept, &QPushButton::clicked, this, &IntakeWindow::acceptCase);
    connect(m_refuse, &QPushButton::clicked, this, &IntakeWindow::refuseCase);
    connect(m_print, &QPushButton::clicked, this, &IntakeWindow::printQuestionnaire);
    connect(m_session, &CaseEditSession::findingsChanged, this, &IntakeWindow::updateActions);
    connect(m_session, &CaseEditSession::changed, this, [this] {
        m_lastError.clear();
        updateActions();
    });
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &IntakeWindow::saveDraft);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_languageLabel);
    bar->addWidget(m_formLanguage);
    bar->addWidget(m_print);
    bar->addWidget(m_draft);
    bar->addWidget(m_refuse);
    bar->addWidget(m_accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addLayout(bar);
    resize(1280, 820);
    retranslate();
}

IntakeWindow::~IntakeWindow() = default;

namespace {
forms::FormLanguage currentFormLanguage(const QComboBox *combo)
{
    return static_cast<forms::FormLanguage>(combo->currentData().toInt());
}
} // namespace

bool IntakeWindow::saveDraft()
{
    if (m_session->caseData().status != CaseStatus::Draft)
        return false;
    const IntakeController::Result r = m_controller->saveDraft(*m_session);
    if (!r.ok) {
        showError(r.error);
        return false;
    }
    emit caseStored(m_session->caseData().id);
    m_status->setText(tr("Draft saved."));
    return true;
}

bool IntakeWindow::acceptCase()
{
    if (!m_session->canAccept())
        return false;
    IntakeController::Result r = m_controller->accept(*m_session, currentFormLanguage(m_formLanguage));
    if (!r.ok) {
        showError(r.error);
        return false;
    }
    emit caseStored(m_session->caseData().id);
    retranslate();
    if (r.form)
        FormPreview::show(this, *r.form);
    return true;
}

bool IntakeWindow::refuseCase()
{
    if (m_session->packageComplete())
        return false;
    IntakeController::Result r = m_controller->refuse(*m_session, currentFormLanguage(m_formLanguage));
    if (!r.ok) {
        showError(r.error);
        return false;
    }
    emit caseStored(m_session->caseData().id);
    retranslate();
    if (r.form)
        FormPreview::show(this, *r.form);
    return true;
}

void IntakeWindow::printQuestionnaire()
{
    // Annex 1 is always bilingual; printed pre-filled for the applicant's signature.
    QString error;
    const auto form = m_controller->makeForm(forms::FormKind::Questionnaire, m_session->caseData(),
                                             forms::FormLanguage::Both, 1, &error);
    if (form)
        FormPreview::show(this, *form);
    else
        showError(error);
}

void IntakeWindow::showError(const QString &message)
{
    m_lastError = message;
    updateActions();
}

void IntakeWindow::updateActions()
{
    const Case &c = m_session->caseData();
    const bool open = c.status == CaseStatus::Draft;
    m_editor->setEnabled(open);
    m_draft->setEnabled(open);
    m_accept->setEnabled(open && m_session->canAccept());
    m_refuse->setEnabled(open && !m_session->packageComplete());

    QString text;
    if (!m_lastError.isEmpty()) {
        text = m_lastError;
    } else if (c.status == CaseStatus::Accepted) {
        text = tr("Accepted: case %1.").arg(c.number);
    } else if (c.status == CaseStatus::RefusedAtIntake) {
        text = tr("Refused at intake: the receipt lists the missing documents.");
    } else {
        const int errors = m_session->errorCount();
        const int warnings = m_session->unconfirmedWarningCount();
        const int missing = m_session->missingOrExpired().size();
        if (errors == 0 && warnings == 0 && missing == 0)
            text = tr("Ready to accept.");
        else
            text = tr("Errors: %1 · warnings to confirm: %2 · documents missing: %3").arg(errors).arg(warnings).arg(missing);
    }
    m_status->setText(text);
    m_status->setStyleSheet(m_lastError.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

void IntakeWindow::retranslate()
{
    const Case &c = m_session->caseData();
    if (!c.number.isEmpty())
        setWindowTitle(tr("Case %1 — %2").arg(c.number, c.applicantFullName()));
    else if (c.id != 0)
        setWindowTitle(tr("Questionnaire — %1").arg(c.applicantFullName()));
    else
        setWindowTitle(tr("New questionnaire"));
    m_languageLabel->setText(tr("Print &in:"));
    m_print->setText(tr("&Print questionnaire"));
    m_draft->setText(tr("Save &draft"));
    m_refuse->setText(tr("&Refuse at intake"));
    m_accept->setText(tr("&Accept"));
    m_accept->setToolTip(tr("Stores the case with its number and opens the receipt (Annex 4)."));
    m_refuse->setToolTip(tr("Opens the receipt of refusal to accept (Annex 5) naming the missing documents."));
    updateActions();
}

void IntakeWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IntakeWindow::closeEvent(QCloseEvent *event)
{
    if (m_session->isModified() && m_session->caseData().status == CaseStatus::Draft) {
        const auto answer = MessageBox::question(this, tr("Unsaved questionnaire"),
                                                 tr("Save the questionnaire as a draft before closing?"));
        if (answer == MessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == MessageBox::Yes && !saveDraft()) {
            event->ignore();
            return;
        }
    }
    QWidget::closeEvent(event);
}

} // namespace exitdesk::ui
