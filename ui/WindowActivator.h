// Gives the keyboard back to the program's window when a dialog closes or after logging in.
// A window manager does that; under a bare X server (Xvfb, kiosk sessions) nobody does, and the
// main window stays inactive — Ctrl+N and the other shortcuts are ignored until it is clicked.
// Installed once on the application (runApplication); activate() is for showing a window.
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace exitdesk::ui {

class WindowActivator : public QObject
{
public:
    // Watches the application's windows (an event filter on qApp).
    explicit WindowActivator(QObject *parent = nullptr);
    ~WindowActivator() override;

    // Shows window, brings it to the front and gives it the keyboard.
    static void activate(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // After an active window was hidden: activate the modal dialog still open, else the window
    // that opened the hidden one, else a visible main window — unless something is active.
    void restore();

    QPointer<QWidget> m_opener; // the window that opened the last active window hidden
    bool m_pending = false;
};

} // namespace exitdesk::ui
