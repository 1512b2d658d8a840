#include "accounts/DatabaseSettings.h"

#include "storage/DatabaseLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace exitdesk::ui {

namespace {

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

} // namespace

QStringList DatabaseSettings::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QString DatabaseSettings::location() const
{
    if (dialect == Dialect::SQLite)
        return sqlitePath.trimmed();
    const QString h = host.trimmed();
    const bool socket = h.startsWith(QLatin1Char('/'));
    QString url = QStringLiteral("postgresql://");
    if (!user.trimmed().isEmpty()) {
        url += encoded(user.trimmed());
        if (!password.isEmpty())
            url += QLatin1Char(':') + encoded(password);
        url += QLatin1Char('@');
    }
    if (!socket) {
        // An IPv6 address goes into brackets.
        url += h.contains(QLatin1Char(':')) ? QLatin1Char('[') + h + QLatin1Char(']') : encoded(h);
        if (port > 0 && port != kDefaultPort)
            url += QLatin1Char(':') + QString::number(port);
    }
    url += QLatin1Char('/') + encoded(databaseName.trimmed());
    QStringList query;
    if (socket) {
        query << QStringLiteral("host=") + encoded(h);
        if (port > 0 && port != kDefaultPort)
            query << QStringLiteral("port=") + QString::number(port);
    }
    if (!sslMode.isEmpty() && sslMode != QLatin1String("prefer"))
        query << QStringLiteral("sslmode=") + sslMode;
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return url;
}

bool DatabaseSettings::fromLocation(const QString &location, DatabaseSettings *out, QString *error)
{
    DatabaseLocation loc;
    if (!DatabaseLocation::parse(location, &loc, error))
        return false;
    DatabaseSettings s;
    s.dialect = loc.dialect;
    if (loc.dialect == Dialect::SQLite) {
        s.sqlitePath = loc.path;
    } else {
        s.host = loc.host;
        s.port = loc.port > 0 ? loc.port : kDefaultPort;
        s.databaseName = loc.databaseName;
        s.user = loc.user;
        s.password = loc.password;
        for (const QString &option : loc.connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (option.startsWith(QLatin1String("sslmode=")))
                s.sslMode = option.mid(8);
    }
    *out = s;
    return true;
}

} // namespace exitdesk::ui
