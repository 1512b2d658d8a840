// The fields of a case's JSON body that the register prints or needs (passport number, identity
// card number, channel, children), as SQL on either database, and their copy in the case's stage
// cache row (table case_stages, migration 042), which the register reads instead of parsing the
// bodies. The copy is made with the row (CaseStageIndex::store) and again when an accepted case
// is edited (CaseRepository::update).
#pragma once

#include <QString>

namespace exitdesk {

class Database;
enum class Dialect;

class CaseBodyColumns
{
public:
    // SQL expressions on `body`: for SQLite the JSON text, for PostgreSQL a jsonb value.
    struct Expressions
    {
        QString passportNumber;
        QString identityNumber;
        QString channel;
        QString children; // the JSON array, as text
    };
    static Expressions expressions(Dialect dialect, const QString &body);
    // Copies them from the case's body into its stage cache row; no row, nothing to do.
    static bool copyToStageCache(Database &db, qint64 caseId, QString *error);
};

} // namespace exitdesk
