#include "accounts/AccountRepository.h"

#include "Clock.h"
#include "accounts/AccountErrors.h"
#include "accounts/AccountRow.h"
#include "accounts/AuditLog.h"
#include "accounts/Authorization.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Permissions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace exitdesk {

using accounts::databaseError;
using accounts::makeError;

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

bool passwordAcceptable(const QString &password, Finding *error)
{
    QString en, ru, kk;
    if (PasswordHasher::acceptable(password, &en, &ru, &kk))
        return true;
    return set(error, makeError("account.password", en, ru, kk));
}

int activeAdministrators(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM accounts WHERE role = ? AND disabled = 0"));
    q.addBindValue(roleKey(Role::Administrator));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

Finding lastAdministrator()
{
    return makeError("account.last-administrator",
                     QStringLiteral("this is the last active administrator: add another one first"),
                     QStringLiteral("это последний действующий администратор: сначала добавьте другого"),
                     QStringLiteral("бұл соңғы белсенді әкімші: алдымен басқасын қосыңыз"));
}

bool audit(Database &db, const Actor &actor, const Clock &clock, const QString &action, const Account &before,
           const Account &after, bool created, Finding *error)
{
    QString why;
    const AuditEntry e =
        AuditEntry::make(actor, clock, action, QStringLiteral("account"), after.login,
                         created ? QJsonValue() : QJsonValue(before.toAuditJson()), after.toAuditJson());
    if (!AuditLog::append(db, e, &why))
        return set(error, databaseError(why));
    return true;
}

} // namespace

int AccountRepository::count(Database &db, QString *error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM accounts")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

std::optional<Account> AccountRepository::find(Database &db, const QString &login)
{
    return accounts::AccountRow::load(db, login.trimmed().toLower(), false, nullptr);
}

QList<Account> AccountRepository::list(Database &db, const Actor &actor, Finding *error)
{
    QList<Account> result;
    if (!permitted(db, actor, Permission::AccountsManage, error))
        return result;
    QString why;
    if (!accounts::AccountRow::loadAll(db, &result, &why))
        set(error, databaseError(why));
    return result;
}

bool AccountRepository::normalizeLogin(const QString &input, QString *login, Finding *error)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    const QString l = input.trimmed().toLower();
    if (!pattern.match(l).hasMatch()) {
        return set(error,
                   makeError("account.login",
                             QStringLiteral("a login is 2 to 64 Latin letters, digits, '.', '_' or '-', "
                                            "starting with a letter or digit"),
                             QStringLiteral("логин — от 2 до 64 латинских букв, цифр, «.», «_» или «-», "
                                            "начиная с буквы или цифры"),
                             QStringLiteral("логин — әріптен не цифрдан басталатын 2-64 латын әрпі, цифр, "
                                            "«.», «_» не «-»")));
    }
    *login = l;
    return true;
}

std::optional<Account> AccountRepository::add(Database &db, const Actor &actor, const Clock &clock,
                                              const QString &loginInput, const QString &fullNameInput,
                                              Role role, const QString &password, Finding *error)
{
    QString login;
    if (!normalizeLogin(loginInput, &login, error) || !passwordAcceptable(password, error))
        return std::nullopt;
    const QString fullName = fullNameInput.simplified();
    if (fullName.size() > 200) {
        set(error, makeError("account.name", QStringLiteral("the name is longer than 200 characters"),
                             QStringLiteral("имя длиннее 200 символов"),
                             QStringLiteral("аты-жөні 200 таңбадан ұзын")));
        return std::nullopt;
    }
    // Hash before the transaction: it takes a tenth of a second and needs no lock.
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        set(error, databaseError(QStringLiteral("the password could not be hashed (out of memory)")));
        return std::nullopt;
    }

    Transaction tx(db);
    if (!tx.isActive()) {
        set(error, databaseError(tx.error()));
        return std::nullopt;
    }
    QString why;
    const int existing = count(db, &why);
    if (existing < 0) {
        set(error, databaseError(why));
        return std::nullopt;
    }
    if (existing == 0) {
        if (role != Role::Administrator) {
            set(error, makeError("account.first-administrator",
                                 QStringLiteral("the first account must be an administrator"),
                                 QStringLiteral("первая учётная запись должна быть администратором"),
                                 QStringLiteral("бірінші есептік жазба әкімші болуы керек")));
            return std::nullopt;
        }
    } else if (!permitted(db, actor, Permission::AccountsManage, error)) {
        return std::nullopt;
    }
    if (accounts::AccountRow::load(db, login, false, nullptr)) {
        set(error, makeError("account.exists", QStringLiteral("the account %1 already exists").arg(login),
                             QStringLiteral("учётная запись %1 уже существует").arg(login),
                             QStringLiteral("%1 есептік жазбасы бар").arg(login)));
        return std::nullopt;
    }
    Account a;
    a.login = login;
    a.fullName = fullName;
    a.role = role;
    a.createdAt = clock.now();
    a.updatedAt = a.createdAt;
    if (!accounts::AccountRow::insert(db, &a, hash, &why)) {
        set(error, databaseError(why));
        return std::nullopt;
    }
    if (!audit(db, actor, clock, QStringLiteral("account.add"), Account(), a, true, error))
        return std::nullopt;
    if (!tx.commit()) {
        set(error, databaseError(tx.error()));
        return std::nullopt;
    }
    return a;
}

