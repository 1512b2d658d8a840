// Passwords are kept only as Argon2id hashes.
#include "accounts/PasswordHasher.h"

#include <gtest/gtest.h>

using namespace exitdesk;

TEST(PasswordHasher, HashIsArgon2idAndVerifies)
{
    const QString password = QStringLiteral("Құпия-сөз 2026");
    const QString hash = PasswordHasher::hash(password);
    ASSERT_FALSE(hash.isEmpty());
    EXPECT_NE(hash, password);
    EXPECT_FALSE(hash.contains(password));
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$"))) << hash.toStdString();
    EXPECT_TRUE(PasswordHasher::verify(password, hash));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("Құпия-сөз 2025"), hash));
    EXPECT_FALSE(PasswordHasher::verify(QString(), hash));
    EXPECT_FALSE(PasswordHasher::needsRehash(hash));
}

TEST(PasswordHasher, SaltMakesEveryHashDifferent)
{
    const QString password = QStringLiteral("same-password");
    EXPECT_NE(PasswordHasher::hash(password), PasswordHasher::hash(password));
}

TEST(PasswordHasher, MalformedHashNeverVerifies)
{
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("x"), QString()));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("x"), QStringLiteral("x")));
    EXPECT_FALSE(PasswordHasher::verify(QStringLiteral("x"), QString(500, QLatin1Char('$'))));
}

TEST(PasswordHasher, WeakPasswordsAreRefusedWithAReason)
{
    QString en, ru, kk;
    EXPECT_FALSE(PasswordHasher::acceptable(QStringLiteral("short"), &en, &ru, &kk));
    EXPECT_TRUE(en.contains(QStringLiteral("8")));
    EXPECT_FALSE(ru.isEmpty());
    EXPECT_FALSE(kk.isEmpty());
    EXPECT_FALSE(PasswordHasher::acceptable(QStringLiteral("        "), &en, &ru, &kk));
    EXPECT_FALSE(PasswordHasher::acceptable(QStringLiteral("abc\ndefgh"), &en, &ru, &kk));
    EXPECT_TRUE(PasswordHasher::acceptable(QStringLiteral("long enough"), &en, &ru, &kk));
}
