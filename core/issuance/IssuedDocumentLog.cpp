#include "issuance/IssuedDocumentLog.h"

#include "Clock.h"
#include "accounts/AuditEntry.h"
#include "accounts/AuditLog.h"
#include "accounts/Authorization.h"
#include "accounts/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace exitdesk {

namespace {

// The message in the actor's language (kk, ru; English otherwise).
QString say(const QString &lang, const char *en, const char *ru, const char *kk)
{
    if (lang == QLatin1String("kk"))
        return QString::fromUtf8(kk);
    if (lang == QLatin1String("ru"))
        return QString::fromUtf8(ru);
    return QString::fromUtf8(en);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

IssuedDocument readRow(const QSqlQuery &q)
{
    IssuedDocument d;
    d.id = q.value(0).toLongLong();
    d.caseId = q.value(1).toLongLong();
    d.formKind = q.value(2).toString();
    d.lang = q.value(3).toString();
    d.copyNumber = q.value(4).toInt();
    d.copies = q.value(5).toInt();
    d.reason = q.value(6).toString();
    d.issuedBy = q.value(7).toString();
    d.issuedByName = q.value(8).toString();
    d.role = q.value(9).toString();
    d.workstation = q.value(10).toString();
    d.issuedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    return d;
}

} // namespace

QStringList IssuedDocumentLog::formKinds()
{
    return {QStringLiteral("questionnaire"), QStringLiteral("registration-request"), QStringLiteral("receipt"),
            QStringLiteral("refusal-to-accept"), QStringLiteral("refusal"), QStringLiteral("refusal-e"),
            QStringLiteral("decision"), QStringLiteral("decision-e")};
}

QList<Permission> IssuedDocumentLog::permissionsFor(const QString &formKind)
{
    if (formKind == QLatin1String("questionnaire") || formKind == QLatin1String("registration-request"))
        return {Permission::CaseEdit};
    if (formKind == QLatin1String("receipt") || formKind == QLatin1String("refusal-to-accept"))
        return {Permission::ReceiptIssue};
    if (formKinds().contains(formKind))
        return {Permission::ResultIssue, Permission::DecisionSign};
    return {};
}

bool IssuedDocumentLog::mayIssue(const Actor &actor, const QString &formKind)
{
    for (Permission p : permissionsFor(formKind)) {
        if (Permissions::allows(actor, p))
            return true;
    }
    return false;
}

int IssuedDocumentLog::issuedCount(Database &db, qint64 caseId, const QString &formKind, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(copy_number + copies - 1), 0) FROM issued_documents "
                             "WHERE case_id = ? AND form_kind = ?"));
    q.addBindValue(caseId);
    q.addBindValue(formKind);
    if (!q.exec() || !q.next()) {
        fail(error, q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

int IssuedDocumentLog::nextCopyNumber(Database &db, qint64 caseId, const QString &formKind, QString *error)
{
    const int issued = issuedCount(db, caseId, formKind, error);
    return issued < 0 ? -1 : issued + 1;
}

bool IssuedDocumentLog::record(Database &db, const Actor &actor, const Clock &clock, qint64 caseId,
                               const QString &formKind, const QString &lang, int copies, const QString &reason,
                               IssuedDocument *out, QString *error)
{
    Request r;
    r.caseId = caseId;
    r.formKind = formKind;
    r.lang = lang;
    r.copies = copies;
    r.reason = reason;
    return record(db, actor, clock, r, out, error);
}

bool IssuedDocumentLog::record(Database &db, const Actor &actor, const Clock &clock, const Request &request,
                               IssuedDocument *out, QString *error)
{
    const qint64 caseId = request.caseId;
    const QString &formKind = request.formKind;
    const QString &lang = request.lang;
    const int copies = request.copies;
    const QString ul = actor.lang;
    const QList<Permission> needed = permissionsFor(formKind);
    if (needed.isEmpty())
        return fail(error, say(ul, "unknown form: %1", "неизвестная форма: %1", "белгісіз нысан: %1").arg(formKind));
    // Any one of the permissions will do; the refusal names the first.
    std::optional<Finding> denied;
    for (Permission p : needed) {
        denied = Authorization::check(db, actor, p);
        if (!denied)
            break;
    }
    if (denied)
        return fail(error, denied->message(ul));
    if (lang != QLatin1String("kk") && lang != QLatin1String("ru") && lang != QLatin1String("both"))
        return fail(error, say(ul, "unknown language of the form: %1 (kk, ru or both)",
                               "неизвестный язык формы: %1 (kk, ru или both)", "нысанның белгісіз тілі: %1 (kk, ru немесе both)")
                               .arg(lang));
    if (copies < 1)
        return fail(error, say(ul, "the number of copies must be at least 1", "число экземпляров должно быть не меньше 1",
                               "дана саны кемінде 1 болуы керек"));

    Transaction tx(db);
    if (!tx.isActive())
        return fail(error, tx.error());
    QSqlQuery q(db.connection());
    // The case row is locked on PostgreSQL so two workstations never take the same copy number.
    q.prepare(QStringLiteral("SELECT number FROM cases WHERE id = ?")
              + (db.dialect() == Dialect::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(caseId);
    if (!q.exec())
        return fail(error, q.lastError().text());
    if (!q.next())
        return fail(error, say(ul, "no case with the id %1", "нет дела с идентификатором %1", "%1 идентификаторлы іс жоқ")
                               .arg(caseId));
    const QString number = q.value(0).toString();
    const int previous = issuedCount(db, caseId, formKind, error);
    if (previous < 0)
        return false;
    const QString why = request.reason.trimmed();
    if (request.firstCopyNumber > 0 && request.firstCopyNumber != previous + 1)
        return fail(error, say(ul, "copy %1 of %2 was recorded meanwhile by another workstation: print it again",
                               "экземпляр %1 (%2) тем временем записан другим рабочим местом: распечатайте заново",
                               "%2 нысанының %1-данасын осы уақытта басқа жұмыс орны тіркеді: қайта басып шығарыңыз")
                               .arg(request.firstCopyNumber)
                               .arg(formKind));
    if (previous > 0 && why.isEmpty())
        return fail(error, say(ul, "%1 was already issued for this case (copy %2): a reprint needs a reason",
                               "%1 по этому делу уже выдан (экземпляр %2): для повторной печати нужна причина",
                               "%1 бұл іс бойынша бұрын берілген (%2-дана): қайта басып шығаруға себеп керек")
                               .arg(formKind)
                               .arg(previous));

    IssuedDocument d;
    d.caseId = caseId;
    d.formKind = formKind;
    d.lang = lang;
    d.copyNumber = previous + 1;
    d.copies = copies;
    d.reason = previous > 0 ? why : QString();
    d.issuedBy = actor.login;
    d.issuedByName = actor.fullName;
    d.role = actor.setup ? QStringLiteral("setup") : roleKey(actor.role);
    d.workstation = actor.workstation;
    d.issuedAt = clock.now();

    const bool pg = db.dialect() == Dialect::PostgreSQL;
    q.prepare(QStringLiteral("INSERT INTO issued_documents (case_id, form_kind, lang, copy_number, copies, reason, "
                             "issued_by, issued_by_name, issued_role, workstation, issued_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
              + (pg ? QStringLiteral(" RETURNING id") : QString()));
    q.addBindValue(d.caseId);
    q.addBindValue(d.formKind);
    q.addBindValue(d.lang);
    q.addBindValue(d.copyNumber);
    q.addBindValue(d.copies);
    q.addBindValue(d.reason.isNull() ? QStringLiteral("") : d.reason);
    q.addBindValue(d.issuedBy);
    q.addBindValue(d.issuedByName.isNull() ? QStringLiteral("") : d.issuedByName);
    q.addBindValue(d.role);
    q.addBindValue(d.workstation.isNull() ? QStringLiteral("") : d.workstation);
    q.addBindValue(d.issuedAt.toString(Qt::ISODate));
    if (!q.exec())
        return fail(error, q.lastError().text());
    d.id = pg ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    q.finish();

    QJsonObject after{{QStringLiteral("form"), d.formKind},
                      {QStringLiteral("lang"), d.lang},
                      {QStringLiteral("copy"), d.copyNumber},
                      {QStringLiteral("copies"), d.copies}};
    if (d.isReprint())
        after.insert(QStringLiteral("reason"), d.reason);
    if (!request.target.isEmpty())
        after.insert(QStringLiteral("target"), request.target);

    if (formKind == QLatin1String("receipt") && request.printedServiceDue.isValid()) {
        // Not a workflow event (the workflow and the case card ignore this kind): the due
        // date as printed, for the dashboard to compare with a recomputed one.
        const QString serviceDue = request.printedServiceDue.toString(Qt::ISODate);
        const QJsonObject data{{QStringLiteral("serviceDue"), serviceDue}};
        q.prepare(QStringLiteral("INSERT INTO case_events (case_id, kind, at, data, executor, recorded_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(caseId);
        q.addBindValue(receiptPrintedKind());
        q.addBindValue(d.issuedAt.toString(Qt::ISODate));
        q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
        const QString executor = d.issuedByName.isEmpty() ? d.issuedBy : d.issuedByName;
        q.addBindValue(executor.isNull() ? QStringLiteral("") : executor); // NOT NULL column
        q.addBindValue(d.issuedAt.toString(Qt::ISODate));
        if (!q.exec())
            return fail(error, q.lastError().text());
        after.insert(QStringLiteral("serviceDue"), serviceDue);
    }
    const QString entityId = number.isEmpty() ? QStringLiteral("#%1").arg(caseId) : number;
    const AuditEntry entry = AuditEntry::make(actor, clock,
                                              d.isReprint() ? QStringLiteral("document.reprint")
                                                            : QStringLiteral("document.issue"),
                                              QStringLiteral("case"), entityId, QJsonValue(), after);
    if (!AuditLog::append(db, entry, error))
        return false;
    if (!tx.commit())
        return fail(error, tx.error());
    if (out)
        *out = d;
    return true;
}

QList<IssuedDocument> IssuedDocumentLog::list(Database &db, qint64 caseId, QString *error)
{
    QList<IssuedDocument> documents;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, case_id, form_kind, lang, copy_number, copies, reason, issued_by, "
                             "issued_by_name, issued_role, workstation, issued_at FROM issued_documents "
                             "WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return documents;
    }
    while (q.next())
        documents << readRow(q);
    return documents;
}

} // namespace exitdesk
