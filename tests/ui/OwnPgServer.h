// A PostgreSQL server of the test's own, in a temporary folder, that the test may stop and
// start again (the shared test server must stay up for the other suites). Unix socket only,
// in the folder itself, so it clashes with no other server. Runs the server as the user
// postgres when the test runs as root, as scripts/pg-test-server.sh does.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <unistd.h>

namespace exitdesk::test {

class OwnPgServer
{
public:
    OwnPgServer()
    {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &v : versions) {
            if (QFileInfo::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/pg_ctl").arg(v)))
                m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(v);
        }
        if (m_bin.isEmpty() || !m_dir.isValid()) {
            m_error = QStringLiteral("PostgreSQL is not installed");
            return;
        }
        if (::getuid() == 0 &&
            !run(QStringLiteral("chown"), {QStringLiteral("postgres:"), m_dir.path()}, false))
            return;
        if (!run(m_bin + QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8")}))
            return;
        m_ready = start();
    }
    ~OwnPgServer()
    {
        if (m_running)
            run(m_bin + QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                 QStringLiteral("-w"), QStringLiteral("stop")});
    }
    OwnPgServer(const OwnPgServer &) = delete;
    OwnPgServer &operator=(const OwnPgServer &) = delete;

    bool ready() const { return m_ready; }
    const QString &error() const { return m_error; }
    // The server's own maintenance database: this server exists for one test.
    QString url() const
    {
        return QStringLiteral("postgresql://postgres@localhost/postgres?host=%1").arg(m_dir.path());
    }

    bool start()
    {
        m_running =
            run(m_bin + QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                 QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                 QStringLiteral("-c listen_addresses='' -k %1 -c fsync=off").arg(m_dir.path()),
                 QStringLiteral("start")});
        return m_running;
    }
    // As an administrator stops it: the server ends the sessions of its clients.
    bool stop()
    {
        const bool ok = run(m_bin + QStringLiteral("pg_ctl"),
                            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                             QStringLiteral("-w"), QStringLiteral("stop")});
        m_running = !ok;
        return ok;
    }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    bool run(const QString &program, const QStringList &args, bool asPostgres = true)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (asPostgres && ::getuid() == 0)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                           QStringLiteral("--"), program} +
                                                   args);
        else
            p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()));
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/exitdesk-pg-XXXXXX")};
    QString m_bin;
    QString m_error;
    bool m_ready = false;
    bool m_running = false;
};

} // namespace exitdesk::test
