#include "storage/CaseBodyColumns.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace exitdesk {

CaseBodyColumns::Expressions CaseBodyColumns::expressions(Dialect dialect, const QString &body)
{
    if (dialect == Dialect::PostgreSQL) {
        return {QStringLiteral("%1 #>> '{applicant,passport,number}'").arg(body),
                QStringLiteral("%1 #>> '{applicant,identityDocument,number}'").arg(body),
                QStringLiteral("%1 ->> 'channel'").arg(body), QStringLiteral("(%1 -> 'children')::text").arg(body)};
    }
    return {QStringLiteral("json_extract(%1, '$.applicant.passport.number')").arg(body),
            QStringLiteral("json_extract(%1, '$.applicant.identityDocument.number')").arg(body),
            QStringLiteral("json_extract(%1, '$.channel')").arg(body),
            QStringLiteral("json_extract(%1, '$.children')").arg(body)};
}

bool CaseBodyColumns::copyToStageCache(Database &db, qint64 caseId, QString *error)
{
    const bool pg = db.dialect() == Dialect::PostgreSQL;
    const Expressions body = expressions(db.dialect(), pg ? QStringLiteral("c.body::jsonb") : QStringLiteral("c.body"));
    QSqlQuery q(db.connection());
    // A row value assignment: SQLite (3.15+) and PostgreSQL alike.
    q.prepare(QStringLiteral("UPDATE case_stages SET (passport_number, identity_number, children) = "
                             "(SELECT COALESCE(%1, ''), COALESCE(%2, ''), COALESCE(%3, '[]') FROM cases c "
                             "WHERE c.id = case_stages.case_id) WHERE case_id = ?")
                  .arg(body.passportNumber, body.identityNumber, body.children));
    q.addBindValue(caseId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace exitdesk
