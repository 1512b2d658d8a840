// The offsets of each printer (x/y millimetres), to align the forms with pre-printed or
// stamped paper: kept in the print module's settings (form_settings) as one setting per
// printer, "printer.offsets:NAME" = "X;Y", changed through FormSettingsStore (audited).
// The desktop program applies them when it prints to that printer; the command line's
// render takes them with --printer NAME, --offset-x/-y overriding.
#pragma once

#include "FormPainter.h"

#include <QMap>
#include <QString>

namespace exitdesk {
struct Actor;
class Clock;
class Database;
} // namespace exitdesk

namespace exitdesk::forms {

class PrinterOffsetsStore
{
public:
    explicit PrinterOffsetsStore(Database &db) : m_db(db) {}

    static QString settingName(const QString &printer);
    // The printer a setting name is about; empty when it is not a printer's offsets.
    static QString printerOf(const QString &settingName);
    // "X;Y" <-> offsets; false for anything else (or offsets beyond ±limitMm()).
    static QString format(PrintOffsets offsets);
    static bool parse(const QString &text, PrintOffsets *offsets);
    static double limitMm() { return 30; }

    // The printer's offsets; zero when none are stored.
    PrintOffsets offsets(const QString &printer, QString *error = nullptr) const;
    // Every printer with stored offsets.
    QMap<QString, PrintOffsets> all(QString *error = nullptr) const;
    // Stores them as `actor` (SettingsEdit, audited). False with *error when refused.
    bool setOffsets(const Actor &actor, const Clock &clock, const QString &printer, PrintOffsets offsets,
                    QString *error);

private:
    Database &m_db;
};

} // namespace exitdesk::forms
