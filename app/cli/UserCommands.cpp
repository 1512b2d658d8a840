// exitdesk-cli user add | list | lock | unlock | passwd | role: staff accounts.
// New passwords come from --password-file FILE or from standard input (the line after the
// acting administrator's password when that is read from standard input too), never from
// an argument.
#include "CliAuth.h"
#include "CliDatabase.h"
#include "CommandRegistry.h"
#include "SystemClock.h"
#include "accounts/AccountRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace exitdesk::cli {

namespace {

QSet<QString> withAuth(QSet<QString> options)
{
    options.insert(QStringLiteral("db"));
    return withAuthOptions(options);
}

bool parseRole(CliContext &ctx, const QString &text, Role *role)
{
    if (text == QLatin1String("migration-officer"))
        return (*role = Role::Officer), true;
    if (roleFromKey(text, role))
        return true;
    ctx.usageError(ctx.tr3(QStringLiteral("unknown role %1 (operator, officer, head, administrator)"),
                           QStringLiteral("неизвестная роль %1 (operator, officer, head, administrator)"),
                           QStringLiteral("белгісіз рөл %1 (operator, officer, head, administrator)"))
                       .arg(text));
    return false;
}

// The new password: from --password-file (first line), else the next line of stdin.
bool newPassword(CliContext &ctx, QString *password)
{
    const QString path = ctx.option(QStringLiteral("password-file"));
    if (!path.isEmpty()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            ctx.fail(ExitBadInput, ctx.tr3(QStringLiteral("cannot read %1: %2"),
                                           QStringLiteral("не удалось прочитать %1: %2"),
                                           QStringLiteral("%1 оқу мүмкін болмады: %2"))
                                       .arg(path, f.errorString()));
            return false;
        }
        QByteArray line = f.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        *password = QString::fromUtf8(line);
    } else {
        *password = readSecretLine(ctx.tr3(QStringLiteral("New password: "), QStringLiteral("Новый пароль: "),
                                           QStringLiteral("Жаңа құпиясөз: ")));
    }
    if (password->isNull()) {
        ctx.fail(ExitBadInput,
                 ctx.tr3(QStringLiteral("no new password given"), QStringLiteral("новый пароль не указан"),
                         QStringLiteral("жаңа құпиясөз берілмеді")));
        return false;
    }
    return true;
}

int failWith(CliContext &ctx, const Finding &f)
{
    return ctx.fail(ExitBadInput, f.message(ctx.lang()));
}

bool onePositional(CliContext &ctx, const QString &usage)
{
    if (ctx.positional().size() == 1)
        return true;
    ctx.usageError(ctx.tr3(QStringLiteral("usage: %1"), QStringLiteral("использование: %1"),
                           QStringLiteral("қолданылуы: %1"))
                       .arg(usage));
    return false;
}

int runAdd(CliContext &ctx)
{
    if (!ctx.parse(
            withAuth({QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("password-file")}),
            {QStringLiteral("password-stdin")}))
        return ExitUsage;
    if (!onePositional(ctx,
                       QStringLiteral("user add LOGIN --role ROLE [--name NAME] [--password-file FILE]")))
        return ExitUsage;
    Role role = Role::Operator;
    if (!ctx.hasOption(QStringLiteral("role")))
        return ctx.usageError(ctx.tr3(QStringLiteral("--role is required"),
                                      QStringLiteral("нужен параметр --role"),
                                      QStringLiteral("--role параметрі керек")));
    if (!parseRole(ctx, ctx.option(QStringLiteral("role")), &role))
        return ExitUsage;
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const std::optional<Actor> actor = requireActor(ctx, *db, Permission::AccountsManage);
    if (!actor)
        return ExitBadInput;
    QString password;
    if (!newPassword(ctx, &password))
        return ExitBadInput;
    const SystemClock clock;
    Finding error;
    const std::optional<Account> added =
        AccountRepository::add(*db, *actor, clock, ctx.positional().first(),
                               ctx.option(QStringLiteral("name")), role, password, &error);
    if (!added)
        return failWith(ctx, error);
    ctx.out() << added->login << ' ' << roleKey(added->role) << Qt::endl;
    return ExitOk;
}

int runList(CliContext &ctx)
{
    if (!ctx.parse(withAuth({}), {QStringLiteral("json")}))
        return ExitUsage;
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const std::optional<Actor> actor = requireActor(ctx, *db, Permission::AccountsManage);
    if (!actor)
        return ExitBadInput;
    Finding error;
    const QList<Account> accounts = AccountRepository::list(*db, *actor, &error);
    if (!error.code.isEmpty())
        return failWith(ctx, error);
    const SystemClock clock;
    if (ctx.flag(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Account &a : accounts) {
            QJsonObject o = a.toAuditJson();
            o.insert(QStringLiteral("lockedOut"), a.lockedOutAt(clock.now()));
            array.append(o);
        }
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Account &a : accounts) {
            QString state;
            if (a.disabled)
                state = ctx.tr3(QStringLiteral("locked"), QStringLiteral("заблокирована"),
                                QStringLiteral("бұғатталған"));
            else if (a.lockedOutAt(clock.now()))
                state = ctx.tr3(QStringLiteral("locked out until %1"), QStringLiteral("заблокирована до %1"),
                                QStringLiteral("%1 дейін бұғатталған"))
                            .arg(a.lockedUntil.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
            ctx.out() << a.login << '\t' << roleKey(a.role) << '\t' << a.fullName << '\t' << state << '\n';
        }
    }
    ctx.out().flush();
    return ExitOk;
}

