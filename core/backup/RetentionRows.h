// The SQL reads behind RetentionRepository: accepted cases with their decision terms, and
// acts. Internal to core/backup.
#pragma once

#include "backup/DestructionAct.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace exitdesk {
class Database;
}

namespace exitdesk::retention {

// Every accepted case not destroyed yet, with its retention term (cases without a decision
// are left out). caseIds: only these when not empty.
bool loadCandidates(Database &db, const QList<qint64> &caseIds, QList<RetentionCandidate> *out,
                    QString *error);
std::optional<DestructionAct> loadAct(Database &db, qint64 actId, bool forUpdate, QString *error);

} // namespace exitdesk::retention
