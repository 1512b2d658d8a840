// Versioned schema migrations: the files resources/core/migrations/NNN_name.sql (embedded as
// :/core/migrations/), applied in numeric order in one transaction and recorded in the
// table schema_migrations. Statements end with ";" at the end of a line (not on a "--" comment
// line); the tokens @PK@ and @BIGINT@ are replaced for the dialect (Database::translateSql).
#pragma once

#include <QList>
#include <QString>

namespace exitdesk {

class Database;

struct Migration
{
    int version = 0;
    QString name;     // file name, e.g. 001_cases.sql
    QString resource; // :/core/migrations/001_cases.sql
};

class SchemaMigrator
{
public:
    // The embedded migrations in numeric order; false (with *error) on a malformed name or a
    // number used twice.
    static bool available(QList<Migration> *migrations, QString *error);
    // Splits a migration file into its statements.
    static QStringList statements(const QString &sql);
    // Applies every pending migration in one transaction (serialised between processes).
    static bool migrate(Database &db, QString *error);
};

} // namespace exitdesk
