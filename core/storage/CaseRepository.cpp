#include "storage/CaseRepository.h"

#include "Clock.h"
#include "interchange/CaseJson.h"
#include "interchange/JsonReader.h"
#include "storage/CaseNumbering.h"
#include "storage/CaseRowReader.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace exitdesk {

namespace {

StorageError notFound(const QString &what)
{
    return StorageError::make(StorageError::NotFound, QStringLiteral("no case %1").arg(what),
                              QStringLiteral("дело %1 не найдено").arg(what),
                              QStringLiteral("%1 ісі табылмады").arg(what));
}

StorageError conflict(int stored, int edited)
{
    const QString s = QString::number(stored);
    const QString e = QString::number(edited);
    return StorageError::make(
        StorageError::Conflict,
        QStringLiteral("the case was changed by someone else in the meantime (stored version %1, yours %2); "
                       "reload it and apply your changes again")
            .arg(s, e),
        QStringLiteral("дело тем временем изменил другой пользователь (сохранена версия %1, у вас %2); "
                       "откройте его заново и повторите изменения")
            .arg(s, e),
        QStringLiteral("істі осы уақытта басқа пайдаланушы өзгертті (сақталған нұсқа %1, сіздікі %2); "
                       "оны қайта ашып, өзгерістерді қайталаңыз")
            .arg(s, e));
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

} // namespace

CaseRepository::CaseRepository(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

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

bool CaseRepository::saveDraft(Case &c, StorageError *error)
{
    return write(c, CaseStatus::Draft, false, error);
}

bool CaseRepository::accept(Case &c, StorageError *error)
{
    if (!c.submittedAt.isValid()) {
        set(error, invalidState(QStringLiteral("the case has no submission time, so it cannot be numbered"),
                                QStringLiteral("у дела нет времени подачи, ему нельзя присвоить номер"),
                                QStringLiteral("істің берілген уақыты жоқ, оған нөмір беру мүмкін емес")));
        return false;
    }
    return write(c, CaseStatus::Accepted, true, error);
}

bool CaseRepository::saveRefusedAtIntake(Case &c, StorageError *error)
{
    return write(c, CaseStatus::RefusedAtIntake, false, error);
}

bool CaseRepository::write(Case &c, CaseStatus newStatus, bool assignNumber, StorageError *error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        set(error, StorageError::database(tx.error()));
        return false;
    }
    Case row = c;
    if (c.id != 0) {
        StorageError e;
        const std::optional<Case> stored = loadById(c.id, &e);
        if (!stored) {
            set(error, e);
            return false;
        }
        if (stored->version != c.version) {
            set(error, conflict(stored->version, c.version));
            return false;
        }
        if (stored->status != CaseStatus::Draft) {
            set(error,
                invalidState(
                    QStringLiteral("case %1 is already %2; only a draft can be saved, accepted or refused")
                        .arg(stored->number.isEmpty() ? QStringLiteral("#%1").arg(c.id) : stored->number,
                             caseStatusKey(stored->status)),
                    QStringLiteral("дело %1 уже в состоянии %2; сохранить, принять или отказать можно "
                                   "только черновик")
                        .arg(stored->number.isEmpty() ? QStringLiteral("#%1").arg(c.id) : stored->number,
                             caseStatusKey(stored->status)),
                    QStringLiteral("%1 ісі қазір %2 күйінде; тек жобаны сақтауға, қабылдауға немесе "
                                   "бас тартуға болады")
                        .arg(stored->number.isEmpty() ? QStringLiteral("#%1").arg(c.id) : stored->number,
                             caseStatusKey(stored->status))));
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
    const bool ok = row.id == 0 ? insertRow(row, error) : updateRow(row, c.version, error);
    if (!ok)
        return false;
    if (!tx.commit()) {
        set(error, StorageError::database(tx.error()));
        return false;
    }
    c = row;
    return true;
}

bool CaseRepository::update(Case &c, StorageError *error)
{
    if (c.id == 0) {
        set(error,
            invalidState(QStringLiteral("the case has not been stored yet"),
                         QStringLiteral("дело ещё не сохранено"), QStringLiteral("іс әлі сақталмаған")));
        return false;
    }
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
        set(error, conflict(stored->version, c.version));
        return false;
    }
    Case row = c;
    row.status = stored->status;
    row.number = stored->number;
    if (!updateRow(row, c.version, error))
        return false;
    if (!tx.commit()) {
        set(error, StorageError::database(tx.error()));
        return false;
    }
    c = row;
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
    q.addBindValue(c.office);
    q.addBindValue(
        textOrNull(c.submittedAt.isValid() ? JsonReader::formatDateTime(c.submittedAt) : QString()));
    q.addBindValue(c.applicant.surname);
    q.addBindValue(c.applicant.name);
    q.addBindValue(c.applicant.patronymic);
    q.addBindValue(c.applicant.iin);
    q.addBindValue(textOrNull(c.applicant.birthDate.isValid() ? JsonReader::formatDate(c.applicant.birthDate)
                                                              : QString()));
    q.addBindValue(c.to.country);
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
    q.addBindValue(c.office);
    q.addBindValue(
        textOrNull(c.submittedAt.isValid() ? JsonReader::formatDateTime(c.submittedAt) : QString()));
    q.addBindValue(c.applicant.surname);
    q.addBindValue(c.applicant.name);
    q.addBindValue(c.applicant.patronymic);
    q.addBindValue(c.applicant.iin);
    q.addBindValue(textOrNull(c.applicant.birthDate.isValid() ? JsonReader::formatDate(c.applicant.birthDate)
                                                              : QString()));
    q.addBindValue(c.to.country);
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
        set(error, conflict(expectedVersion + 1, expectedVersion));
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
