// The print module's settings in the database (table form_settings, migration 040): the
// office's name, address, department, phone, executor, head and the secret key of the
// documents' check codes, which is generated (random, 32 bytes) the first time it is needed.
// Changes are made as a person, through core's SettingChange: permission SettingsEdit checked
// in core, the write and its audit record ("setting.change") in one transaction.
#pragma once

#include "OfficeSettings.h"

#include <QString>

namespace exitdesk {
struct Actor;
class Clock;
class Database;
} // namespace exitdesk

namespace exitdesk::forms {

class FormSettingsStore
{
public:
    explicit FormSettingsStore(Database &db) : m_db(db) {}

    // Setting names: office.name, office.address, office.department, office.phone,
    // office.executor, office.head, office.affairs-body, office.qr-key (hex), forms.language.
    // Printers' offsets are stored here too, one setting per printer (PrinterOffsetsStore).
    static QStringList names();
    // names(), or a printer's offsets (PrinterOffsetsStore::settingName).
    static bool isKnownName(const QString &name);

    QString value(const QString &name, QString *error = nullptr) const;
    // Sets the setting as `actor` (audited; the QR key's value is never written to the audit).
    // False with *error (in actor.lang for a refusal) when refused or on a database error.
    bool setValue(const Actor &actor, const Clock &clock, const QString &name, const QString &value, QString *error);
    // The office as stored; creates the check-code key when there is none yet.
    bool load(OfficeSettings *office, QString *error);

private:
    // The bare write, inside SettingChange's transaction (and for the generated key).
    bool write(const QString &name, const QString &value, QString *error);

    Database &m_db;
};

} // namespace exitdesk::forms
