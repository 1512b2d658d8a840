// The three storage back ends every repository test runs on: SQLite in memory, a SQLite
// file, and a fresh database on the PostgreSQL test server (skipped when none is set).
#pragma once

#include "PgScratchDatabase.h"
#include "TestSupport.h"
#include "interchange/CaseJson.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace exitdesk::test {

enum class Backend
{
    SqliteMemory,
    SqliteFile,
    Postgres
};

inline std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    switch (info.param) {
    case Backend::SqliteMemory:
        return "SqliteMemory";
    case Backend::SqliteFile:
        return "SqliteFile";
    case Backend::Postgres:
        return "Postgres";
    }
    return "Unknown";
}

// Opens a database for the test's back end; location() can be opened again (other
// connections, other processes) except for SqliteMemory.
class BackendDatabase
{
public:
    explicit BackendDatabase(Backend backend) : m_backend(backend)
    {
        switch (backend) {
        case Backend::SqliteMemory:
            m_location = QStringLiteral(":memory:");
            break;
        case Backend::SqliteFile:
            m_location = m_dir.filePath(QStringLiteral("exitdesk.sqlite"));
            break;
        case Backend::Postgres:
            if (postgresUrl().isEmpty())
                return;
            m_scratch = std::make_unique<PgScratchDatabase>();
            m_location = m_scratch->url();
            break;
        }
    }
    bool skipped() const { return m_backend == Backend::Postgres && postgresUrl().isEmpty(); }
    const QString &location() const { return m_location; }
    std::unique_ptr<Database> open() const
    {
        QString error;
        auto db = Database::open(m_location, &error);
        EXPECT_TRUE(db) << error.toStdString();
        return db;
    }

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<PgScratchDatabase> m_scratch;
    QString m_location;
};

inline QByteArray readData(const QString &name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

// A case from tests/data/cases/NAME (one object).
inline Case sampleCase(const QString &name)
{
    QList<Case> cases;
    Findings errors;
    const bool ok = CaseJson::parseDocument(readData(QStringLiteral("cases/") + name), &cases, &errors);
    EXPECT_TRUE(ok)
        << name.toStdString() << ": "
        << (errors.isEmpty()
                ? std::string()
                : (errors.first().path + QStringLiteral(": ") + errors.first().messageEn).toStdString());
    return cases.value(0);
}

} // namespace exitdesk::test
