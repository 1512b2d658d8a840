#include "MainWindow.h"

#include "Language.h"
#include "PrinterOffsetsDialog.h"
#include "Settings.h"
#include "caselist/CaseListPanel.h"
#include "caselist/CaseListSource.h"
#include "MessageBox.h"
#include "accounts/AuditDialog.h"
#include "accounts/LoginDialog.h"
#include "accounts/LoginFlow.h"
#include "accounts/Role.h"
#include "accounts/DatabaseSettingsDialog.h"
#include "accounts/UsersDialog.h"
#include "calendareditor/CalendarEditorDialog.h"
#include "register/RegisterView.h"
#include "casecard/CaseCard.h"
#include "deadlines/DeadlinesDashboard.h"
#include "intake/IntakeWindow.h"
#include "storage/CaseRepository.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace exitdesk::ui {

MainWindow::MainWindow(AppContext context, std::unique_ptr<CaseListSource> source, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_source(std::move(source)),
      m_list(new CaseListPanel(m_source.get(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_list);
    connect(m_list, &CaseListPanel::caseActivated, this, &MainWindow::openCase);
    createMenus();
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    retranslate();
    resize(1200, 760);
    restoreGeometry(settings::mainWindowGeometry.value());
    m_list->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_caseMenu = menuBar()->addMenu(QString());
    m_caseMenu->setObjectName(QStringLiteral("caseMenu"));
    m_newAction = m_caseMenu->addAction(QString(), this, &MainWindow::newCase);
    m_newAction->setShortcut(QKeySequence::New);
    m_findAction = m_caseMenu->addAction(QString(), m_list, &CaseListPanel::focusSearch);
    m_findAction->setShortcut(QKeySequence::Find);
    m_refreshAction = m_caseMenu->addAction(QString(), m_list, &CaseListPanel::reload);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_caseMenu->addSeparator();
    m_changeUserAction = m_caseMenu->addAction(QString());
    m_changeUserAction->setObjectName(QStringLiteral("changeUserAction"));
    m_changeUserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // From any ExitDesk window (a case card, a questionnaire, a view), not only this one; a
    // modal dialog still blocks it. Queued: the windows it closes include the one whose key
    // press is being handled.
    m_changeUserAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_changeUserAction, &QAction::triggered, this, &MainWindow::changeUser, Qt::QueuedConnection);
    m_quitAction = m_caseMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_deadlinesAction = m_viewMenu->addAction(QString(), this, &MainWindow::showDeadlines);
    m_deadlinesAction->setObjectName(QStringLiteral("deadlinesAction"));
    m_registerAction = m_viewMenu->addAction(QString(), this, [this] {
        // A window of its own, but a child of this one: it closes with the session.
        auto *view = new RegisterView(m_context, this);
        view->setWindowFlag(Qt::Window);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->show();
    });
    m_registerAction->setObjectName(QStringLiteral("registerAction"));
    m_deadlinesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_calendarAction = m_settingsMenu->addAction(QString(), this, &MainWindow::editCalendar);
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    // Core refuses these to anyone but the administrator; the dialogs show its message.
    m_usersAction = m_settingsMenu->addAction(QString(), this, [this] { UsersDialog(m_context, m_actor, this).exec(); });
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    m_auditAction = m_settingsMenu->addAction(QString(), this, [this] { AuditDialog(m_context, m_actor, this).exec(); });
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_databaseAction = m_settingsMenu->addAction(QString(), this, [this] { DatabaseSettingsDialog(m_context, this).exec(); });
    m_databaseAction->setObjectName(QStringLiteral("databaseAction"));
    m_printerOffsetsAction =
        m_settingsMenu->addAction(QString(), this, [this] { PrinterOffsetsDialog::edit(this, m_context); });
    m_printerOffsetsAction->setObjectName(QStringLiteral("printerOffsetsAction"));

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : Language::available()) {
        // Each language is named in itself, so that it can be found whatever the current one.
        QAction *a = m_languageMenu->addAction(Language::nativeName(code));
        a->setObjectName(QStringLiteral("language_") + code);
        a->setData(code);
        a->setCheckable(true);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (m_context.language)
                m_context.language->setLanguage(code);
        });
    }
    syncLanguageActions();

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About ExitDesk"),
                           tr("ExitDesk %1\nRegistration of documents for leaving Kazakhstan for permanent "
                              "residence abroad.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::syncLanguageActions()
{
    const QString current = Language::current();
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == current);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("ExitDesk — exit cases"));
    m_caseMenu->setTitle(tr("&Case"));
    m_newAction->setText(tr("&New questionnaire"));
    m_findAction->setText(tr("Fin&d"));
    m_refreshAction->setText(tr("&Refresh list"));
    m_changeUserAction->setText(tr("Change &user…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_deadlinesAction->setText(tr("&Deadlines dashboard"));
    m_registerAction->setText(tr("&Register of exit cases…"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_calendarAction->setText(tr("Production &calendar…"));
    m_usersAction->setText(tr("&Users…"));
    m_auditAction->setText(tr("&Audit log…"));
    m_databaseAction->setText(tr("&Database settings…"));
    m_printerOffsetsAction->setText(tr("&Printer offsets…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About ExitDesk"));
    syncLanguageActions();
    updateUserLabel();
}

void MainWindow::setActor(const Actor &actor)
{
    m_actor = actor;
    // The views opened from here (register export, users, audit) act as this person.
    m_context.actor = &m_actor;
    updateUserLabel();
}

void MainWindow::updateUserLabel()
{
    if (!m_userLabel)
        return;
    if (m_actor.login.isEmpty() && !m_actor.setup) {
        m_userLabel->clear();
        return;
    }
    const QString name = m_actor.fullName.isEmpty() ? m_actor.login : m_actor.fullName;
    m_userLabel->setText(tr("Logged in: %1 (%2)").arg(name, roleName(m_actor.role, Language::current())));
}

bool MainWindow::closeOtherWindows()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w == this || !w->isVisible() || !w->isWindow() || w->windowType() == Qt::Popup)
            continue;
        if (!w->close())
            return false;
    }
    return true;
}

