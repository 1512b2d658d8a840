// Gathers the data of a form from the database: the case, the office settings, the grounds
// of the refusal (from the case's refusal-issued / decision-prepared events), the receipt's
// due date (the service term on the working-day calendar), the missing documents of Annex 5
// (the checklist on the day of submission). Used by the command line and the desktop program,
// and by `verify`, which rebuilds a document from the database to check its code.
#pragma once

#include "FormData.h"
#include "FormKind.h"

namespace exitdesk {
class Database;
}

namespace exitdesk::forms {

class CaseFormLoader
{
public:
    explicit CaseFormLoader(Database &db) : m_db(db) {}

    // The case by number, or by storage id when `key` is "#ID" or a number not found as such.
    bool loadCase(const QString &key, Case *c, QString *error) const;
    // The data of `kind` for the case; `issueDate` is printed and sealed in the check code.
    bool load(FormKind kind, const Case &c, FormLanguage lang, const QDate &issueDate, FormData *data,
              QString *error) const;

    // The grounds of the case's refusal, from its events (empty when it has none).
    QList<RefusalGround> grounds(qint64 caseId, QString *error) const;
    // Who recorded the case's latest event of this kind (its executor), or empty.
    QString executorOf(qint64 caseId, const QString &eventKind) const;

private:
    Database &m_db;
};

} // namespace exitdesk::forms
