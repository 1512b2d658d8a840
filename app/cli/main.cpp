// exitdesk-cli: the command line for administrators, batch work and tests.
// Finds the command by its words and hands the rest of the arguments to it.
#include "CommandRegistry.h"
#include "LocalTimeZone.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>

#include <algorithm>

#include <unistd.h>

using namespace exitdesk::cli;

namespace {

QString defaultLang()
{
    const QString env = qEnvironmentVariable("EXITDESK_LANG");
    if (!env.isEmpty())
        return env;
    switch (QLocale::system().language()) {
    case QLocale::Kazakh:
        return QStringLiteral("kk");
    case QLocale::Russian:
        return QStringLiteral("ru");
    default:
        return QStringLiteral("en");
    }
}

void printHelp(QTextStream &s)
{
    s << "Usage: exitdesk-cli COMMAND [ARGS] [--db LOCATION] [--lang kk|ru|en]\n\nCommands:\n";
    QList<Command> commands = CommandRegistry::commands();
    std::sort(commands.begin(), commands.end(),
              [](const Command &a, const Command &b) { return a.words.join(u' ') < b.words.join(u' '); });
    for (const Command &c : commands)
        s << "  " << c.words.join(QLatin1Char(' ')) << ' ' << c.usage << "\n      " << c.summary << '\n';
    s.flush();
}

} // namespace

int main(int argc, char **argv)
{
    exitdesk::pinLocalTimeZone();
    // A QGuiApplication because `render` lays out text with fonts; the offscreen platform
    // (unless another is asked for) keeps the command line free of any display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (cron, ssh, tests) Qt would warn on stderr about a missing runtime
    // directory; give it the one it would fall back to, created as it expects.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ExitDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ExitDesk"));

    QStringList args = app.arguments().mid(1);
    QString lang = defaultLang();
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size()) {
            lang = args.at(i + 1);
            args.remove(i, 2);
            break;
        }
        if (args.at(i).startsWith(QLatin1String("--lang="))) {
            lang = args.at(i).mid(7);
            args.remove(i);
            break;
        }
    }
    if (lang != QLatin1String("kk") && lang != QLatin1String("ru") && lang != QLatin1String("en"))
        lang = QStringLiteral("en");

    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
        QTextStream out(stdout);
        printHelp(args.isEmpty() ? err : out);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }

    // The longest matching sequence of command words wins ("case import" before "case").
    const Command *best = nullptr;
    for (const Command &c : CommandRegistry::commands()) {
        if (c.words.size() <= args.size() && args.mid(0, c.words.size()) == c.words
            && (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (!best) {
        CliContext ctx(args, lang);
        ctx.usageError(ctx.tr3(QStringLiteral("unknown command: %1 (see exitdesk-cli --help)"),
                               QStringLiteral("неизвестная команда: %1 (см. exitdesk-cli --help)"),
                               QStringLiteral("белгісіз команда: %1 (exitdesk-cli --help қараңыз)"))
                           .arg(args.join(QLatin1Char(' '))));
        return ExitUsage;
    }
    CliContext ctx(args.mid(best->words.size()), lang);
    return best->run(ctx);
}
