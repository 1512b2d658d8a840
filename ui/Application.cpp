#include "Application.h"

#include "AppContext.h"
#include "Language.h"
#include "MainWindow.h"
#include "WindowActivator.h"
#include "accounts/LoginFlow.h"
#include "caselist/StorageCaseListSource.h"
#include "editor/LocalDraftsPrompt.h"
#include "session/Deadlines.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

namespace exitdesk::ui {

QString defaultDatabaseLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/ExitDesk");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/exitdesk.sqlite");
}

int runApplication(int argc, char **argv, const Clock &clock)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ExitDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ExitDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXITDESK_VERSION));

    Language language;
    language.restore();
    // Without a window manager nobody else gives the keyboard back when a dialog closes.
    WindowActivator activator;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ExitDesk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringList{QStringLiteral("db")},
                                      QStringLiteral("Database: a SQLite file, :memory: or a postgresql:// URL."),
                                      QStringLiteral("location"));
    const QCommandLineOption langOption(QStringList{QStringLiteral("lang")},
                                        QStringLiteral("Language of the screens for this session: kk or ru."),
                                        QStringLiteral("code"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);
    if (parser.isSet(langOption))
        language.setLanguage(parser.value(langOption), false);

    QString location = parser.value(dbOption);
    if (location.isEmpty())
        location = qEnvironmentVariable("EXITDESK_DB");
    if (location.isEmpty())
        location = defaultDatabaseLocation();

    QString error;
    std::unique_ptr<Database> db = Database::open(location, &error);
    if (!db) {
        QMessageBox::critical(nullptr, QObject::tr("ExitDesk"),
                              QObject::tr("Cannot open the database %1:\n%2").arg(location, error));
        return 1;
    }

    Deadlines deadlines(db.get(), clock);
    AppContext context{db.get(), &clock, &language, &deadlines};
    // Who works in this session: the first start creates the administrator, later ones log in.
    const std::optional<Actor> actor = LoginFlow::run(context, nullptr);
    if (!actor)
        return 0;
    context.actor = &*actor;
    MainWindow window(context, std::make_unique<StorageCaseListSource>(context));
    window.setActor(*actor);
    // Active at once, so that its shortcuts work without a click first.
    WindowActivator::activate(&window);
    // Questionnaires kept on this workstation while the server could not be reached.
    QTimer::singleShot(0, &window, [&] { LocalDraftsPrompt::offer(context, &window); });
    return app.exec();
}

} // namespace exitdesk::ui
