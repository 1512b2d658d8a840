#include "storage/DatabaseLocation.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace exitdesk {

namespace {

// libpq keywords that may follow "?" in the URL besides host/port/user/password/dbname.
const QSet<QString> &passThroughKeywords()
{
    static const QSet<QString> keys{
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("options"),         QStringLiteral("target_session_attrs"),
        QStringLiteral("passfile"),        QStringLiteral("keepalives"),
        QStringLiteral("gssencmode"),
    };
    return keys;
}

bool parsePostgres(const QString &location, DatabaseLocation *out, QString *error)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = QStringLiteral("malformed PostgreSQL URL (%1); expected "
                                "postgresql://user[:password]@host[:port]/dbname")
                     .arg(url.errorString());
        return false;
    }
    DatabaseLocation loc;
    loc.dialect = Dialect::PostgreSQL;
    loc.host = url.host(QUrl::FullyDecoded);
    loc.port = url.port(-1);
    loc.user = url.userName(QUrl::FullyDecoded);
    loc.password = url.password(QUrl::FullyDecoded);
    loc.databaseName = url.path(QUrl::FullyDecoded);
    if (loc.databaseName.startsWith(QLatin1Char('/')))
        loc.databaseName.remove(0, 1);

    QStringList options;
    bool hasTimeout = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("host")) {
            loc.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            loc.port = value.toInt(&ok);
            if (!ok || loc.port <= 0 || loc.port > 65535) {
                *error = QStringLiteral("bad port \"%1\" in the PostgreSQL URL").arg(value);
                return false;
            }
        } else if (key == QLatin1String("user")) {
            loc.user = value;
        } else if (key == QLatin1String("password")) {
            loc.password = value;
        } else if (key == QLatin1String("dbname")) {
            loc.databaseName = value;
        } else if (passThroughKeywords().contains(key)) {
            if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')) ||
                value.contains(QLatin1Char('\''))) {
                *error = QStringLiteral("unsupported characters in the URL parameter %1").arg(key);
                return false;
            }
            options << key + QLatin1Char('=') + value;
            hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
        } else {
            *error = QStringLiteral("unknown parameter \"%1\" in the PostgreSQL URL").arg(key);
            return false;
        }
    }
    // An unreachable server should fail in seconds with a clear message, not hang.
    if (!hasTimeout)
        options << QStringLiteral("connect_timeout=10");
    loc.connectOptions = options.join(QLatin1Char(';'));

    if (loc.databaseName.isEmpty()) {
        *error = QStringLiteral("the PostgreSQL URL names no database; expected "
                                "postgresql://user[:password]@host[:port]/dbname");
        return false;
    }
    *out = loc;
    return true;
}

} // namespace

QString DatabaseLocation::display() const
{
    if (dialect == Dialect::SQLite)
        return path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        s += host;
    if (port > 0)
        s += QLatin1Char(':') + QString::number(port);
    s += QLatin1Char('/') + databaseName;
    if (socket)
        s += QStringLiteral("?host=") + host;
    return s;
}

bool DatabaseLocation::parse(const QString &location, DatabaseLocation *out, QString *error)
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty()) {
        *error = QStringLiteral("no database location given");
        return false;
    }
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch m = scheme.match(trimmed);
    if (m.hasMatch()) {
        const QString name = m.captured(1).toLower();
        if (name == QLatin1String("postgresql") || name == QLatin1String("postgres"))
            return parsePostgres(trimmed, out, error);
        if (name != QLatin1String("file")) {
            *error = QStringLiteral("unsupported database URL scheme \"%1\"; use a SQLite file path "
                                    "or postgresql://user[:password]@host[:port]/dbname")
                         .arg(m.captured(1));
            return false;
        }
        DatabaseLocation loc;
        loc.path = QUrl(trimmed).toLocalFile();
        *out = loc;
        return true;
    }
    DatabaseLocation loc;
    loc.path = location;
    *out = loc;
    return true;
}

} // namespace exitdesk
