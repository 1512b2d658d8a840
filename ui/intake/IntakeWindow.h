// The counter's intake window: the questionnaire editor with the intake's actions below it —
// save as draft, accept (number and receipt of Annex 4), refuse at intake (receipt of
// Annex 5), print the questionnaire for signature (recorded as issued too), and, when the checklist requires it, the
// registration request (Annex 3) with the person it is about. Actions are enabled only when
// they apply. The receipts are recorded as issued (with their copy numbers) once printed;
// "Print receipt" prints one again (a reprint asks for its reason).
#pragma once

#include "AppContext.h"
#include "decision/DocumentIssuer.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace exitdesk {
struct Actor;
struct Case;
} // namespace exitdesk

namespace exitdesk::forms {
class OfficialForm;
}

namespace exitdesk::ui {

class CaseEditSession;
class IntakeController;
class QuestionnaireEditor;

class IntakeWindow : public QWidget
{
    Q_OBJECT
public:
    IntakeWindow(AppContext context, const Case &c, QWidget *parent = nullptr);
    ~IntakeWindow() override;

    CaseEditSession *session() const { return m_session; }
    QuestionnaireEditor *editor() const { return m_editor; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *refuseButton() const { return m_refuse; }
    QPushButton *draftButton() const { return m_draft; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *receiptButton() const { return m_receipt; }
    QPushButton *registrationRequestButton() const { return m_request; }
    QLineEdit *registrationSubjectEdit() const { return m_subject; }

public slots:
    bool saveDraft();
    bool acceptCase();
    bool refuseCase();
    // Annex 1 for the applicant's signature, recorded as issued with its copy number once
    // printed (the questionnaire is saved as a draft first); false when it was not.
    bool printQuestionnaire();
    // The receipt of the case's outcome at intake (Annex 4 or 5), issued again.
    bool printReceipt();
    // Annex 3 for the person named in the subject field (the case is saved as a draft first).
    bool printRegistrationRequest();

signals:
    // The case was written to the database (the list should show it).
    void caseStored(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void showError(const QString &message);
    // A draft that is new or changed is stored first: what is printed is what is stored.
    bool storedForPrinting();
    // The status line after printing a form; true when it was issued.
    bool reportPrinted(forms::FormKind kind, DocumentIssuer::Result result, const IssuedDocument &record,
                       const QString &message);
    // Issues the receipt built by the controller; false when it was not printed.
    bool issueReceipt(const std::unique_ptr<forms::OfficialForm> &form);
    bool registrationRequestNeeded() const;
    Actor actor() const;

    AppContext m_context;
    CaseEditSession *m_session;
    std::unique_ptr<IntakeController> m_controller;
    QuestionnaireEditor *m_editor;
    QLabel *m_status;
    QLabel *m_languageLabel;
    QComboBox *m_formLanguage;
    QPushButton *m_print;
    QPushButton *m_draft;
    QPushButton *m_refuse;
    QPushButton *m_accept;
    QPushButton *m_receipt;
    QLabel *m_subjectLabel;
    QLineEdit *m_subject;
    QPushButton *m_request;
    QString m_lastError;
    QString m_notice; // what happened to the last document, shown with the status
};

} // namespace exitdesk::ui
