// exitdesk-cli forms settings [NAME [VALUE]]: the print module's office settings
// (office.name, office.address, office.department, office.phone, office.executor, office.head,
// office.affairs-body, office.qr-key, forms.language). The QR key is never printed.
#include "CliAuth.h"
#include "CliDatabase.h"
#include "CommandRegistry.h"

#include "FormSettingsStore.h"
#include "SystemClock.h"
#include "accounts/SettingChange.h"

namespace exitdesk::cli {

using namespace exitdesk::forms;

namespace {

int runSettings(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db")}), {}))
        return ExitUsage;
    const QStringList args = ctx.positional();
    if (args.size() > 2 || (!args.isEmpty() && !FormSettingsStore::names().contains(args.first())))
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: forms settings [NAME [VALUE]]; names: %1"),
                                      QStringLiteral("использование: forms settings [ИМЯ [ЗНАЧЕНИЕ]]; имена: %1"),
                                      QStringLiteral("қолданылуы: forms settings [АТАУ [МӘН]]; атаулар: %1"))
                                  .arg(FormSettingsStore::names().join(QStringLiteral(", "))));
    const std::unique_ptr<Database> db = openDatabase(ctx);
    if (!db)
        return ExitBadInput;
    // Changing needs SettingsEdit (checked again in core by SettingChange); reading, a login.
    const std::optional<Actor> actor =
        args.size() == 2 ? requireActor(ctx, *db, Permission::SettingsEdit) : authenticate(ctx, *db);
    if (!actor)
        return ExitBadInput;
    FormSettingsStore store(*db);
    QString error;
    if (args.size() == 2) {
        const QString &name = args.at(0);
        const QString &value = args.at(1);
        const QString before = store.value(name, &error);
        if (!error.isEmpty())
            return ctx.fail(ExitBadInput, error);
        const bool ok = SettingChange::apply(
            *db, *actor, SystemClock(), name, before, value, name == QLatin1String("office.qr-key"),
            [&](QString *why) { return store.setValue(name, value, why); }, &error);
        return ok ? ExitOk : ctx.fail(ExitBadInput, error);
    }
    const QStringList names = args.isEmpty() ? FormSettingsStore::names() : args;
    for (const QString &name : names) {
        QString value = store.value(name, &error);
        if (name == QLatin1String("office.qr-key") && !value.isEmpty())
            value = QStringLiteral("(set)");
        ctx.out() << name << '=' << value << '\n';
    }
    ctx.out().flush();
    return error.isEmpty() ? ExitOk : ctx.fail(ExitBadInput, error);
}

const CommandRegistration settingsRegistration(Command{
    {QStringLiteral("forms"), QStringLiteral("settings")}, QStringLiteral("[NAME [VALUE]]"),
    QStringLiteral("shows or sets the office details printed on the forms"), runSettings});

} // namespace

} // namespace exitdesk::cli
