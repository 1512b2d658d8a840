#include "CliContext.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace exitdesk::cli {

CliContext::CliContext(QStringList args, QString lang)
    : m_args(std::move(args)), m_lang(std::move(lang)), m_out(stdout), m_err(stderr)
{
}

bool CliContext::parse(const QSet<QString> &valueOptions, const QSet<QString> &flags)
{
    for (int i = 0; i < m_args.size(); ++i) {
        const QString &a = m_args.at(i);
        if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            QString name = a.mid(2);
            QString value;
            bool inlineValue = false;
            const int eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                inlineValue = true;
            }
            if (flags.contains(name) && !inlineValue) {
                m_flags.insert(name);
            } else if (valueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= m_args.size()) {
                        usageError(tr3(QStringLiteral("option --%1 needs a value"),
                                       QStringLiteral("параметру --%1 нужно значение"),
                                       QStringLiteral("--%1 параметріне мән керек"))
                                       .arg(name));
                        return false;
                    }
                    value = m_args.at(++i);
                }
                m_options.insert(name, value);
            } else {
                usageError(tr3(QStringLiteral("unknown option --%1"), QStringLiteral("неизвестный параметр --%1"),
                               QStringLiteral("белгісіз параметр --%1"))
                               .arg(name));
                return false;
            }
        } else if (a == QLatin1String("-o") && valueOptions.contains(QStringLiteral("o"))) {
            if (i + 1 >= m_args.size()) {
                usageError(tr3(QStringLiteral("option -o needs a file name"),
                               QStringLiteral("параметру -o нужно имя файла"),
                               QStringLiteral("-o параметріне файл атауы керек")));
                return false;
            }
            m_options.insert(QStringLiteral("o"), m_args.at(++i));
        } else {
            m_positional << a;
        }
    }
    return true;
}

QString CliContext::option(const QString &name, const QString &fallback) const
{
    return m_options.value(name, fallback);
}

QString CliContext::databaseLocation() const
{
    if (m_options.contains(QStringLiteral("db")))
        return m_options.value(QStringLiteral("db"));
    const QString env = qEnvironmentVariable("EXITDESK_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/ExitDesk");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/exitdesk.sqlite");
}

QString CliContext::tr3(const QString &en, const QString &ru, const QString &kk) const
{
    if (m_lang == QLatin1String("ru"))
        return ru;
    if (m_lang == QLatin1String("kk"))
        return kk;
    return en;
}

int CliContext::fail(int code, const QString &message)
{
    m_err << "exitdesk-cli: " << message << Qt::endl;
    return code;
}

int CliContext::usageError(const QString &message)
{
    return fail(ExitUsage, message);
}

} // namespace exitdesk::cli
