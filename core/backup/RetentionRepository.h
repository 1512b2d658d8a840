// Retention in the database: which cases are due for destruction on a day, destruction acts
// (table destruction_acts, migration 032_retention.sql), and confirming an act, which deletes
// the cases' personal data (names, IIN, birth date, destination, the questionnaire body and
// event details) and keeps their numbers and dates, the act and the audit log.
#pragma once

#include "accounts/Actor.h"
#include "backup/DestructionAct.h"
#include "validation/Finding.h"

#include <optional>

namespace exitdesk {

class Clock;
class Database;

class RetentionRepository
{
public:
    // Accepted cases whose retention period ended on or before `on`, not yet destroyed,
    // oldest term first. Needs Permission::RetentionList.
    static std::optional<QList<RetentionCandidate>> dueOn(Database &db, const Actor &actor, const QDate &on,
                                                          Finding *error);

    // Draws up an act on `on` listing the given case numbers (all due cases not on another
    // open act when empty). Needs Permission::RetentionAct. Returns the act id.
    static std::optional<qint64> createAct(Database &db, const Actor &actor, const Clock &clock,
                                           const QDate &on, const QString &basis,
                                           const QStringList &committee, const QStringList &caseNumbers,
                                           Finding *error);

    static std::optional<DestructionAct> loadAct(Database &db, const Actor &actor, qint64 actId,
                                                 Finding *error);

    // Confirms the act: deletes the personal data of its cases, all or nothing, each case
    // checked again to be due on the clock's day. Needs Permission::RetentionDestroy.
    static bool destroy(Database &db, const Actor &actor, const Clock &clock, qint64 actId, Finding *error);
};

} // namespace exitdesk
