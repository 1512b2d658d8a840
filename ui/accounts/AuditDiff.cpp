#include "accounts/AuditDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>

namespace exitdesk::ui {

namespace {

QJsonValue parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QJsonValue();
    // Wrapped in an array so that a bare scalar ("5", "\"x\"") parses too.
    const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8());
    if (!doc.isArray() || doc.array().isEmpty())
        return QJsonValue(text); // not JSON: shown as it is
    return doc.array().at(0);
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 i = v.toInteger();
        return double(i) == d ? QString::number(i) : QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return QString();
    }
}

void flatten(const QJsonValue &value, const QString &path, QMap<QString, QString> *out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.isEmpty() && !path.isEmpty())
            out->insert(path, QStringLiteral("{}"));
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (a.isEmpty())
            out->insert(path, QStringLiteral("[]"));
        for (int i = 0; i < a.size(); ++i)
            flatten(a.at(i), path + QStringLiteral("[%1]").arg(i), out);
    } else if (!value.isUndefined()) {
        out->insert(path.isEmpty() ? QStringLiteral("(value)") : path, scalarText(value));
    }
}

QMap<QString, QString> fields(const QString &json)
{
    QMap<QString, QString> out;
    const QJsonValue v = parse(json);
    if (!v.isNull())
        flatten(v, QString(), &out);
    return out;
}

} // namespace

QList<AuditDiffRow> AuditDiff::compare(const QString &beforeJson, const QString &afterJson)
{
    const QMap<QString, QString> before = fields(beforeJson);
    const QMap<QString, QString> after = fields(afterJson);
    QMap<QString, AuditDiffRow> rows;
    for (auto it = before.begin(); it != before.end(); ++it) {
        AuditDiffRow &r = rows[it.key()];
        r.path = it.key();
        r.before = it.value();
        r.existedBefore = true;
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        AuditDiffRow &r = rows[it.key()];
        r.path = it.key();
        r.after = it.value();
        r.existsAfter = true;
    }
    QList<AuditDiffRow> changed;
    for (const AuditDiffRow &r : rows)
        if (r.existedBefore != r.existsAfter || r.before != r.after)
            changed << r;
    return changed;
}

} // namespace exitdesk::ui
