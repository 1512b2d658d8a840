// Opening databases: location parsing, SQLite settings, migrations, transactions.
#include "storage/Database.h"
#include "PgScratchDatabase.h"
#include "TestSupport.h"
#include "storage/DatabaseLocation.h"
#include "storage/SchemaMigrator.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

using namespace exitdesk;

namespace {

int countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return QString();
    return q.value(0).toString();
}

void insertCounter(Database &db, const QString &name, int value)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, ?)"));
    q.addBindValue(name);
    q.addBindValue(value);
    ASSERT_TRUE(q.exec());
}

void checkTransactions(Database &db)
{
    {
        Transaction tx(db);
        ASSERT_TRUE(tx.isActive()) << tx.error().toStdString();
        insertCounter(db, QStringLiteral("rolled-back"), 1);
    } // not committed
    EXPECT_EQ(countRows(db, QStringLiteral("counters")), 0);
    {
        Transaction outer(db);
        insertCounter(db, QStringLiteral("outer"), 1);
        {
            Transaction inner(db);
            ASSERT_TRUE(inner.isActive()) << inner.error().toStdString();
            insertCounter(db, QStringLiteral("inner-dropped"), 2);
        }
        {
            Transaction inner(db);
            insertCounter(db, QStringLiteral("inner-kept"), 3);
            ASSERT_TRUE(inner.commit());
        }
        ASSERT_TRUE(outer.commit()) << outer.error().toStdString();
    }
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM counters ORDER BY name")));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    EXPECT_EQ(names, (QStringList{QStringLiteral("inner-kept"), QStringLiteral("outer")}));
}

} // namespace

TEST(DatabaseLocation, ParsesSqlitePathsAndMemory)
{
    DatabaseLocation loc;
    QString error;
    ASSERT_TRUE(DatabaseLocation::parse(QStringLiteral("/var/lib/x/exitdesk.sqlite"), &loc, &error));
    EXPECT_EQ(loc.dialect, Dialect::SQLite);
    EXPECT_EQ(loc.path, QStringLiteral("/var/lib/x/exitdesk.sqlite"));
    ASSERT_TRUE(DatabaseLocation::parse(QStringLiteral(":memory:"), &loc, &error));
    EXPECT_EQ(loc.dialect, Dialect::SQLite);
    EXPECT_EQ(loc.path, QStringLiteral(":memory:"));
}

TEST(DatabaseLocation, ParsesPostgresUrlWithPercentDecoding)
{
    DatabaseLocation loc;
    QString error;
    ASSERT_TRUE(DatabaseLocation::parse(
        QStringLiteral("postgresql://clerk:p%40ss%3Aw0rd@db.example.kz:6543/exit%20desk"), &loc, &error))
        << error.toStdString();
    EXPECT_EQ(loc.dialect, Dialect::PostgreSQL);
    EXPECT_EQ(loc.user, QStringLiteral("clerk"));
    EXPECT_EQ(loc.password, QStringLiteral("p@ss:w0rd"));
    EXPECT_EQ(loc.host, QStringLiteral("db.example.kz"));
    EXPECT_EQ(loc.port, 6543);
    EXPECT_EQ(loc.databaseName, QStringLiteral("exit desk"));
    EXPECT_FALSE(loc.display().contains(QStringLiteral("p@ss"))) << "the password must not be printed";
}

TEST(DatabaseLocation, ParsesUnixSocketDirectory)
{
    DatabaseLocation loc;
    QString error;
    ASSERT_TRUE(DatabaseLocation::parse(
        QStringLiteral("postgresql://postgres@localhost/exitdesk_test?host=%2Ftmp%2Fpg%20dir"), &loc, &error))
        << error.toStdString();
    EXPECT_EQ(loc.host, QStringLiteral("/tmp/pg dir"));
    EXPECT_EQ(loc.databaseName, QStringLiteral("exitdesk_test"));
    EXPECT_EQ(loc.user, QStringLiteral("postgres"));
    ASSERT_TRUE(DatabaseLocation::parse(QStringLiteral("postgres://u@/db?host=/run/pg"), &loc, &error));
    EXPECT_EQ(loc.host, QStringLiteral("/run/pg"));
}

