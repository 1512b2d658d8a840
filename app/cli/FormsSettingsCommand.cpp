// exitdesk-cli forms settings [NAME [VALUE]]: the print module's office settings
// (office.name, office.address, office.department, office.phone, office.executor, office.head,
// office.affairs-body, office.qr-key, forms.language) and the printers' offsets
// (printer.offsets:PRINTER = "X;Y" millimetres). The QR key is never printed.
#include "CliAuth.h"
#include "CliDatabase.h"
#include "CommandRegistry.h"

#include "FormSettingsStore.h"
#include "PrinterOffsetsStore.h"
#include "SystemClock.h"

namespace exitdesk::cli {

using namespace exitdesk::forms;

namespace {

int runSettings(CliContext &ctx)
{
    if (!ctx.parse(withAuthOptions({QStringLiteral("db")}), {}))
        return ExitUsage;
    const QStringList args = ctx.positional();
    if (args.size() > 2 || (!args.isEmpty() && !FormSettingsStore::isKnownName(args.first())))
        return ctx.usageError(ctx.tr3(QStringLiteral("usage: forms settings [NAME [VALUE]]; names: %1, "
                                                     "printer.offsets:PRINTER (X;Y mm)"),
                                      QStringLiteral("использование: forms settings [ИМЯ [ЗНАЧЕНИЕ]]; имена: %1, "
                                                     "printer.offsets:ПРИНТЕР (X;Y мм)"),
                                      QStringLiteral("қолданылуы: forms settings [АТАУ [МӘН]]; атаулар: %1, "
                                                     "printer.offsets:ПРИНТЕР (X;Y мм)"))
                                  .arg(FormSettingsStore::names().join(QStringLiteral(", "))));
    PrintOffsets offsets;
    if (args.size() == 2 && !PrinterOffsetsStore::printerOf(args.at(0)).isEmpty()
        && !PrinterOffsetsStore::parse(args.at(1), &offsets))
        return ctx.fail(ExitBadInput,
                        ctx.tr3(QStringLiteral("a printer's offsets are X;Y in millimetres, up to ±%1, e.g. 1.5;-2"),
                                QStringLiteral("смещения принтера: X;Y в миллиметрах, до ±%1, например 1.5;-2"),
                                QStringLiteral("принтердің ығысуы: X;Y миллиметрмен, ±%1 дейін, мысалы 1.5;-2"))
                            .arg(PrinterOffsetsStore::limitMm()));
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
        const bool ok = store.setValue(*actor, SystemClock(), name, value, &error);
        return ok ? ExitOk : ctx.fail(ExitBadInput, error);
    }
    QStringList names = args;
    if (names.isEmpty()) {
        names = FormSettingsStore::names();
        for (const QString &printer : PrinterOffsetsStore(*db).all(&error).keys())
            names << PrinterOffsetsStore::settingName(printer);
    }
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
