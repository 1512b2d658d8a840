// The counter's intake window: the questionnaire editor with the intake's actions below it —
// save as draft, accept (number and receipt of Annex 4), refuse at intake (receipt of
// Annex 5), print the questionnaire for signature. Actions are enabled only when they apply.
#pragma once

#include "AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace exitdesk {
struct Case;
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

public slots:
    bool saveDraft();
    bool acceptCase();
    bool refuseCase();
    void printQuestionnaire();

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
    QString m_lastError;
};

} // namespace exitdesk::ui
