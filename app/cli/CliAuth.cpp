#include "CliAuth.h"

#include "SystemClock.h"
#include "accounts/AccountRepository.h"
#include "accounts/Authenticator.h"
#include "accounts/Permissions.h"
#include "storage/Database.h"

#include <QSysInfo>

#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace exitdesk::cli {

QSet<QString> authOptions()
{
    return {QStringLiteral("user")};
}

QSet<QString> withAuthOptions(QSet<QString> options)
{
    return options.unite(authOptions());
}

QString workstationName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("unknown") : host;
}

QString readSecretLine(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    // fgets on stdin shares stdio's buffer with commands that read the rest of stdin later.
    QByteArray line;
    char buffer[512];
    bool any = false;
    while (std::fgets(buffer, sizeof buffer, stdin)) {
        any = true;
        line += buffer;
        if (line.endsWith('\n'))
            break;
    }
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (!any)
        return QString();
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    QString result = QString::fromUtf8(line);
    std::memset(line.data(), 0, static_cast<size_t>(line.size()));
    return result.isNull() ? QStringLiteral("") : result;
}

std::optional<Actor> authenticate(CliContext &ctx, Database &db)
{
    QString why;
    const int accounts = AccountRepository::count(db, &why);
    if (accounts < 0) {
        ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("cannot read the accounts: %1"),
                                       QStringLiteral("не удалось прочитать учётные записи: %1"),
                                       QStringLiteral("есептік жазбаларды оқу мүмкін болмады: %1"))
                                   .arg(why));
        return std::nullopt;
    }
    if (accounts == 0)
        return Actor::setupActor(workstationName(), ctx.lang());

    QString login = ctx.option(QStringLiteral("user"));
    if (login.isEmpty())
        login = qEnvironmentVariable("EXITDESK_USER");
    if (login.isEmpty()) {
        ctx.fail(
            ExitBadInput,
            ctx.tr3(QStringLiteral("this command needs a login: --user LOGIN (password in EXITDESK_PASSWORD "
                                   "or on the first line of standard input)"),
                    QStringLiteral("для этой команды нужен вход: --user ЛОГИН (пароль в EXITDESK_PASSWORD "
                                   "или первой строкой стандартного ввода)"),
                    QStringLiteral("бұл командаға кіру керек: --user ЛОГИН (құпиясөз EXITDESK_PASSWORD "
                                   "айнымалысында немесе стандартты енгізудің бірінші жолында)")));
        return std::nullopt;
    }
    QString password = qEnvironmentVariable("EXITDESK_PASSWORD");
    if (password.isEmpty()) {
        password = readSecretLine(ctx.tr3(QStringLiteral("Password for %1: "),
                                          QStringLiteral("Пароль для %1: "), QStringLiteral("%1 құпиясөзі: "))
                                      .arg(login));
    }
    if (password.isEmpty()) {
        // Nothing typed is no attempt: it must not count towards the lockout.
        ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("no password given for %1"),
                                       QStringLiteral("не указан пароль для %1"),
                                       QStringLiteral("%1 үшін құпиясөз берілмеді"))
                                   .arg(login));
        return std::nullopt;
    }
    const SystemClock clock;
    const LoginResult result = Authenticator::login(db, login, password, workstationName(), clock);
    if (!result.ok()) {
        ctx.fail(ExitBadInput, result.message(ctx.lang()));
        return std::nullopt;
    }
    Actor actor = result.actor;
    actor.lang = ctx.lang();
    return actor;
}

std::optional<Actor> requireActor(CliContext &ctx, Database &db, Permission needed)
{
    std::optional<Actor> actor = authenticate(ctx, db);
    if (!actor)
        return std::nullopt;
    if (const auto denied = Permissions::require(*actor, needed)) {
        ctx.fail(ExitBadInput, denied->message(ctx.lang()));
        return std::nullopt;
    }
    return actor;
}

} // namespace exitdesk::cli
