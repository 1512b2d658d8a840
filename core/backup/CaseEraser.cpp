#include "backup/CaseEraser.h"

#include "Clock.h"
#include "interchange/CaseJson.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace exitdesk::retention {

bool CaseEraser::erase(Database &db, const Clock &clock, qint64 caseId, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT number, office, submitted_at, body FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text().isEmpty() ? QStringLiteral("case #%1 is gone").arg(caseId)
                                                : q.lastError().text();
        return false;
    }
    // What stays: the number, the office, the channel and when it was handed in.
    Case kept;
    kept.number = q.value(0).toString();
    kept.office = q.value(1).toString();
    kept.submittedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
    const QJsonObject body = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    const QString channel = body.value(QStringLiteral("channel")).toString();
    if (!channel.isEmpty())
        kept.channel = channel;
    q.finish();

    QSqlQuery u(db.connection());
    u.prepare(QStringLiteral(
        "UPDATE cases SET surname = '', name = '', patronymic = '', iin = '', birth_date = NULL, "
        "to_country = '', search_text = ?, body = ?, version = version + 1, updated_at = ? "
        "WHERE id = ?"));
    u.addBindValue(kept.number.toLower());
    u.addBindValue(QString::fromUtf8(CaseJson::toBytes(kept, QJsonDocument::Compact)));
    u.addBindValue(clock.now().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    u.addBindValue(caseId);
    if (!u.exec()) {
        *error = u.lastError().text();
        return false;
    }
    u.prepare(QStringLiteral("UPDATE case_events SET data = '{}' WHERE case_id = ?"));
    u.addBindValue(caseId);
    if (!u.exec()) {
        *error = u.lastError().text();
        return false;
    }
    // The stage cache row holds what the events and the body said (the register's columns):
    // dropped, and filled again from what is left (CaseStageIndex::refreshMissing).
    u.prepare(QStringLiteral("DELETE FROM case_stages WHERE case_id = ?"));
    u.addBindValue(caseId);
    if (!u.exec()) {
        *error = u.lastError().text();
        return false;
    }
    return true;
}

} // namespace exitdesk::retention
