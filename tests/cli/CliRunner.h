// Runs exitdesk-cli as a user would, with English messages unless told otherwise.
#pragma once

#include "TestSupport.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

namespace exitdesk::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList &args, const QByteArray &stdinData = QByteArray(),
                        const QString &lang = QStringLiteral("en"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("EXITDESK_DB"));
    env.insert(QStringLiteral("EXITDESK_LANG"), lang);
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    CliResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace exitdesk::test
