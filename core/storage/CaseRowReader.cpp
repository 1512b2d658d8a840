#include "storage/CaseRowReader.h"

#include "interchange/CaseJson.h"

#include <QJsonDocument>
#include <QVariant>

namespace exitdesk {

std::optional<Case> CaseRowReader::read(const QSqlQuery &q, StorageError *error)
{
    const qint64 id = q.value(0).toLongLong();
    Findings problems;
    Case c;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(4).toString().toUtf8());
    if (!CaseJson::fromJson(doc.object(), &c, &problems) ||
        !caseStatusFromKey(q.value(2).toString(), &c.status)) {
        const QString why = problems.isEmpty()
                                ? q.value(2).toString()
                                : problems.first().path + QStringLiteral(": ") + problems.first().messageEn;
        if (error) {
            *error = StorageError::make(
                StorageError::Database, QStringLiteral("stored case #%1 is unreadable (%2)").arg(id).arg(why),
                QStringLiteral("сохранённое дело #%1 не читается (%2)").arg(id).arg(why),
                QStringLiteral("сақталған #%1 ісі оқылмайды (%2)").arg(id).arg(why));
        }
        return std::nullopt;
    }
    c.id = id;
    c.number = q.value(1).toString();
    c.version = q.value(3).toInt();
    return c;
}

} // namespace exitdesk
