// Changing the user (Ctrl+Shift+L) from any ExitDesk window: the shortcut works in a case card
// as in the main window, and the previous person's cards and views are closed before the next
// person logs in.
#include "AccountsUiTestSupport.h"
#include "MainWindow.h"
#include "accounts/LoginDialog.h"
#include "casecard/CaseCard.h"
#include "caselist/StorageCaseListSource.h"
#include "deadlines/DeadlinesDashboard.h"
#include "session/CaseFields.h"
#include "storage/CaseRepository.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QTest>
#include <QTimer>

namespace exitdesk::test {
namespace {

const QString kPassword = QStringLiteral("good-password-1");

class ChangeUserTest : public AccountsUiTest
{
protected:
    qint64 storeAcceptedCase()
    {
        Case c;
        c.applicant.surname = QStringLiteral("Ахметов");
        c.applicant.name = QStringLiteral("Серік");
        c.applicant.iin = QStringLiteral("850101300123");
        c.office = QStringLiteral("Алматы қ. ХҚКО №2");
        c.to.country = QStringLiteral("DE");
        c.submittedAt = clock.now();
        ui::CaseFields::fillNullTexts(c);
        StorageError error;
        EXPECT_TRUE(CaseRepository(*db, clock).accept(c, &error)) << error.messageEn.toStdString();
        return c.id;
    }

    // The ExitDesk windows on the screen other than `main`.
    static QList<QWidget *> otherWindows(QWidget *main)
    {
        QList<QWidget *> out;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w != main && w->isVisible() && w->windowType() != Qt::Popup && w->windowType() != Qt::ToolTip)
                out << w;
        }
        return out;
    }
};

TEST_F(ChangeUserTest, CtrlShiftLInACaseCardClosesTheCardsAndAsksForTheNextLogin)
{
    const qint64 caseId = storeAcceptedCase(); // before the accounts: no login needed yet
    addAccount(QStringLiteral("admin"), Role::Administrator, kPassword);
    const Actor operatorActor = addAccount(QStringLiteral("oper1"), Role::Operator, kPassword);
    addAccount(QStringLiteral("bolat"), Role::Officer, kPassword);
    deadlines = std::make_unique<ui::Deadlines>(db.get(), clock);
    ASSERT_GT(caseId, 0);

    ui::MainWindow main(context(), std::make_unique<ui::StorageCaseListSource>(context()));
    main.setActor(operatorActor);
    main.show();
    QPointer<QWidget> card = main.openCase(caseId);
    ASSERT_TRUE(qobject_cast<ui::CaseCard *>(card.data()));
    QPointer<QWidget> dashboard = main.showDeadlines();
    card->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(card));
    ASSERT_EQ(otherWindows(&main).size(), 2);

    // The next person logs in in the dialog the shortcut opens; by then the operator's card
    // and view are closed and the main window is out of the way.
    bool asked = false;
    int windowsLeftAtLogin = -1;
    bool mainHiddenAtLogin = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *login = qobject_cast<ui::LoginDialog *>(QApplication::activeModalWidget());
        if (!login || asked)
            return;
        asked = true;
        windowsLeftAtLogin = int(otherWindows(&main).size()) - 1; // the login dialog itself
        mainHiddenAtLogin = !main.isVisible();
        QTimer::singleShot(3000, login, [login] { login->reject(); }); // a failed login cannot hang
        QTest::keyClicks(login->loginEdit(), QStringLiteral("bolat"));
        QTest::keyClicks(login->passwordEdit(), kPassword);
        QTest::keyClick(login->passwordEdit(), Qt::Key_Return);
    });
    poll.start();
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : card.data(), Qt::Key_L,
                    Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(waitFor([&] { return asked && main.isVisible(); }, 5000)) << "no login was asked from the card";
    EXPECT_EQ(windowsLeftAtLogin, 0);
    EXPECT_TRUE(mainHiddenAtLogin);
    EXPECT_EQ(main.actor().login, QStringLiteral("bolat"));
    EXPECT_TRUE(otherWindows(&main).isEmpty());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(card.isNull()) << "the operator's card is still there";
    EXPECT_TRUE(dashboard.isNull() || !dashboard->isVisible());
}

} // namespace
} // namespace exitdesk::test
