#include "storage/CaseRepository.h"

#include "Clock.h"
#include "accounts/AuditEntry.h"
#include "accounts/AuditLog.h"
#include "accounts/Authorization.h"
#include "interchange/CaseJson.h"
#include "interchange/JsonReader.h"
#include "storage/CaseBodyColumns.h"
#include "storage/CaseNumbering.h"
#include "storage/CaseRowReader.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace exitdesk {

namespace {

// An unset text field is stored as '' (the columns are NOT NULL); a null QString would bind NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

StorageError notFound(const QString &what)
{
    return StorageError::make(StorageError::NotFound, QStringLiteral("no case %1").arg(what),
                              QStringLiteral("дело %1 не найдено").arg(what),
                              QStringLiteral("%1 ісі табылмады").arg(what));
}

StorageError conflict(const QString &which, int stored, int edited)
{
    const QString s = QString::number(stored);
    const QString e = QString::number(edited);
    return StorageError::make(
        StorageError::Conflict,
        QStringLiteral("case %1 was changed by someone else in the meantime (stored version %2, yours %3); "
                       "reload it and apply your changes again")
            .arg(which, s, e),
        QStringLiteral("дело %1 тем временем изменил другой пользователь (сохранена версия %2, у вас %3); "
                       "откройте его заново и повторите изменения")
            .arg(which, s, e),
        QStringLiteral("%1 ісін осы уақытта басқа пайдаланушы өзгертті (сақталған нұсқа %2, сіздікі %3); "
                       "оны қайта ашып, өзгерістерді қайталаңыз")
            .arg(which, s, e));
}

StorageError invalidState(const QString &en, const QString &ru, const QString &kk)
{
    return StorageError::make(StorageError::InvalidState, en, ru, kk);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

void set(StorageError *out, const StorageError &e)
{
    if (out)
        *out = e;
}

// The case as the audit keeps it: the interchange JSON plus what only the database holds.
QJsonValue auditJson(const std::optional<Case> &c)
{
    if (!c)
        return QJsonValue();
    QJsonObject o = CaseJson::toJson(*c);
    o.insert(QStringLiteral("status"), caseStatusKey(c->status));
    o.insert(QStringLiteral("version"), c->version);
    return o;
}

} // namespace

CaseRepository::CaseRepository(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

CaseRepository::CaseRepository(Database &db, const Clock &clock, const Actor &actor)
    : m_db(db), m_clock(clock), m_actor(actor)
{
}

QString CaseRepository::label(const Case &c)
{
    return c.number.isEmpty() ? QStringLiteral("#%1").arg(c.id) : c.number;
}

QString CaseRepository::searchText(const Case &c)
{
    const QStringList parts{c.number, c.applicant.iin, c.applicant.surname, c.applicant.name,
                            c.applicant.patronymic};
    QStringList filled;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            filled << p.trimmed();
    }
    // QString::toLower knows Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І; SQL lower() often does not.
    return filled.join(QLatin1Char(' ')).toLower();
}

std::optional<Actor> CaseRepository::authorize(Permission permission, StorageError *error) const
{
    Finding refusal;
    std::optional<Actor> actor = Authorization::resolve(m_db, m_actor, permission, &refusal);
    if (!actor)
        set(error, StorageError::forbidden(refusal));
    return actor;
}

bool CaseRepository::saveDraft(Case &c, StorageError *error)
{
    return write(c, CaseStatus::Draft, false, Permission::CaseEdit, QStringLiteral("case.draft"), error);
}

bool CaseRepository::accept(Case &c, StorageError *error)
{
    return write(c, CaseStatus::Accepted, true, Permission::CaseAccept, QStringLiteral("case.accept"), error);
}

bool CaseRepository::saveRefusedAtIntake(Case &c, StorageError *error)
{
    return write(c, CaseStatus::RefusedAtIntake, false, Permission::CaseRefuseAtIntake,
                 QStringLiteral("case.refuse-at-intake"), error);
}

bool CaseRepository::reachable(StorageError *error) const
{
    QString why;
    if (m_db.ensureConnected(&why))
        return true;
    set(error, StorageError::unreachable(m_db.displayLocation(), why));
    return false;
}

bool CaseRepository::write(Case &c, CaseStatus newStatus, bool assignNumber, Permission permission,
                           const QString &action, StorageError *error)
{
    // First, so a server that is down reads as "unreachable" rather than as a refusal (the
    // authorization may have to read the accounts table) or a failed BEGIN.
    if (!reachable(error))
        return false;
    StorageError e;
    if (writeInTransaction(c, newStatus, assignNumber, permission, action, &e))
        return true;
    // The connection may have died half way: the server rolls back a transaction whose client
    // is gone, so nothing was written and the caller keeps the case. (Only a COMMIT whose answer
    // was lost can have gone through: a stored case then meets the version check on the next
    // save; a new one may be stored twice, as drafts.)
    if (e.kind == StorageError::Database)
        reachable(&e);
    set(error, e);
    return false;
}

bool CaseRepository::writeInTransaction(Case &c, CaseStatus newStatus, bool assignNumber,
                                        Permission permission, const QString &action, StorageError *error)
{
    const std::optional<Actor> actor = authorize(permission, error);
    if (!actor)
        return false;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        set(error, StorageError::database(tx.error()));
        return false;
    }
    Case row = c;
    std::optional<Case> before;
    if (!storeRow(row, newStatus, assignNumber, &before, error) || !audit(*actor, action, before, row, error))
        return false;
    if (!tx.commit()) {
        set(error, StorageError::database(tx.error()));
        return false;
    }
    c = row;
    return true;
}