bool AccountRepository::setDisabled(Database &db, const Actor &actor, const Clock &clock,
                                    const QString &login, bool disabled, Finding *error)
{
    if (!permitted(db, actor, Permission::AccountsManage, error))
        return false;
    Transaction tx(db);
    if (!tx.isActive())
        return set(error, databaseError(tx.error()));
    QString why;
    const std::optional<Account> before =
        accounts::AccountRow::load(db, login.trimmed().toLower(), true, &why);
    if (!before)
        return set(error, why.isEmpty() ? accounts::noSuchAccount(login) : databaseError(why));
    if (disabled && before->role == Role::Administrator && !before->disabled && activeAdministrators(db) <= 1)
        return set(error, lastAdministrator());
    Account after = *before;
    after.disabled = disabled;
    if (!disabled) {
        after.failedAttempts = 0;
        after.lockedUntil = QDateTime();
    }
    after.updatedAt = clock.now();
    if (!accounts::AccountRow::update(db, after, &why))
        return set(error, databaseError(why));
    if (!audit(db, actor, clock, disabled ? QStringLiteral("account.lock") : QStringLiteral("account.unlock"),
               *before, after, false, error))
        return false;
    return tx.commit() || set(error, databaseError(tx.error()));
}

bool AccountRepository::setRole(Database &db, const Actor &actor, const Clock &clock, const QString &login,
                                Role role, Finding *error)
{
    if (!permitted(db, actor, Permission::AccountsManage, error))
        return false;
    Transaction tx(db);
    if (!tx.isActive())
        return set(error, databaseError(tx.error()));
    QString why;
    const std::optional<Account> before =
        accounts::AccountRow::load(db, login.trimmed().toLower(), true, &why);
    if (!before)
        return set(error, why.isEmpty() ? accounts::noSuchAccount(login) : databaseError(why));
    // The same role again changes nothing: no update, no audit record.
    if (before->role == role)
        return tx.commit() || set(error, databaseError(tx.error()));
    if (before->role == Role::Administrator && role != Role::Administrator && !before->disabled &&
        activeAdministrators(db) <= 1)
        return set(error, lastAdministrator());
    Account after = *before;
    after.role = role;
    after.updatedAt = clock.now();
    if (!accounts::AccountRow::update(db, after, &why))
        return set(error, databaseError(why));
    if (!audit(db, actor, clock, QStringLiteral("account.role"), *before, after, false, error))
        return false;
    return tx.commit() || set(error, databaseError(tx.error()));
}

bool AccountRepository::setPassword(Database &db, const Actor &actor, const Clock &clock,
                                    const QString &login, const QString &newPassword, Finding *error)
{
    const QString target = login.trimmed().toLower();
    const bool self = !actor.setup && actor.login == target;
    if (!self && !permitted(db, actor, Permission::AccountsManage, error))
        return false;
    if (!passwordAcceptable(newPassword, error))
        return false;
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return set(error, databaseError(QStringLiteral("the password could not be hashed (out of memory)")));
    Transaction tx(db);
    if (!tx.isActive())
        return set(error, databaseError(tx.error()));
    QString why;
    const std::optional<Account> before = accounts::AccountRow::load(db, target, true, &why);
    if (!before)
        return set(error, why.isEmpty() ? accounts::noSuchAccount(login) : databaseError(why));
    Account after = *before;
    after.failedAttempts = 0;
    after.lockedUntil = QDateTime();
    after.updatedAt = clock.now();
    if (!accounts::AccountRow::update(db, after, &why) ||
        !accounts::AccountRow::setHash(db, after.id, hash, &why))
        return set(error, databaseError(why));
    if (!audit(db, actor, clock, QStringLiteral("account.password"), *before, after, false, error))
        return false;
    return tx.commit() || set(error, databaseError(tx.error()));
}

} // namespace exitdesk
