#include "intake/IntakeWindow.h"

#include "Clock.h"
#include "FormData.h"
#include "FormFactory.h"
#include "FormPreview.h"
#include "MessageBox.h"
#include "OfficialForm.h"
#include "accounts/Actor.h"
#include "decision/DocumentIssuer.h"
#include "editor/QuestionnaireEditor.h"
#include "session/CaseEditSession.h"
#include "session/IntakeController.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSysInfo>
#include <QVBoxLayout>

namespace exitdesk::ui {

IntakeWindow::IntakeWindow(AppContext context, const Case &c, QWidget *parent)
    : QWidget(parent, Qt::Window), m_context(context), m_session(new CaseEditSession(*context.clock, this)),
      m_controller(std::make_unique<IntakeController>(context)), m_editor(nullptr), m_status(new QLabel(this)),
      m_languageLabel(new QLabel(this)), m_formLanguage(new QComboBox(this)), m_print(new QPushButton(this)),
      m_draft(new QPushButton(this)), m_refuse(new QPushButton(this)), m_accept(new QPushButton(this)),
      m_receipt(new QPushButton(this)), m_subjectLabel(new QLabel(this)), m_subject(new QLineEdit(this)),
      m_request(new QPushButton(this))
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
    m_receipt->setObjectName(QStringLiteral("printReceiptButton"));
    m_subject->setObjectName(QStringLiteral("registrationSubject"));
    m_request->setObjectName(QStringLiteral("printRegistrationRequestButton"));
    m_subjectLabel->setBuddy(m_subject);
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
    connect(m_receipt, &QPushButton::clicked, this, &IntakeWindow::printReceipt);
    connect(m_request, &QPushButton::clicked, this, &IntakeWindow::printRegistrationRequest);
    connect(m_subject, &QLineEdit::textEdited, this, [this] {
        m_lastError.clear();
        updateActions();
    });
    connect(m_session, &CaseEditSession::findingsChanged, this, &IntakeWindow::updateActions);
    connect(m_session, &CaseEditSession::changed, this, [this] {
        m_lastError.clear();
        m_notice.clear();
        updateActions();
    });
    // Esc (and Ctrl+W) closes the window, asking about an unsaved questionnaire first.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    auto *closeKey = new QShortcut(QKeySequence::Close, this);
    connect(closeKey, &QShortcut::activated, this, &QWidget::close);
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &IntakeWindow::saveDraft);

    // Annex 3 is offered only while the checklist requires it.
    auto *request = new QHBoxLayout;
    request->addWidget(m_subjectLabel);
    request->addWidget(m_subject, 1);
    request->addWidget(m_request);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_languageLabel);
    bar->addWidget(m_formLanguage);
    bar->addWidget(m_print);
    bar->addWidget(m_receipt);
    bar->addWidget(m_draft);
    bar->addWidget(m_refuse);
    bar->addWidget(m_accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addLayout(request);
    layout->addLayout(bar);
    resize(1280, 820);
    retranslate();
    // A new questionnaire is typed from its first field, «1. Тегі / Фамилия».
    if (c.id == 0 && c.status == CaseStatus::Draft)
        m_editor->focusFirstField();
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
    if (!m_session->canAccept()) {
        // Whatever stands in the way shows under its field now, "not filled in" included.
        m_editor->revealAllMessages();
        return false;
    }
    IntakeController::Result r = m_controller->accept(*m_session, currentFormLanguage(m_formLanguage));
    if (!r.ok) {
        showError(r.error);
        return false;
    }
    emit caseStored(m_session->caseData().id);
    retranslate();
    issueReceipt(r.form);
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
    issueReceipt(r.form);
    return true;
}

Actor IntakeWindow::actor() const
{
    if (m_context.actor)
        return *m_context.actor;
    // A database without accounts: the setup actor (core refuses it once accounts exist).
    const QString host = QSysInfo::machineHostName();
    return Actor::setupActor(host.isEmpty() ? QStringLiteral("unknown") : host);
}

bool IntakeWindow::issueReceipt(const std::unique_ptr<forms::OfficialForm> &form)
{
    if (!form)
        return false;
    DocumentIssuer issuer(m_context, actor(), this);
    QString message;
    IssuedDocument record;
    const DocumentIssuer::Result result = issuer.issueData(form->kind(), form->data(), &record, &message);
    if (result == DocumentIssuer::Failed) {
        showError(message);
        return false;
    }
    if (result == DocumentIssuer::Issued)
        m_lastError.clear();
    const QString copies = record.copies > 1 ? tr("copies %1–%2").arg(record.copyNumber).arg(record.lastCopyNumber())
                                             : tr("copy %1").arg(record.copyNumber);
    m_notice = result == DocumentIssuer::Issued
        ? tr("%1 printed: %2.").arg(DocumentIssuer::formName(form->kind()), copies)
        : tr("%1 was not printed: print it with \"Print receipt\".").arg(DocumentIssuer::formName(form->kind()));
    updateActions();
    return result == DocumentIssuer::Issued;
}

