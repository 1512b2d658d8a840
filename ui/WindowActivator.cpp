#include "WindowActivator.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>
#include <QWidget>

namespace exitdesk::ui {

WindowActivator::WindowActivator(QObject *parent) : QObject(parent)
{
    qApp->installEventFilter(this);
}

WindowActivator::~WindowActivator()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void WindowActivator::activate(QWidget *window)
{
    if (!window)
        return;
    window->show();
    window->raise();
    window->activateWindow();
}

bool WindowActivator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Hide && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        const Qt::WindowType type = widget->windowType();
        // Only a window that had the keyboard, or a modal dialog (the user was answering it):
        // one hidden while the user works in another program must not pull this one forward.
        if (widget->isWindow() && (type == Qt::Window || type == Qt::Dialog)
            && (QApplication::activeWindow() == widget || widget->isModal())) {
            m_opener = widget->parentWidget() ? widget->parentWidget()->window() : nullptr;
            if (!m_pending) {
                m_pending = true;
                // Later: the code that closed the dialog may show the next window first (the
                // main window after the login dialog).
                QTimer::singleShot(0, this, &WindowActivator::restore);
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void WindowActivator::restore()
{
    m_pending = false;
    QWidget *active = QApplication::activeWindow();
    if (active && active->isVisible())
        return;
    QWidget *target = QApplication::activeModalWidget();
    if (!target && m_opener && m_opener->isVisible())
        target = m_opener;
    if (!target) {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && qobject_cast<QMainWindow *>(w)) {
                target = w;
                break;
            }
        }
    }
    m_opener = nullptr;
    if (target)
        activate(target);
}

} // namespace exitdesk::ui
