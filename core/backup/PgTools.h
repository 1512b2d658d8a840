// Running PostgreSQL's client programs (pg_dump, pg_restore) for a postgresql:// location:
// the newest installed version is used, the connection is passed as a libpq conninfo string
// and the password through PGPASSWORD, never on the command line (ps shows arguments).
#pragma once

#include "storage/DatabaseLocation.h"

#include <QString>
#include <QStringList>

namespace exitdesk {

class PgTools
{
public:
    // /usr/lib/postgresql/<newest>/bin/NAME, else NAME found on PATH; empty when neither.
    static QString find(const QString &name);
    // "host='/tmp/x' port='5432' user='u' dbname='d' sslmode='require'" (no password).
    static QString conninfo(const DatabaseLocation &location);
    // Runs the program to the end (at most timeoutMs). False with *error holding its stderr.
    static bool run(const QString &program, const QStringList &arguments, const DatabaseLocation &location,
                    int timeoutMs, QString *error);
};

} // namespace exitdesk