bool IntakeWindow::printReceipt()
{
    const Case &c = m_session->caseData();
    if (c.status == CaseStatus::Draft)
        return false;
    const forms::FormKind kind =
        c.status == CaseStatus::Accepted ? forms::FormKind::Receipt : forms::FormKind::RefusalToAccept;
    QString error;
    // Built as at intake: the day of submission, the receipt's due date, two copies.
    std::unique_ptr<forms::OfficialForm> form =
        m_controller->makeForm(kind, c, currentFormLanguage(m_formLanguage), forms::officialCopies(kind), &error);
    if (!form) {
        showError(error);
        return false;
    }
    return issueReceipt(form);
}

bool IntakeWindow::registrationRequestNeeded() const
{
    forms::FormData d;
    d.caseData = m_session->caseData();
    return forms::FormFactory::whyNotApplicable(forms::FormKind::RegistrationRequest, d).en.isEmpty();
}

bool IntakeWindow::printRegistrationRequest()
{
    if (!registrationRequestNeeded())
        return false;
    const QString subject = m_subject->text().trimmed();
    if (subject.isEmpty()) {
        showError(tr("Enter whom the registration request is about (full name and kinship)."));
        m_subject->setFocus();
        return false;
    }
    // The request is recorded with the case: a new questionnaire is stored as a draft first.
    if (!storedForPrinting())
        return false;
    DocumentIssuer issuer(m_context, actor(), this);
    DocumentIssuer::Options options;
    options.copies = 1;
    options.registrationSubject = subject;
    QString message;
    IssuedDocument record;
    const DocumentIssuer::Result result = issuer.issue(m_session->caseData(), forms::FormKind::RegistrationRequest,
                                                       currentFormLanguage(m_formLanguage), options, &record, &message);
    return reportPrinted(forms::FormKind::RegistrationRequest, result, record, message);
}

bool IntakeWindow::storedForPrinting()
{
    const Case &c = m_session->caseData();
    return c.status != CaseStatus::Draft || (c.id != 0 && !m_session->isModified()) || saveDraft();
}

bool IntakeWindow::reportPrinted(forms::FormKind kind, DocumentIssuer::Result result, const IssuedDocument &record,
                                 const QString &message)
{
    if (result == DocumentIssuer::Failed) {
        showError(message);
        return false;
    }
    if (result == DocumentIssuer::Issued) {
        m_lastError.clear();
        m_notice = tr("%1 printed: %2.").arg(DocumentIssuer::formName(kind), tr("copy %1").arg(record.copyNumber));
        updateActions();
    }
    return result == DocumentIssuer::Issued;
}

bool IntakeWindow::printQuestionnaire()
{
    // Recorded as issued with the case (permission CaseEdit), like the receipts: a new or
    // changed questionnaire is stored as a draft first, so the paper signed is the one stored.
    if (!storedForPrinting())
        return false;
    // Annex 1 is always bilingual; printed pre-filled for the applicant's signature.
    QString error;
    const auto form = m_controller->makeForm(forms::FormKind::Questionnaire, m_session->caseData(),
                                             forms::FormLanguage::Both, 1, &error);
    if (!form) {
        showError(error);
        return false;
    }
    DocumentIssuer issuer(m_context, actor(), this);
    QString message;
    IssuedDocument record;
    const DocumentIssuer::Result result = issuer.issueData(form->kind(), form->data(), &record, &message);
    return reportPrinted(forms::FormKind::Questionnaire, result, record, message);
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
    // An accepted or refused questionnaire is browsed, read-only, not greyed out.
    m_session->setReadOnly(!open);
    m_editor->setReadOnly(!open);
    m_draft->setEnabled(open);
    m_accept->setEnabled(open && m_session->canAccept());
    m_refuse->setEnabled(open && !m_session->packageComplete());
    m_receipt->setVisible(!open);
    const bool request = registrationRequestNeeded();
    m_subjectLabel->setVisible(request);
    m_subject->setVisible(request);
    m_request->setVisible(request);

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
    if (m_lastError.isEmpty() && !m_notice.isEmpty())
        text += QLatin1Char(' ') + m_notice;
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
    m_receipt->setText(tr("Print re&ceipt"));
    m_receipt->setToolTip(tr("Prints the receipt of this intake again; a reprint asks for its reason."));
    m_subjectLabel->setText(tr("Registration request (Annex 3) a&bout:"));
    m_subject->setPlaceholderText(tr("full name and kinship of the person whose registration is asked"));
    m_request->setText(tr("Print re&quest"));
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
