// The triggers that make audit_log append-only in the database itself (RAISE(ABORT) on
// SQLite, a plpgsql function raising an exception on PostgreSQL). They are dialect-specific,
// so they are created here rather than in the portable migrations; AuditLog::append makes
// sure they exist, which also recreates them if someone dropped them.
#pragma once

#include <QString>

namespace exitdesk {

class Database;

class AuditGuards
{
public:
    static bool present(Database &db);
    static bool install(Database &db, QString *error);
};

} // namespace exitdesk
