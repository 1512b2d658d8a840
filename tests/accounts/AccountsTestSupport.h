// Helpers of the accounts tests: a fresh database (SQLite in memory or on the PostgreSQL test
// server), a fixed clock and ready-made actors.
#pragma once

#include "PgScratchDatabase.h"
#include "TestSupport.h"
#include "accounts/AccountRepository.h"
#include "accounts/Actor.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

#include <memory>

namespace exitdesk::test {

inline QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

inline Actor actorOf(const QString &login, Role role)
{
    Actor a;
    a.login = login;
    a.role = role;
    a.workstation = QStringLiteral("test-ws");
    return a;
}

inline std::unique_ptr<Database> openMemory()
{
    QString error;
    std::unique_ptr<Database> db = Database::open(QStringLiteral(":memory:"), &error);
    EXPECT_TRUE(db) << error.toStdString();
    return db;
}

// The setup actor adds the administrator "admin" (password "admin-password-1").
inline Actor addAdministrator(Database &db, const Clock &clock)
{
    Finding error;
    const auto admin = AccountRepository::add(
        db, Actor::setupActor(QStringLiteral("test-ws")), clock, QStringLiteral("admin"),
        QStringLiteral("Әкімші Бас"), Role::Administrator, QStringLiteral("admin-password-1"), &error);
    EXPECT_TRUE(admin) << error.messageEn.toStdString();
    Actor a = actorOf(QStringLiteral("admin"), Role::Administrator);
    a.accountId = admin ? admin->id : 0;
    return a;
}

} // namespace exitdesk::test
