// The print module's settings in the database (table form_settings, migration 040): the
// office's name, address, department, phone, executor, head and the secret key of the
// documents' check codes, which is generated (random, 32 bytes) the first time it is needed.
#pragma once

#include "OfficeSettings.h"

#include <QString>

namespace exitdesk {
class Database;
}

namespace exitdesk::forms {

class FormSettingsStore
{
public:
    explicit FormSettingsStore(Database &db) : m_db(db) {}

    // Setting names: office.name, office.address, office.department, office.phone,
    // office.executor, office.head, office.affairs-body, office.qr-key (hex), forms.language.
    static QStringList names();

    QString value(const QString &name, QString *error = nullptr) const;
    bool setValue(const QString &name, const QString &value, QString *error);
    // The office as stored; creates the check-code key when there is none yet.
    bool load(OfficeSettings *office, QString *error);

private:
    Database &m_db;
};

} // namespace exitdesk::forms
