#include "accounts/PasswordHasher.h"

#include <QByteArray>

#include <sodium.h>

namespace exitdesk {

namespace {

bool ensureSodium()
{
    // sodium_init is thread-safe and returns 1 when it already ran.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

// Interactive limits (2 passes, 64 MiB): a login takes ~0.1 s on an office computer.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    if (!ensureSodium())
        return QString();
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                     kOpsLimit, kMemLimit);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0)
        return QString();
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &password, const QString &storedHash)
{
    if (!ensureSodium())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    QByteArray utf8 = password.toUtf8();
    const int rc = crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                            static_cast<unsigned long long>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return rc == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash)
{
    if (!ensureSodium())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimit) != 0;
}

bool PasswordHasher::acceptable(const QString &password, QString *reasonEn, QString *reasonRu,
                                QString *reasonKk)
{
    auto refuse = [&](const char *en, const char *ru, const char *kk) {
        if (reasonEn)
            *reasonEn = QString::fromUtf8(en);
        if (reasonRu)
            *reasonRu = QString::fromUtf8(ru);
        if (reasonKk)
            *reasonKk = QString::fromUtf8(kk);
        return false;
    };
    for (const QChar c : password) {
        if (c.category() == QChar::Other_Control)
            return refuse("the password contains a control character", "пароль содержит управляющий символ",
                          "құпиясөзде басқару таңбасы бар");
    }
    if (password.size() < 8)
        return refuse("the password must have at least 8 characters",
                      "пароль должен содержать не менее 8 символов",
                      "құпиясөз кемінде 8 таңбадан тұруы керек");
    if (password.trimmed().isEmpty())
        return refuse("the password must not be only spaces", "пароль не может состоять из одних пробелов",
                      "құпиясөз тек бос орындардан тұрмауы керек");
    if (password.size() > 1024)
        return refuse("the password is too long (at most 1024 characters)",
                      "пароль слишком длинный (не более 1024 символов)",
                      "құпиясөз тым ұзын (1024 таңбадан аспауы керек)");
    return true;
}

} // namespace exitdesk
