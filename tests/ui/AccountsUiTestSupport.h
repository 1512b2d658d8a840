// Helpers of the login, users, audit and database-settings tests: a database file in a
// temporary folder, ready-made accounts, and a way to fill in a modal dialog that exec()
// opens (the test's code runs from the dialog's own event loop).
#pragma once

#include "UiTestSupport.h"
#include "accounts/AccountRepository.h"
#include "accounts/Actor.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace exitdesk::test {

class AccountsUiTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        QString error;
        db = Database::open(m_dir.filePath(QStringLiteral("exitdesk.sqlite")), &error);
        ASSERT_TRUE(db) << error.toStdString();
    }

    QString databasePath() const { return m_dir.filePath(QStringLiteral("exitdesk.sqlite")); }

    // Adds an account directly through core; the first one must be the administrator.
    Actor addAccount(const QString &login, Role role, const QString &password)
    {
        const bool first = AccountRepository::count(*db) == 0;
        const Actor by = first ? Actor::setupActor(QStringLiteral("test-ws")) : m_admin;
        Finding error;
        const auto account = AccountRepository::add(*db, by, clock, login, QStringLiteral("Тест ") + login,
                                                    role, password, &error);
        EXPECT_TRUE(account) << error.messageEn.toStdString();
        Actor a;
        a.accountId = account ? account->id : 0;
        a.login = login;
        a.fullName = account ? account->fullName : QString();
        a.role = role;
        a.workstation = QStringLiteral("test-ws");
        if (first)
            m_admin = a;
        return a;
    }

    QTemporaryDir m_dir;
    Actor m_admin;
};

// Runs fill on the modal dialog of type T that the next exec() opens; a dialog that the
// test leaves open is rejected after a few seconds so that a failing test cannot hang.
template <typename T> void whenDialogOpens(std::function<void(T *)> fill, bool *found = nullptr)
{
    QTimer::singleShot(0, [fill, found] {
        QWidget *modal = QApplication::activeModalWidget();
        T *dialog = qobject_cast<T *>(modal);
        if (found)
            *found = dialog != nullptr;
        if (!dialog) {
            if (auto *other = qobject_cast<QDialog *>(modal))
                other->reject();
            return;
        }
        // Bound to this dialog: the timer dies with it.
        QTimer::singleShot(10000, dialog, [dialog] { dialog->reject(); });
        fill(dialog);
    });
}

// Processes events until done() or the time is up; whether done() became true.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

} // namespace exitdesk::test
