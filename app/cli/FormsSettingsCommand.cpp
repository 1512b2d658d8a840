// exitdesk-cli forms settings [NAME [VALUE]]: the print module's office settings
// (office.name, office.address, office.department, office.phone, office.executor, office.head,
// office.affairs-body, office.qr-key, forms.language). The QR key is never printed.
#include "CliDatabase.h"
#include "CommandRegistry.h"

#include "FormSettingsStore.h"

namespace exitdesk::cli {

using namespace exitdesk::forms;

namespace {

int runSettings(CliContext &ctx)
{
    if (!ctx.parse({QStringLiteral("db")}, {}))
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
    FormSettingsStore store(*db);
    QString error;
    if (args.size() == 2) {
        if (!store.setValue(args.at(0), args.at(1), &error))
            return ctx.fail(ExitBadInput, error);
        return ExitOk;
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