bool CaseRepository::importAll(QList<Case> &cases, bool asDrafts, StorageError *error)
{
    const std::optional<Actor> actor = authorize(Permission::CaseImport, error);
    if (!actor)
        return false;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        set(error, StorageError::database(tx.error()));
        return false;
    }
    if (!asDrafts) {
        // Every year's counter row first, in year order: two imports spanning the same years
        // then queue on the first of them instead of each holding one the other needs.
        QList<int> years;
        for (const Case &c : cases) {
            if (c.submittedAt.isValid() && !years.contains(c.submittedAt.date().year()))
                years << c.submittedAt.date().year();
        }
        QString why;
        if (!CaseNumbering::lockYears(m_db, years, &why)) {
            set(error, StorageError::database(why));
            return false;
        }
    }
    QList<Case> stored;
    stored.reserve(cases.size());
    for (Case c : cases) {
        // The database assigns numbers: a number in the file is not kept.
        c.id = 0;
        c.version = 0;
        c.number.clear();
        std::optional<Case> before;
        if (!storeRow(c, asDrafts ? CaseStatus::Draft : CaseStatus::Accepted, !asDrafts, &before, error))
            return false; // tx rolls everything back
        stored << c;
    }
    // The audit records last: audit_head is the last lock a transaction takes.
    for (const Case &c : stored) {
        if (!audit(*actor, QStringLiteral("case.import"), std::nullopt, c, error))
            return false;
    }
    if (!tx.commit()) {
        set(error, StorageError::database(tx.error()));
        return false;
    }
    cases = stored;
    return true;
}

bool CaseRepository::storeRow(Case &row, CaseStatus newStatus, bool assignNumber, std::optional<Case> *before,
                              StorageError *error)
{
    if (assignNumber && !row.submittedAt.isValid()) {
        set(error, invalidState(QStringLiteral("the case has no submission time, so it cannot be numbered"),
                                QStringLiteral("у дела нет времени подачи, ему нельзя присвоить номер"),
                                QStringLiteral("істің берілген уақыты жоқ, оған нөмір беру мүмкін емес")));
        return false;
    }
    const int expectedVersion = row.version;
    if (row.id != 0) {
        StorageError e;
        *before = loadById(row.id, &e);
        if (!*before) {
            set(error, e);
            return false;
        }
        const Case &stored = **before;
        if (stored.version != row.version) {
            set(error, conflict(label(stored), stored.version, row.version));
            return false;
        }
        if (stored.status != CaseStatus::Draft) {
            const QString which = label(stored);
            const QString status = caseStatusKey(stored.status);
            set(error,
                invalidState(
                    QStringLiteral("case %1 is already %2; only a draft can be saved, accepted or refused")
                        .arg(which, status),
                    QStringLiteral("дело %1 уже в состоянии %2; сохранить, принять или отказать можно "
                                   "только черновик")
                        .arg(which, status),
                    QStringLiteral("%1 ісі қазір %2 күйінде; тек жобаны сақтауға, қабылдауға немесе "
                                   "бас тартуға болады")
                        .arg(which, status)));
            return false;
        }
    }
    row.status = newStatus;
    row.number.clear();
    if (assignNumber) {
        QString why;
        if (!CaseNumbering::next(m_db, row.submittedAt.date().year(), &row.number, &why)) {
            set(error, StorageError::database(why));
            return false;
        }
    }
    return row.id == 0 ? insertRow(row, error) : updateRow(row, expectedVersion, error);
}

bool CaseRepository::update(Case &c, StorageError *error)
{
    if (c.id == 0) {
        set(error,
            invalidState(QStringLiteral("the case has not been stored yet"),
                         QStringLiteral("дело ещё не сохранено"), QStringLiteral("іс әлі сақталмаған")));
        return false;
    }
    const std::optional<Actor> actor = authorize(Permission::CaseEdit, error);
    if (!actor)
        return false;
    Transaction tx(m_db);
    if (!tx.isActive()) {
        set(error, StorageError::database(tx.error()));
        return false;
    }
    StorageError e;
    const std::optional<Case> stored = loadById(c.id, &e);
    if (!stored) {
        set(error, e);
        return false;
    }
    if (stored->version != c.version) {
        set(error, conflict(label(*stored), stored->version, c.version));
        return false;
    }
    Case row = c;
    row.status = stored->status;
    row.number = stored->number;
    if (!updateRow(row, c.version, error) || !audit(*actor, QStringLiteral("case.update"), stored, row, error))
        return false;
    // The register's copy of the body's fields (the stage cache row of an accepted case).
    QString cacheError;
    if (!CaseBodyColumns::copyToStageCache(m_db, row.id, &cacheError)) {
        set(error, StorageError::database(cacheError));
        return false;
    }
    if (!tx.commit()) {
        set(error, StorageError::database(tx.error()));
        return false;
    }
    c = row;
    return true;
}

