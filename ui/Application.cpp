#include "Application.h"

#include <QApplication>
#include <QMainWindow>

namespace exitdesk::ui {

int runApplication(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ExitDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ExitDesk"));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("ExitDesk"));
    window.show();
    return app.exec();
}

} // namespace exitdesk::ui
