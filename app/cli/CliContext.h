// What a command of exitdesk-cli receives: its arguments, the chosen language for messages,
// and helpers to print errors in that language and to open the database.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace exitdesk::cli {

enum ExitCode { ExitOk = 0, ExitBadInput = 1, ExitUsage = 2 };

class CliContext
{
public:
    CliContext(QStringList args, QString lang);

    // Parses "--name value" options and "--flag" flags; everything else is positional.
    // Returns false (and prints a usage error) for an option not in valueOptions/flags.
    bool parse(const QSet<QString> &valueOptions, const QSet<QString> &flags);

    QString option(const QString &name, const QString &fallback = QString()) const;
    bool hasOption(const QString &name) const { return m_options.contains(name); }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    const QStringList &positional() const { return m_positional; }

    // The --db location, then EXITDESK_DB, then the desktop program's database.
    QString databaseLocation() const;

    const QString &lang() const { return m_lang; }
    // Picks the message in the user's language.
    QString tr3(const QString &en, const QString &ru, const QString &kk) const;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints "exitdesk-cli: message" to stderr and returns the exit code.
    int fail(int code, const QString &message);
    int usageError(const QString &message);

private:
    QStringList m_args;
    QString m_lang;
    QHash<QString, QString> m_options;
    QSet<QString> m_flags;
    QStringList m_positional;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace exitdesk::cli