bool CaseRepository::audit(const Actor &actor, const QString &action, const std::optional<Case> &before,
                           const Case &after, StorageError *error)
{
    QString why;
    const AuditEntry entry = AuditEntry::make(actor, m_clock, action, QStringLiteral("case"), label(after),
                                              auditJson(before), auditJson(after));
    if (!AuditLog::append(m_db, entry, &why)) {
        set(error, StorageError::database(why));
        return false;
    }
    return true;
}

bool CaseRepository::insertRow(Case &c, StorageError *error)
{
    const QString now = JsonReader::formatDateTime(m_clock.now());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO cases (number, status, version, office, submitted_at, surname, "
                             "name, patronymic, iin, "
                             "birth_date, to_country, search_text, body, created_at, updated_at) "
                             "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)%1")
                  .arg(m_db.isPostgres() ? QStringLiteral(" RETURNING id") : QString()));
    q.addBindValue(textOrNull(c.number));
    q.addBindValue(caseStatusKey(c.status));
    q.addBindValue(notNull(c.office));
    q.addBindValue(
        textOrNull(c.submittedAt.isValid() ? JsonReader::formatDateTime(c.submittedAt) : QString()));
    q.addBindValue(notNull(c.applicant.surname));
    q.addBindValue(notNull(c.applicant.name));
    q.addBindValue(notNull(c.applicant.patronymic));
    q.addBindValue(notNull(c.applicant.iin));
    q.addBindValue(textOrNull(c.applicant.birthDate.isValid() ? JsonReader::formatDate(c.applicant.birthDate)
                                                              : QString()));
    q.addBindValue(notNull(c.to.country));
    q.addBindValue(searchText(c));
    q.addBindValue(QString::fromUtf8(CaseJson::toBytes(c, QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        set(error, StorageError::database(q.lastError().text()));
        return false;
    }
    if (m_db.isPostgres()) {
        if (!q.next()) {
            set(error, StorageError::database(q.lastError().text()));
            return false;
        }
        c.id = q.value(0).toLongLong();
    } else {
        c.id = q.lastInsertId().toLongLong();
    }
    c.version = 1;
    return true;
}

bool CaseRepository::updateRow(Case &c, int expectedVersion, StorageError *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE cases SET number = ?, status = ?, version = version + 1, office = ?, submitted_at = ?, "
        "surname = ?, name = ?, patronymic = ?, iin = ?, birth_date = ?, to_country = ?, search_text = ?, "
        "body = ?, updated_at = ? WHERE id = ? AND version = ?"));
    q.addBindValue(textOrNull(c.number));
    q.addBindValue(caseStatusKey(c.status));
    q.addBindValue(notNull(c.office));
    q.addBindValue(
        textOrNull(c.submittedAt.isValid() ? JsonReader::formatDateTime(c.submittedAt) : QString()));
    q.addBindValue(notNull(c.applicant.surname));
    q.addBindValue(notNull(c.applicant.name));
    q.addBindValue(notNull(c.applicant.patronymic));
    q.addBindValue(notNull(c.applicant.iin));
    q.addBindValue(textOrNull(c.applicant.birthDate.isValid() ? JsonReader::formatDate(c.applicant.birthDate)
                                                              : QString()));
    q.addBindValue(notNull(c.to.country));
    q.addBindValue(searchText(c));
    q.addBindValue(QString::fromUtf8(CaseJson::toBytes(c, QJsonDocument::Compact)));
    q.addBindValue(JsonReader::formatDateTime(m_clock.now()));
    q.addBindValue(c.id);
    q.addBindValue(expectedVersion);
    if (!q.exec()) {
        set(error, StorageError::database(q.lastError().text()));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        // Checked before in this transaction, so only a concurrent writer gets here.
        set(error, conflict(label(c), expectedVersion + 1, expectedVersion));
        return false;
    }
    c.version = expectedVersion + 1;
    return true;
}

std::optional<Case> CaseRepository::loadById(qint64 id, StorageError *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM cases WHERE id = ?").arg(CaseRowReader::columns()));
    q.addBindValue(id);
    if (!q.exec()) {
        set(error, StorageError::database(q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next()) {
        set(error, notFound(QStringLiteral("#%1").arg(id)));
        return std::nullopt;
    }
    return CaseRowReader::read(q, error);
}

std::optional<Case> CaseRepository::loadByNumber(const QString &number, StorageError *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM cases WHERE number = ?").arg(CaseRowReader::columns()));
    q.addBindValue(number);
    if (!q.exec()) {
        set(error, StorageError::database(q.lastError().text()));
        return std::nullopt;
    }
    if (!q.next()) {
        set(error, notFound(number));
        return std::nullopt;
    }
    return CaseRowReader::read(q, error);
}

} // namespace exitdesk