TEST(DatabaseLocation, RejectsBadUrlsWithAReason)
{
    DatabaseLocation loc;
    QString error;
    EXPECT_FALSE(DatabaseLocation::parse(QStringLiteral("mysql://u@h/db"), &loc, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("mysql"))) << error.toStdString();
    EXPECT_FALSE(DatabaseLocation::parse(QStringLiteral("postgresql://u@h:port/db"), &loc, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(DatabaseLocation::parse(QStringLiteral("postgresql://u@h"), &loc, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("database"))) << error.toStdString();
    EXPECT_FALSE(DatabaseLocation::parse(QStringLiteral("postgresql://u@h/db?colour=red"), &loc, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("colour"))) << error.toStdString();
    EXPECT_FALSE(DatabaseLocation::parse(QString(), &loc, &error));
}

TEST(SchemaMigrator, SplitsStatementsAtSemicolonsEndingALine)
{
    const QStringList parts =
        SchemaMigrator::statements(QStringLiteral("-- a comment;\nCREATE TABLE a (x TEXT DEFAULT "
                                                  "';');\n\nCREATE TABLE b (\n  y TEXT\n);\n-- trailing\n"));
    ASSERT_EQ(parts.size(), 2);
    EXPECT_EQ(parts.at(0), QStringLiteral("-- a comment;\nCREATE TABLE a (x TEXT DEFAULT ';')"));
    EXPECT_EQ(parts.at(1), QStringLiteral("CREATE TABLE b (\n  y TEXT\n)"));
}

TEST(SchemaMigrator, FindsTheEmbeddedMigrationsInOrder)
{
    QList<Migration> migrations;
    QString error;
    ASSERT_TRUE(SchemaMigrator::available(&migrations, &error)) << error.toStdString();
    ASSERT_FALSE(migrations.isEmpty());
    EXPECT_EQ(migrations.first().version, 1);
    for (int i = 1; i < migrations.size(); ++i)
        EXPECT_LT(migrations.at(i - 1).version, migrations.at(i).version);
}

TEST(SqliteDatabase, InMemoryIsMigratedAndPrivate)
{
    QString error;
    auto a = Database::open(QStringLiteral(":memory:"), &error);
    ASSERT_TRUE(a) << error.toStdString();
    auto b = Database::open(QStringLiteral(":memory:"), &error);
    ASSERT_TRUE(b) << error.toStdString();
    EXPECT_EQ(a->dialect(), Dialect::SQLite);
    EXPECT_GE(a->schemaVersion(), 1);
    EXPECT_EQ(countRows(*a, QStringLiteral("cases")), 0);
    insertCounter(*a, QStringLiteral("x"), 5);
    EXPECT_EQ(countRows(*a, QStringLiteral("counters")), 1);
    EXPECT_EQ(countRows(*b, QStringLiteral("counters")), 0) << "two :memory: databases must not share rows";
    EXPECT_NE(a->connection().connectionName(), b->connection().connectionName());
}

TEST(SqliteDatabase, FileUsesWalFullSyncAndForeignKeysAndMigratesOnce)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exitdesk.sqlite"));
    QString error;
    int migrations = 0;
    {
        auto db = Database::open(path, &error);
        ASSERT_TRUE(db) << error.toStdString();
        EXPECT_EQ(pragma(*db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        EXPECT_EQ(pragma(*db, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        EXPECT_EQ(pragma(*db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        EXPECT_GE(pragma(*db, QStringLiteral("busy_timeout")).toInt(), 1000);
        migrations = countRows(*db, QStringLiteral("schema_migrations"));
        EXPECT_GE(migrations, 1);
        insertCounter(*db, QStringLiteral("kept"), 7);
    }
    auto again = Database::open(path, &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(countRows(*again, QStringLiteral("schema_migrations")), migrations);
    EXPECT_EQ(countRows(*again, QStringLiteral("counters")), 1);
}

TEST(SqliteDatabase, ClearErrorsForMissingDirectoryAndNonDatabaseFile)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(Database::open(dir.filePath(QStringLiteral("no/such/dir/x.sqlite")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    error.clear();
    EXPECT_FALSE(Database::open(text, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(SqliteDatabase, TransactionsRollBackUnlessCommittedAndNestAsSavepoints)
{
    QString error;
    auto db = Database::open(QStringLiteral(":memory:"), &error);
    ASSERT_TRUE(db) << error.toStdString();
    checkTransactions(*db);
}

TEST(PostgresDatabase, UnreachableServerGivesAClearError)
{
    QTemporaryDir dir; // an empty socket directory: no server listens there
    QString error;
    auto db =
        Database::open(QStringLiteral("postgresql://postgres@localhost/nothing?host=") + dir.path(), &error);
    EXPECT_FALSE(db);
    EXPECT_TRUE(error.contains(QStringLiteral("PostgreSQL server"))) << error.toStdString();
}

TEST(PostgresDatabase, OpensMigratesOnceAndNestsTransactions)
{
    if (test::postgresUrl().isEmpty())
        GTEST_SKIP() << "EXITDESK_TEST_PG is not set";
    test::PgScratchDatabase scratch;
    ASSERT_FALSE(scratch.url().isEmpty()) << scratch.error().toStdString();
    QString error;
    int migrations = 0;
    {
        auto db = Database::open(scratch.url(), &error);
        ASSERT_TRUE(db) << error.toStdString();
        EXPECT_EQ(db->dialect(), Dialect::PostgreSQL);
        migrations = countRows(*db, QStringLiteral("schema_migrations"));
        EXPECT_GE(migrations, 1);
        checkTransactions(*db);
    }
    auto again = Database::open(scratch.url(), &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(countRows(*again, QStringLiteral("schema_migrations")), migrations);
    EXPECT_EQ(countRows(*again, QStringLiteral("counters")), 2);
}