void MainWindow::changeUser()
{
    if (!closeOtherWindows())
        return;
    hide();
    LoginDialog login(m_context, LoginFlow::workstation());
    if (login.exec() != QDialog::Accepted || !login.actor()) {
        close();
        return;
    }
    setActor(*login.actor());
    m_list->reload();
    show();
    m_list->focusSearch();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the main window ends the session: case cards and views left open would keep the
    // program running without its menu (Ctrl+Q seemed to do nothing).
    if (!closeOtherWindows()) {
        event->ignore();
        return;
    }
    settings::mainWindowGeometry.setValue(saveGeometry());
    QMainWindow::closeEvent(event);
}

DeadlinesDashboard *MainWindow::showDeadlines()
{
    if (!m_dashboard) {
        m_dashboard = new DeadlinesDashboard(m_context, this);
        m_dashboard->setWindowFlag(Qt::Window);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        // The stage column takes what the fixed ones leave: at 1100 it was cut to a few letters.
        m_dashboard->resize(1360, 760);
        connect(m_dashboard, &DeadlinesDashboard::openCaseRequested, this, &MainWindow::openCase);
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    return m_dashboard;
}

void MainWindow::editCalendar()
{
    CalendarEditorDialog dialog(m_context, this);
    connect(&dialog, &CalendarEditorDialog::calendarChanged, m_list, &CaseListPanel::reload);
    dialog.exec();
}

IntakeWindow *MainWindow::newCase()
{
    return openQuestionnaire(0);
}

QWidget *MainWindow::openCase(qint64 caseId)
{
    if (caseId == 0 || !m_context.database)
        return openQuestionnaire(caseId);
    StorageError error;
    const std::optional<Case> c = CaseRepository(*m_context.database, *m_context.clock).loadById(caseId, &error);
    if (!c) {
        MessageBox::warning(this, tr("Cannot open the case"), error.message(Language::current()));
        return nullptr;
    }
    if (c->status != CaseStatus::Accepted)
        return openQuestionnaire(caseId);
    if (QWidget *open = m_cards.value(caseId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *card = new CaseCard(m_context, m_actor, caseId, this);
    m_cards.insert(caseId, card);
    // A step recorded on the card changes the stage and due dates shown in the list.
    connect(card, &CaseCard::caseChanged, m_list, &CaseListPanel::reload);
    connect(card, &CaseCard::caseChanged, this, [this] {
        if (m_dashboard)
            m_dashboard->reload();
    });
    card->show();
    card->activateWindow();
    return card;
}

IntakeWindow *MainWindow::openQuestionnaire(qint64 caseId)
{
    Case c;
    if (caseId != 0) {
        if (!m_context.database)
            return nullptr;
        StorageError error;
        const std::optional<Case> loaded = CaseRepository(*m_context.database, *m_context.clock).loadById(caseId, &error);
        if (!loaded) {
            MessageBox::warning(this, tr("Cannot open the case"), error.message(Language::current()));
            return nullptr;
        }
        c = *loaded;
    }
    auto *window = new IntakeWindow(m_context, c, this);
    connect(window, &IntakeWindow::caseStored, m_list, &CaseListPanel::reload);
    connect(window, &IntakeWindow::caseStored, this, [this] {
        if (m_dashboard)
            m_dashboard->reload();
    });
    window->show();
    window->activateWindow();
    return window;
}

} // namespace exitdesk::ui
