// What an audit record changed: its before and after JSON flattened to field paths
// ("applicant.surname", "children[1].iin") and compared, so the audit view lists only the
// fields that differ instead of two walls of JSON.
#pragma once

#include <QList>
#include <QString>

namespace exitdesk::ui {

struct AuditDiffRow
{
    QString path;
    QString before; // empty when the field did not exist before
    QString after;  // empty when the field no longer exists
    bool existedBefore = false;
    bool existsAfter = false;
};

class AuditDiff
{
public:
    // The fields that differ between the two stored JSON texts ("null" or empty for none),
    // in path order. A creation lists every field of after; a deletion every field of before.
    static QList<AuditDiffRow> compare(const QString &beforeJson, const QString &afterJson);
};

} // namespace exitdesk::ui
