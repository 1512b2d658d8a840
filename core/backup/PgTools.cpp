#include "backup/PgTools.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <algorithm>

namespace exitdesk {

namespace {

QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

QString PgTools::find(const QString &name)
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(),
              [&numeric](const QString &a, const QString &b) { return numeric.compare(a, b) > 0; });
    for (const QString &v : versions) {
        const QString candidate = root.filePath(v + QStringLiteral("/bin/") + name);
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(name);
}

QString PgTools::conninfo(const DatabaseLocation &location)
{
    QStringList parts;
    if (!location.host.isEmpty())
        parts << QStringLiteral("host=") + quoted(location.host);
    if (location.port > 0)
        parts << QStringLiteral("port=") + quoted(QString::number(location.port));
    if (!location.user.isEmpty())
        parts << QStringLiteral("user=") + quoted(location.user);
    parts << QStringLiteral("dbname=") + quoted(location.databaseName);
    // connectOptions is "key=value;key=value" of vetted libpq keywords (DatabaseLocation).
    for (const QString &option : location.connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = option.indexOf(QLatin1Char('='));
        if (eq > 0)
            parts << option.left(eq) + QLatin1Char('=') + quoted(option.mid(eq + 1));
    }
    return parts.join(QLatin1Char(' '));
}

bool PgTools::run(const QString &program, const QStringList &arguments, const DatabaseLocation &location,
                  int timeoutMs, QString *error)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!location.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), location.password);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return false;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("%1 did not finish in time").arg(QFileInfo(program).fileName());
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2")
                     .arg(QFileInfo(program).fileName(),
                          QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

} // namespace exitdesk
