#include "backup/RetentionRepository.h"

#include "Clock.h"
#include "accounts/AuditLog.h"
#include "accounts/Authorization.h"
#include "accounts/Permissions.h"
#include "backup/CaseEraser.h"
#include "backup/RetentionErrors.h"
#include "backup/RetentionPolicy.h"
#include "backup/RetentionRows.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace exitdesk {

using retention::databaseError;
using retention::makeError;

namespace {

bool set(Finding *out, const Finding &f)
{
    if (out)
        *out = f;
    return false;
}

// Authorization::check: the setup actor counts only while the database has no accounts.
bool permitted(Database &db, const Actor &actor, Permission p, Finding *error)
{
    if (const auto denied = Authorization::check(db, actor, p))
        return set(error, *denied);
    return true;
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant(QMetaType(QMetaType::QString));
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QJsonObject actJson(const DestructionAct &act)
{
    QJsonArray cases;
    for (const RetentionCandidate &c : act.cases)
        cases.append(c.caseNumber);
    return QJsonObject{{QStringLiteral("id"), act.id},
                       {QStringLiteral("drawnUpOn"), isoDate(act.drawnUpOn)},
                       {QStringLiteral("basis"), act.basis},
                       {QStringLiteral("committee"), QJsonArray::fromStringList(act.committee)},
                       {QStringLiteral("cases"), cases},
                       {QStringLiteral("destroyed"), act.confirmed()}};
}

bool audit(Database &db, const Actor &actor, const Clock &clock, const QString &action, const QString &kind,
           const QString &id, const QJsonValue &before, const QJsonValue &after, Finding *error)
{
    QString why;
    if (!AuditLog::append(db, AuditEntry::make(actor, clock, action, kind, id, before, after), &why))
        return set(error, databaseError(why));
    return true;
}

} // namespace

std::optional<QList<RetentionCandidate>> RetentionRepository::dueOn(Database &db, const Actor &actor,
                                                                    const QDate &on, Finding *error)
{
    if (!permitted(db, actor, Permission::RetentionList, error))
        return std::nullopt;
    QList<RetentionCandidate> all;
    QString why;
    if (!retention::loadCandidates(db, {}, &all, &why)) {
        set(error, databaseError(why));
        return std::nullopt;
    }
    QList<RetentionCandidate> due;
    for (const RetentionCandidate &c : all) {
        if (on >= c.keepUntil)
            due << c;
    }
    std::stable_sort(due.begin(), due.end(), [](const RetentionCandidate &a, const RetentionCandidate &b) {
        return a.keepUntil != b.keepUntil ? a.keepUntil < b.keepUntil : a.caseNumber < b.caseNumber;
    });
    return due;
}

std::optional<qint64> RetentionRepository::createAct(Database &db, const Actor &actor, const Clock &clock,
                                                     const QDate &on, const QString &basisInput,
                                                     const QStringList &committeeInput,
                                                     const QStringList &caseNumbers, Finding *error)
{
    if (!permitted(db, actor, Permission::RetentionAct, error))
        return std::nullopt;
    const QString basis = basisInput.simplified();
    QStringList committee;
    for (const QString &member : committeeInput) {
        if (!member.simplified().isEmpty())
            committee << member.simplified();
    }
    if (basis.isEmpty() || committee.isEmpty() || !on.isValid()) {
        set(error,
            makeError("retention.act-incomplete",
                      QStringLiteral("an act needs its date, its basis and at least one committee member"),
                      QStringLiteral("для акта нужны дата, основание и хотя бы один член комиссии"),
                      QStringLiteral("актіге күні, негізі және кемінде бір комиссия мүшесі керек")));
        return std::nullopt;
    }
    if (on > clock.today()) {
        set(error, makeError("retention.act-future", QStringLiteral("an act cannot be dated in the future"),
                             QStringLiteral("акт не может быть датирован будущим числом"),
                             QStringLiteral("акт болашақ күнмен жасалмайды")));
        return std::nullopt;
    }

    Transaction tx(db);
    if (!tx.isActive()) {
        set(error, databaseError(tx.error()));
        return std::nullopt;
    }
    const std::optional<QList<RetentionCandidate>> due = dueOn(db, actor, on, error);
    if (!due)
        return std::nullopt;
    QList<RetentionCandidate> chosen;
    if (caseNumbers.isEmpty()) {
        for (const RetentionCandidate &c : *due) {
            if (c.pendingActId == 0)
                chosen << c;
        }
    } else {
        for (const QString &number : QSet<QString>(caseNumbers.begin(), caseNumbers.end())) {
            const auto it = std::find_if(due->begin(), due->end(),
                                         [&](const RetentionCandidate &c) { return c.caseNumber == number; });
            if (it == due->end() || it->pendingActId != 0) {
                set(error,
                    makeError("retention.not-due",
                              QStringLiteral("case %1 is not due for destruction on %2 or is on another act")
                                  .arg(number, on.toString(QStringLiteral("dd.MM.yyyy"))),
                              QStringLiteral("дело %1 не подлежит уничтожению на %2 или уже в другом акте")
                                  .arg(number, on.toString(QStringLiteral("dd.MM.yyyy"))),
                              QStringLiteral("%1 ісі %2 күні жойылуға жатпайды немесе басқа актіде тұр")
                                  .arg(number, on.toString(QStringLiteral("dd.MM.yyyy")))));
                return std::nullopt;
            }
            chosen << *it;
        }
    }
    if (chosen.isEmpty()) {
        set(error, makeError("retention.nothing-due", QStringLiteral("no case is due for destruction"),
                             QStringLiteral("нет дел, подлежащих уничтожению"),
                             QStringLiteral("жойылуға жататын іс жоқ")));
        return std::nullopt;
    }

    QSqlQuery q(db.connection());
    const bool pg = db.dialect() == Dialect::PostgreSQL;
    q.prepare(
        QStringLiteral("INSERT INTO destruction_acts (drawn_up_on, basis, committee, created_by, created_at) "
                       "VALUES (?, ?, ?, ?, ?)") +
        (pg ? QStringLiteral(" RETURNING id") : QString()));
    q.addBindValue(isoDate(on));
    q.addBindValue(basis);
    q.addBindValue(committee.join(QLatin1Char('\n')));
    q.addBindValue(text(actor.login));
    q.addBindValue(clock.now().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    if (!q.exec() || (pg && !q.next())) {
        set(error, databaseError(q.lastError().text()));
        return std::nullopt;
    }
    const qint64 actId = pg ? q.value(0).toLongLong() : q.lastInsertId().toLongLong();
    q.finish();
    for (const RetentionCandidate &c : chosen) {
        QSqlQuery row(db.connection());
        row.prepare(
            QStringLiteral("INSERT INTO destruction_act_cases (act_id, case_id, case_number, full_name, "
                           "birth_date, submitted_on, decision, decision_date, retention_until) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        row.addBindValue(actId);
        row.addBindValue(c.caseId);
        row.addBindValue(text(c.caseNumber));
        row.addBindValue(text(c.fullName));
        row.addBindValue(dateOrNull(c.birthDate));
        row.addBindValue(dateOrNull(c.submittedOn));
        row.addBindValue(c.decision);
        row.addBindValue(isoDate(c.decisionDate));
        row.addBindValue(isoDate(c.keepUntil));
        if (!row.exec()) {
            set(error, databaseError(row.lastError().text()));
            return std::nullopt;
        }
    }
    QString why;
    const std::optional<DestructionAct> act = retention::loadAct(db, actId, false, &why);
    if (!act) {
        set(error, databaseError(why));
        return std::nullopt;
    }
    if (!audit(db, actor, clock, QStringLiteral("retention.act"), QStringLiteral("destruction-act"),
               QString::number(actId), QJsonValue(), actJson(*act), error))
        return std::nullopt;
    if (!tx.commit()) {
        set(error, databaseError(tx.error()));
        return std::nullopt;
    }
    return actId;
}

std::optional<DestructionAct> RetentionRepository::loadAct(Database &db, const Actor &actor, qint64 actId,
                                                           Finding *error)
{
    if (!permitted(db, actor, Permission::RetentionList, error))
        return std::nullopt;
    QString why;
    std::optional<DestructionAct> act = retention::loadAct(db, actId, false, &why);
    if (!act) {
        set(error, why.isEmpty()
                       ? makeError("retention.no-act", QStringLiteral("there is no act %1").arg(actId),
                                   QStringLiteral("акта %1 нет").arg(actId),
                                   QStringLiteral("%1 акті жоқ").arg(actId))
                       : databaseError(why));
    }
    return act;
}

bool RetentionRepository::destroy(Database &db, const Actor &actor, const Clock &clock, qint64 actId,
                                  Finding *error)
{
    if (!permitted(db, actor, Permission::RetentionDestroy, error))
        return false;
    Transaction tx(db);
    if (!tx.isActive())
        return set(error, databaseError(tx.error()));
    QString why;
    const std::optional<DestructionAct> act = retention::loadAct(db, actId, true, &why);
    if (!act) {
        return set(error, why.isEmpty()
                              ? makeError("retention.no-act", QStringLiteral("there is no act %1").arg(actId),
                                          QStringLiteral("акта %1 нет").arg(actId),
                                          QStringLiteral("%1 акті жоқ").arg(actId))
                              : databaseError(why));
    }
    if (act->confirmed()) {
        return set(error, makeError("retention.already-destroyed",
                                    QStringLiteral("act %1 was already carried out").arg(actId),
                                    QStringLiteral("акт %1 уже исполнен").arg(actId),
                                    QStringLiteral("%1 акті орындалып қойған").arg(actId)));
    }
    // Checked again: a case must still be due today (its events may have changed since).
    QList<qint64> ids;
    for (const RetentionCandidate &c : act->cases)
        ids << c.caseId;
    QList<RetentionCandidate> current;
    if (!retention::loadCandidates(db, ids, &current, &why))
        return set(error, databaseError(why));
    for (const RetentionCandidate &c : act->cases) {
        const auto it = std::find_if(current.begin(), current.end(),
                                     [&](const RetentionCandidate &x) { return x.caseId == c.caseId; });
        if (it == current.end() || clock.today() < it->keepUntil) {
            return set(error,
                       makeError("retention.not-due",
                                 QStringLiteral("case %1 is no longer due for destruction").arg(c.caseNumber),
                                 QStringLiteral("дело %1 больше не подлежит уничтожению").arg(c.caseNumber),
                                 QStringLiteral("%1 ісі енді жойылуға жатпайды").arg(c.caseNumber)));
        }
    }
    for (const RetentionCandidate &c : act->cases) {
        if (!retention::CaseEraser::erase(db, clock, c.caseId, &why))
            return set(error, databaseError(why));
    }
    // The audit records after every case row: audit_head is the last lock a transaction takes
    // (see CaseRepository), so this never waits for a case while holding the audit.
    for (const RetentionCandidate &c : act->cases) {
        const QJsonObject summary{{QStringLiteral("number"), c.caseNumber},
                                  {QStringLiteral("destructionAct"), actId}};
        if (!audit(db, actor, clock, QStringLiteral("case.destroy"), QStringLiteral("case"), c.caseNumber,
                   QJsonObject{{QStringLiteral("number"), c.caseNumber}}, summary, error))
            return false;
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE destruction_acts SET destroyed_by = ?, destroyed_at = ? WHERE id = ?"));
    q.addBindValue(text(actor.login));
    q.addBindValue(clock.now().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    q.addBindValue(actId);
    if (!q.exec())
        return set(error, databaseError(q.lastError().text()));
    DestructionAct after = *act;
    after.destroyedBy = actor.login;
    after.destroyedAt = clock.now();
    if (!audit(db, actor, clock, QStringLiteral("retention.destroy"), QStringLiteral("destruction-act"),
               QString::number(actId), actJson(*act), actJson(after), error))
        return false;
    return tx.commit() || set(error, databaseError(tx.error()));
}

} // namespace exitdesk
