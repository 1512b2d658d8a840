// Which database the desktop program opens: the embedded SQLite file or an office PostgreSQL
// server, as the fields of the database-settings dialog and as the location string that
// Database::open takes. The choice is kept in QSettings under "database/location"
// (settings::databaseLocation); empty means the default SQLite file.
#pragma once

#include "Settings.h"
#include "storage/Database.h"

#include <QString>
#include <QStringList>

namespace exitdesk::ui {

namespace settings {
// The database location chosen in the database-settings dialog (a SQLite path or a
// postgresql:// URL); empty: the default file (defaultDatabaseLocation()). Read at start-up
// when neither --db nor EXITDESK_DB is given.
inline const SettingsKey<QString> databaseLocation{"database/location", QString()};
} // namespace settings

struct DatabaseSettings
{
    static constexpr int kDefaultPort = 5432;

    Dialect dialect = Dialect::SQLite;
    QString sqlitePath;
    QString host; // name, address, or a Unix socket directory (starting with /)
    int port = kDefaultPort;
    QString databaseName;
    QString user;
    QString password;
    QString sslMode = QStringLiteral("prefer");

    // The libpq sslmode values, weakest first.
    static QStringList sslModes();

    // The location for Database::open: the SQLite path, or
    // postgresql://user:password@host:port/database?sslmode=… (parts percent-encoded; a socket
    // directory goes into ?host=).
    QString location() const;
    // The fields of a location; false (with *error, English) when it cannot be parsed.
    static bool fromLocation(const QString &location, DatabaseSettings *out, QString *error);
};

} // namespace exitdesk::ui
