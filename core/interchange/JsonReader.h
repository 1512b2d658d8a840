// Reads values out of a parsed JSON document with their key paths, collecting every format
// error (unknown key, wrong type, malformed date) as a Finding with code "json.*" instead of
// stopping at the first one. Used by CaseJson; usable for any strict JSON input.
#pragma once

#include "validation/Finding.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace exitdesk {

class JsonReader
{
public:
    explicit JsonReader(Findings *errors) : m_errors(errors) {}

    // "a" + "b" -> "a.b"; "" + "b" -> "b".
    static QString join(const QString &path, const QString &key);
    static QString index(const QString &path, int i) { return path + QStringLiteral("[%1]").arg(i); }

    // True when v is an object; reports each key not in allowed as "path.key: unknown key".
    bool object(const QJsonValue &v, const QString &path, const QStringList &allowed, QJsonObject *out);
    // Sets *out only when the key is present and not null (absent keys keep the default).
    bool objectAt(const QJsonObject &o, const QString &path, const QString &key, const QStringList &allowed,
                  QJsonObject *out);
    bool arrayAt(const QJsonObject &o, const QString &path, const QString &key, QJsonArray *out);
    void string(const QJsonObject &o, const QString &path, const QString &key, QString *out);
    // "YYYY-MM-DD"; an empty string or null leaves the date null.
    void date(const QJsonObject &o, const QString &path, const QString &key, QDate *out);
    // "YYYY-MM-DDTHH:MM:SS", local time.
    void dateTime(const QJsonObject &o, const QString &path, const QString &key, QDateTime *out);
    void integer(const QJsonObject &o, const QString &path, const QString &key, int *out);
    void boolean(const QJsonObject &o, const QString &path, const QString &key, bool *out);
    // A string that must be one of allowed.
    void choice(const QJsonObject &o, const QString &path, const QString &key, const QStringList &allowed,
                QString *out);

    void error(const QString &code, const QString &path, const QString &en, const QString &ru,
               const QString &kk);
    void typeError(const QString &path, const QJsonValue &v, const char *expected);

    // Strict ISO forms used by the interchange format.
    static bool parseDate(const QString &s, QDate *out);
    static bool parseDateTime(const QString &s, QDateTime *out);
    static QString formatDate(const QDate &d);
    static QString formatDateTime(const QDateTime &dt);

private:
    Findings *m_errors;
};

} // namespace exitdesk