// Opens the database, requires an account manager and runs `change` as them; the exit code.
int asAccountManager(CliContext &ctx,
                     const std::function<bool(Database &, const Actor &, const Clock &, Finding *)> &change)
{
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    const std::optional<Actor> actor = requireActor(ctx, *db, Permission::AccountsManage);
    if (!actor)
        return ExitBadInput;
    const SystemClock clock;
    Finding error;
    if (!change(*db, *actor, clock, &error))
        return failWith(ctx, error);
    return ExitOk;
}

int runLock(CliContext &ctx, bool lock)
{
    if (!ctx.parse(withAuth({}), {}))
        return ExitUsage;
    if (!onePositional(ctx, lock ? QStringLiteral("user lock LOGIN") : QStringLiteral("user unlock LOGIN")))
        return ExitUsage;
    return asAccountManager(ctx, [&](Database &db, const Actor &actor, const Clock &clock, Finding *error) {
        return AccountRepository::setDisabled(db, actor, clock, ctx.positional().first(), lock, error);
    });
}

int runPasswd(CliContext &ctx)
{
    if (!ctx.parse(withAuth({QStringLiteral("password-file")}), {QStringLiteral("password-stdin")}))
        return ExitUsage;
    if (!onePositional(ctx, QStringLiteral("user passwd LOGIN [--password-file FILE]")))
        return ExitUsage;
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    // One's own password or, for an administrator, anyone's: core decides.
    const std::optional<Actor> actor = authenticate(ctx, *db);
    if (!actor)
        return ExitBadInput;
    QString password;
    if (!newPassword(ctx, &password))
        return ExitBadInput;
    const SystemClock clock;
    Finding error;
    if (!AccountRepository::setPassword(*db, *actor, clock, ctx.positional().first(), password, &error))
        return failWith(ctx, error);
    return ExitOk;
}

int runRole(CliContext &ctx)
{
    if (!ctx.parse(withAuth({}), {}))
        return ExitUsage;
    if (ctx.positional().size() != 2)
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: user role LOGIN ROLE"),
                                      QStringLiteral("использование: user role ЛОГИН РОЛЬ"),
                                      QStringLiteral("қолданылуы: user role ЛОГИН РӨЛ")));
    Role role = Role::Operator;
    if (!parseRole(ctx, ctx.positional().at(1), &role))
        return ExitUsage;
    return asAccountManager(ctx, [&](Database &db, const Actor &actor, const Clock &clock, Finding *error) {
        return AccountRepository::setRole(db, actor, clock, ctx.positional().first(), role, error);
    });
}

const CommandRegistration addCommand({
    {QStringLiteral("user"), QStringLiteral("add")},
    QStringLiteral("LOGIN --role operator|officer|head|administrator [--name NAME] [--password-file FILE] "
                   "[--user ADMIN]"),
    QStringLiteral("add a staff account (the first one must be an administrator); the new password from "
                   "--password-file or standard input"),
    runAdd,
});
const CommandRegistration listCommand({
    {QStringLiteral("user"), QStringLiteral("list")},
    QStringLiteral("[--json] --user ADMIN"),
    QStringLiteral("list the staff accounts"),
    runList,
});
const CommandRegistration lockCommand({
    {QStringLiteral("user"), QStringLiteral("lock")},
    QStringLiteral("LOGIN --user ADMIN"),
    QStringLiteral("lock an account"),
    [](CliContext &ctx) { return runLock(ctx, true); },
});
const CommandRegistration unlockCommand({
    {QStringLiteral("user"), QStringLiteral("unlock")},
    QStringLiteral("LOGIN --user ADMIN"),
    QStringLiteral("unlock an account (also ends a lockout after wrong passwords)"),
    [](CliContext &ctx) { return runLock(ctx, false); },
});
const CommandRegistration passwdCommand({
    {QStringLiteral("user"), QStringLiteral("passwd")},
    QStringLiteral("LOGIN [--password-file FILE] --user LOGIN|ADMIN"),
    QStringLiteral("set a password: one's own, or anyone's by an administrator"),
    runPasswd,
});
const CommandRegistration roleCommand({
    {QStringLiteral("user"), QStringLiteral("role")},
    QStringLiteral("LOGIN ROLE --user ADMIN"),
    QStringLiteral("change an account's role"),
    runRole,
});

} // namespace

} // namespace exitdesk::cli
