#include "workflow/WorkflowCase.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace exitdesk {

namespace {

const QString kColumns = QStringLiteral("id, number, status, submitted_at, body, surname, name, patronymic");

WorkflowCase fromRow(const QSqlQuery &q)
{
    WorkflowCase c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.status = q.value(2).toString();
    c.submittedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    const QJsonObject body = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    c.channel = body.value(QStringLiteral("channel")).toString(QStringLiteral("counter"));
    QStringList names;
    for (int i = 5; i <= 7; ++i) {
        if (!q.value(i).toString().isEmpty())
            names << q.value(i).toString();
    }
    c.applicant = names.join(QLatin1Char(' '));
    return c;
}

} // namespace

bool WorkflowCase::loadByNumber(Database &db, const QString &number, WorkflowCase *out, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM cases WHERE number = ?"));
    q.addBindValue(number);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        *error = QString();
        return false;
    }
    *out = fromRow(q);
    return true;
}

bool WorkflowCase::loadAccepted(Database &db, QList<WorkflowCase> *out, QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns
                + QStringLiteral(" FROM cases WHERE status = 'accepted' ORDER BY number"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->append(fromRow(q));
    return true;
}

} // namespace exitdesk
