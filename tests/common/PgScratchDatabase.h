// A fresh PostgreSQL database on the test server (postgresUrl()) for one test, dropped
// afterwards, so suites running at the same time never see each other's rows.
#pragma once

#include "TestSupport.h"
#include "storage/DatabaseLocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace exitdesk::test {

class PgScratchDatabase
{
public:
    // Empty url() (and error() set) when no server is configured or creation failed.
    PgScratchDatabase()
    {
        const QString base = postgresUrl();
        if (base.isEmpty()) {
            m_error = QStringLiteral("EXITDESK_TEST_PG is not set");
            return;
        }
        m_name = QStringLiteral("exitdesk_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (!run(base, QStringLiteral("CREATE DATABASE ") + m_name))
            return;
        QUrl url(base);
        url.setPath(QStringLiteral("/") + m_name);
        m_url = url.toString();
    }
    ~PgScratchDatabase()
    {
        if (!m_url.isEmpty())
            run(postgresUrl(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    PgScratchDatabase(const PgScratchDatabase &) = delete;
    PgScratchDatabase &operator=(const PgScratchDatabase &) = delete;

    const QString &url() const { return m_url; }
    const QString &error() const { return m_error; }

private:
    bool run(const QString &baseUrl, const QString &sql)
    {
        DatabaseLocation loc;
        if (!DatabaseLocation::parse(baseUrl, &loc, &m_error))
            return false;
        const QString conn = QStringLiteral("pg-scratch-") + QUuid::createUuid().toString();
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
            db.setHostName(loc.host);
            if (loc.port > 0)
                db.setPort(loc.port);
            db.setUserName(loc.user);
            db.setPassword(loc.password);
            db.setDatabaseName(loc.databaseName);
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    m_error = q.lastError().text();
            } else {
                m_error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(conn);
        return ok;
    }

    QString m_name;
    QString m_url;
    QString m_error;
};

} // namespace exitdesk::test
