// Password hashing with Argon2id (libsodium's crypto_pwhash_str): the hash string carries its
// salt and cost parameters, so it is all that is stored. Passwords never leave this class
// in any other form.
#pragma once

#include <QString>

namespace exitdesk {

class PasswordHasher
{
public:
    // The "$argon2id$..." string for the password, or empty when hashing failed (out of memory).
    static QString hash(const QString &password);
    // Whether the password matches the stored hash; false for a malformed hash.
    static bool verify(const QString &password, const QString &storedHash);
    // Whether the hash was made with weaker parameters than today's and should be redone.
    static bool needsRehash(const QString &storedHash);

    // At least 8 characters, not only spaces; no control characters (they cannot be typed
    // in the login dialog). On failure the reason in kk/ru/en.
    static bool acceptable(const QString &password, QString *reasonEn, QString *reasonRu, QString *reasonKk);
};

} // namespace exitdesk
