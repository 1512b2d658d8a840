// The main window: the list of cases with its search field, and the menus (case, view,
// settings, language, help). Everything here is reachable from the keyboard.
#pragma once

#include "AppContext.h"
#include "accounts/Actor.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace exitdesk::ui {

class CaseListPanel;
class CaseListSource;
class DeadlinesDashboard;
class IntakeWindow;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppContext context, std::unique_ptr<CaseListSource> source, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseListPanel *caseList() const { return m_list; }
    // The staff member logged in for this session (steps on the case card are recorded as theirs).
    void setActor(const Actor &actor);
    const Actor &actor() const { return m_actor; }

public slots:
    // Opens an empty questionnaire in an intake window.
    IntakeWindow *newCase();
    // Opens a stored case: a draft in the intake window, an accepted case in its card, a case
    // refused at intake read-only in the intake window. Null when it cannot be loaded.
    QWidget *openCase(qint64 caseId);
    // The questionnaire of a stored case (0: a new one) in an intake window.
    IntakeWindow *openQuestionnaire(qint64 caseId);
    // The accepted cases by stage with their deadlines (one window, raised when open).
    DeadlinesDashboard *showDeadlines();
    // The production calendar (administrator settings).
    void editCalendar();
    // Ends this person's session and asks for a login at the same workstation (the officer after
    // the operator): the other windows are closed first; cancelling the login quits.
    void changeUser();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void syncLanguageActions();
    void updateUserLabel();
    // Closes the cards, questionnaires and views; false when one refuses (an unsaved draft).
    bool closeOtherWindows();

    AppContext m_context;
    Actor m_actor;
    std::unique_ptr<CaseListSource> m_source;
    CaseListPanel *m_list;

    QMenu *m_caseMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QAction *m_deadlinesAction = nullptr;
    QAction *m_calendarAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_registerAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_databaseAction = nullptr;
    QAction *m_printerOffsetsAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_changeUserAction = nullptr;
    QLabel *m_userLabel = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QPointer<DeadlinesDashboard> m_dashboard;
    // The open case cards: opening a case again raises its card instead of a second copy.
    QMap<qint64, QPointer<QWidget>> m_cards;
};

} // namespace exitdesk::ui
