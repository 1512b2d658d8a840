// What the workflow needs of a stored case (table cases): its id and number, when and how it
// was handed in, and the applicant's name for lists.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace exitdesk {

class Database;

struct WorkflowCase
{
    qint64 id = 0;
    QString number;
    QString status; // draft | accepted | refused-at-intake
    QDateTime submittedAt;
    QString channel; // counter | portal (from the case body; counter when absent)
    QString applicant;

    // One case by number; false with *error (English) when there is none or the query failed.
    static bool loadByNumber(Database &db, const QString &number, WorkflowCase *out, QString *error);
    // Every accepted case, ordered by number.
    static bool loadAccepted(Database &db, QList<WorkflowCase> *out, QString *error);
};

} // namespace exitdesk
