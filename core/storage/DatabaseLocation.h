// Where a database is, parsed from what the user typed (--db, EXITDESK_DB, settings):
// a SQLite file path, ":memory:", or a postgresql:// URL.
#pragma once

#include "storage/Database.h"

#include <QString>

namespace exitdesk {

struct DatabaseLocation
{
    Dialect dialect = Dialect::SQLite;
    QString path; // SQLite: file path or ":memory:"
    // PostgreSQL: host is a name, an address or a Unix socket directory (starting with /).
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // for QSqlDatabase::setConnectOptions (QPSQL: libpq keywords)

    // What to print: the location without the password.
    QString display() const;

    // False (with *error in English) for a malformed URL or an unsupported scheme.
    static bool parse(const QString &location, DatabaseLocation *out, QString *error);
};

} // namespace exitdesk
