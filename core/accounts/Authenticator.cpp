#include "accounts/Authenticator.h"

#include "Clock.h"
#include "accounts/AccountRow.h"
#include "accounts/AuditLog.h"
#include "accounts/LockoutPolicy.h"
#include "accounts/PasswordHasher.h"
#include "storage/Transaction.h"

namespace exitdesk {

namespace {

// Verifying against this keeps an unknown login as slow as a wrong password, so the time an
// answer takes does not tell which logins exist.
const QString &dummyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("exitdesk-no-such-account"));
    return hash;
}

LoginResult result(LoginStatus status)
{
    LoginResult r;
    r.status = status;
    return r;
}

LoginResult dbError(const QString &why)
{
    LoginResult r = result(LoginStatus::Error);
    r.error = why;
    return r;
}

} // namespace

QString LoginResult::message(const QString &lang) const
{
    const bool kk = lang == QLatin1String("kk");
    const bool ru = lang == QLatin1String("ru");
    const QString until = lockedUntil.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    switch (status) {
    case LoginStatus::Ok:
        return QString();
    case LoginStatus::WrongCredentials:
        return kk   ? QStringLiteral("Логин немесе құпиясөз қате.")
               : ru ? QStringLiteral("Неверный логин или пароль.")
                    : QStringLiteral("Wrong login or password.");
    case LoginStatus::LockedOut:
        return kk ? QStringLiteral("Құпиясөз тым көп рет қате енгізілді: есептік жазба %1 дейін бұғатталған.")
                        .arg(until)
               : ru ? QStringLiteral("Слишком много неверных паролей: учётная запись заблокирована до %1.")
                          .arg(until)
                    : QStringLiteral("Too many wrong passwords: the account is locked until %1.").arg(until);
    case LoginStatus::Disabled:
        return kk ? QStringLiteral("Есептік жазбаны әкімші бұғаттаған.")
               : ru ? QStringLiteral("Учётная запись заблокирована администратором.")
                    : QStringLiteral("The account is locked by an administrator.");
    case LoginStatus::Error:
        return kk   ? QStringLiteral("Дерекқор қатесі: %1").arg(error)
               : ru ? QStringLiteral("Ошибка базы данных: %1").arg(error)
                    : QStringLiteral("Database error: %1").arg(error);
    }
    return QString();
}

LoginResult Authenticator::login(Database &db, const QString &loginInput, const QString &password,
                                 const QString &workstation, const Clock &clock)
{
    const QString login = loginInput.trimmed().toLower();
    const QDateTime now = clock.now();

    Transaction tx(db);
    if (!tx.isActive())
        return dbError(tx.error());
    QString why;
    QString hash;
    const std::optional<Account> found = accounts::AccountRow::load(db, login, true, &why, &hash);
    if (!found) {
        if (!why.isEmpty())
            return dbError(why);
        PasswordHasher::verify(password, dummyHash());
        return result(LoginStatus::WrongCredentials);
    }
    Account account = *found;
    if (account.lockedOutAt(now)) {
        LoginResult r = result(LoginStatus::LockedOut);
        r.lockedUntil = account.lockedUntil;
        return r;
    }

    Actor actor;
    actor.accountId = account.id;
    actor.login = account.login;
    actor.fullName = account.fullName;
    actor.role = account.role;
    actor.workstation = workstation;

    if (!PasswordHasher::verify(password, hash)) {
        const Account before = account;
        LoginResult r = result(LoginStatus::WrongCredentials);
        account.failedAttempts += 1;
        account.updatedAt = now;
        const bool lockNow = account.failedAttempts >= LockoutPolicy::kMaxFailedAttempts;
        if (lockNow) {
            // Counting starts again after the lockout: another full series locks again.
            account.failedAttempts = 0;
            account.lockedUntil = now.addSecs(60 * LockoutPolicy::kLockoutMinutes);
            r.status = LoginStatus::LockedOut;
            r.lockedUntil = account.lockedUntil;
        } else {
            r.attemptsLeft = LockoutPolicy::kMaxFailedAttempts - account.failedAttempts;
        }
        if (!accounts::AccountRow::update(db, account, &why))
            return dbError(why);
        if (lockNow) {
            const AuditEntry e =
                AuditEntry::make(actor, clock, QStringLiteral("account.lockout"), QStringLiteral("account"),
                                 account.login, before.toAuditJson(), account.toAuditJson());
            if (!AuditLog::append(db, e, &why))
                return dbError(why);
        }
        if (!tx.commit())
            return dbError(tx.error());
        return r;
    }

    // The right password of an account an administrator locked: say so only now, so the
    // answer does not reveal the state of accounts to someone guessing.
    if (account.disabled)
        return result(LoginStatus::Disabled);

    if (account.failedAttempts != 0 || account.lockedUntil.isValid()) {
        account.failedAttempts = 0;
        account.lockedUntil = QDateTime();
        account.updatedAt = now;
        if (!accounts::AccountRow::update(db, account, &why))
            return dbError(why);
    }
    if (PasswordHasher::needsRehash(hash)) {
        const QString fresh = PasswordHasher::hash(password);
        if (!fresh.isEmpty() && !accounts::AccountRow::setHash(db, account.id, fresh, &why))
            return dbError(why);
    }
    if (!tx.commit())
        return dbError(tx.error());
    LoginResult r = result(LoginStatus::Ok);
    r.actor = actor;
    return r;
}

} // namespace exitdesk
