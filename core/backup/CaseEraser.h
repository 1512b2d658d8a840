// Deletes the personal data of one case in place: the listing columns (names, IIN, birth
// date, destination), the questionnaire body (replaced by a body with only the number, the
// office, the channel and the submission time) and the details of its events (their kinds
// and dates stay). Internal to RetentionRepository::destroy, inside its transaction.
#pragma once

#include <QString>

namespace exitdesk {
class Clock;
class Database;
} // namespace exitdesk

namespace exitdesk::retention {

class CaseEraser
{
public:
    static bool erase(Database &db, const Clock &clock, qint64 caseId, QString *error);
};

} // namespace exitdesk::retention
