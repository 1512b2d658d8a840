#include "interchange/JsonReader.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace exitdesk {

namespace {

struct Expected
{
    const char *key;
    const char16_t *en;
    const char16_t *ru;
    const char16_t *kk;
};

// The kinds of value the format has, with their names in the three languages.
const Expected kExpected[] = {
    {"string", u"expected a string", u"ожидается строка", u"мәтін (жол) күтіледі"},
    {"integer", u"expected a whole number", u"ожидается целое число", u"бүтін сан күтіледі"},
    {"boolean", u"expected true or false", u"ожидается true или false", u"true немесе false күтіледі"},
    {"object", u"expected an object {…}", u"ожидается объект {…}", u"{…} объектісі күтіледі"},
    {"array", u"expected an array […]", u"ожидается массив […]", u"[…] массиві күтіледі"},
    {"date", u"expected a date YYYY-MM-DD", u"ожидается дата ГГГГ-ММ-ДД (YYYY-MM-DD)",
     u"ЖЖЖЖ-АА-КК (YYYY-MM-DD) күні күтіледі"},
    {"datetime", u"expected a date and time YYYY-MM-DDTHH:MM:SS",
     u"ожидаются дата и время ГГГГ-ММ-ДДTЧЧ:ММ:СС (YYYY-MM-DDTHH:MM:SS)",
     u"ЖЖЖЖ-АА-ККTСС:ММ:СС (YYYY-MM-DDTHH:MM:SS) күні мен уақыты күтіледі"},
};

} // namespace

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void JsonReader::error(const QString &code, const QString &path, const QString &en, const QString &ru,
                       const QString &kk)
{
    Finding f;
    f.code = code;
    f.path = path;
    f.severity = Severity::Error;
    f.messageEn = en;
    f.messageRu = ru;
    f.messageKk = kk;
    m_errors->append(f);
}

void JsonReader::typeError(const QString &path, const QJsonValue &v, const char *expected)
{
    Q_UNUSED(v);
    for (const Expected &e : kExpected) {
        if (qstrcmp(e.key, expected) == 0) {
            const QString code = qstrcmp(expected, "date") == 0       ? QStringLiteral("json.date")
                                 : qstrcmp(expected, "datetime") == 0 ? QStringLiteral("json.datetime")
                                                                      : QStringLiteral("json.type");
            error(code, path, QString::fromUtf16(e.en), QString::fromUtf16(e.ru), QString::fromUtf16(e.kk));
            return;
        }
    }
}

bool JsonReader::object(const QJsonValue &v, const QString &path, const QStringList &allowed,
                        QJsonObject *out)
{
    if (!v.isObject()) {
        typeError(path, v, "object");
        return false;
    }
    *out = v.toObject();
    for (auto it = out->constBegin(); it != out->constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            error(QStringLiteral("json.unknownKey"), join(path, it.key()), QStringLiteral("unknown key"),
                  QStringLiteral("неизвестный ключ"), QStringLiteral("белгісіз кілт"));
        }
    }
    return true;
}

bool JsonReader::objectAt(const QJsonObject &o, const QString &path, const QString &key,
                          const QStringList &allowed, QJsonObject *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    return object(v, join(path, key), allowed, out);
}

bool JsonReader::arrayAt(const QJsonObject &o, const QString &path, const QString &key, QJsonArray *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isArray()) {
        typeError(join(path, key), v, "array");
        return false;
    }
    *out = v.toArray();
    return true;
}

void JsonReader::string(const QJsonObject &o, const QString &path, const QString &key, QString *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isString()) {
        typeError(join(path, key), v, "string");
        return;
    }
    *out = v.toString();
    // A key present with "" stays distinguishable from an absent one (null), so an export can
    // write back exactly the keys it was given where the format leaves them optional.
    if (out->isNull())
        *out = QStringLiteral("");
}

void JsonReader::date(const QJsonObject &o, const QString &path, const QString &key, QDate *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return;
    QDate d;
    if (!v.isString() || !parseDate(v.toString(), &d)) {
        typeError(join(path, key), v, "date");
        return;
    }
    *out = d;
}

void JsonReader::dateTime(const QJsonObject &o, const QString &path, const QString &key, QDateTime *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return;
    QDateTime dt;
    if (!v.isString() || !parseDateTime(v.toString(), &dt)) {
        typeError(join(path, key), v, "datetime");
        return;
    }
    *out = dt;
}

void JsonReader::integer(const QJsonObject &o, const QString &path, const QString &key, int *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || d < std::numeric_limits<int>::min() ||
        d > std::numeric_limits<int>::max()) {
        typeError(join(path, key), v, "integer");
        return;
    }
    *out = static_cast<int>(d);
}

void JsonReader::boolean(const QJsonObject &o, const QString &path, const QString &key, bool *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isBool()) {
        typeError(join(path, key), v, "boolean");
        return;
    }
    *out = v.toBool();
}

void JsonReader::choice(const QJsonObject &o, const QString &path, const QString &key,
                        const QStringList &allowed, QString *out)
{
    QString s;
    const int before = m_errors->size();
    string(o, path, key, &s);
    if (m_errors->size() != before || !o.contains(key) || o.value(key).isNull())
        return;
    if (!allowed.contains(s)) {
        const QString list = allowed.join(QStringLiteral(", "));
        error(QStringLiteral("json.value"), join(path, key),
              QStringLiteral("unknown value \"%1\" (allowed: %2)").arg(s, list),
              QStringLiteral("недопустимое значение «%1» (допустимы: %2)").arg(s, list),
              QStringLiteral("жарамсыз мән «%1» (рұқсат етілгені: %2)").arg(s, list));
        return;
    }
    *out = s;
}

bool JsonReader::parseDate(const QString &s, QDate *out)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return false;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return false;
    *out = d;
    return true;
}

bool JsonReader::parseDateTime(const QString &s, QDateTime *out)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})$"));
    const QRegularExpressionMatch m = re.match(s);
    QDate d;
    if (!m.hasMatch() || !parseDate(m.captured(1), &d))
        return false;
    const QTime t(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (!t.isValid())
        return false;
    *out = QDateTime(d, t);
    return true;
}

QString JsonReader::formatDate(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

QString JsonReader::formatDateTime(const QDateTime &dt)
{
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace exitdesk
