// Backup copies and restoring them. SQLite: a consistent online copy with VACUUM INTO (other
// programs may keep working meanwhile); PostgreSQL: pg_dump in its custom format, restored
// with pg_restore. The output is written under a temporary name and renamed when complete,
// so a failed backup or restore leaves nothing half written. Both are audited.
#pragma once

#include "accounts/Actor.h"
#include "validation/Finding.h"

#include <QString>

namespace exitdesk {

class Clock;
class Database;

enum class BackupFormat
{
    Unknown,
    SQLite,
    PgCustom
};

class BackupService
{
public:
    // location: what db was opened with (the PostgreSQL password is taken from it for pg_dump).
    // Refuses an existing outFile unless overwrite. Needs Permission::Backup.
    static bool backup(Database &db, const QString &location, const Actor &actor, const Clock &clock,
                       const QString &outFile, bool overwrite, Finding *error);

    // Replaces the database at targetLocation by the backup. Refuses a target that holds any
    // case, account or audit record unless force. Needs Permission::Restore (the setup actor
    // when the target has no accounts). Close other programs using the target first.
    static bool restore(const QString &backupFile, const QString &targetLocation, const Actor &actor,
                        const Clock &clock, bool force, Finding *error);

    static BackupFormat formatOf(const QString &file);
    // Cases + accounts + audit records: 0 for a database nobody has used yet; -1 on error.
    static qint64 contentRows(Database &db);
};

} // namespace exitdesk
