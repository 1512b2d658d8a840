#include "FormTexts.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QtDebug>

namespace exitdesk::forms {

namespace {

using Table = QHash<QString, BiText>;

const Table &table(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, Table> tables;
    QMutexLocker lock(&mutex);
    auto it = tables.find(name);
    if (it != tables.end())
        return *it;
    Table t;
    QFile f(QStringLiteral(":/forms/%1.json").arg(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("forms: no label table %s", qPrintable(name));
    } else {
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        for (auto e = root.begin(); e != root.end(); ++e) {
            if (!e.value().isObject())
                continue;
            const QJsonObject o = e.value().toObject();
            t.insert(e.key(), BiText{o.value(QStringLiteral("kk")).toString(), o.value(QStringLiteral("ru")).toString()});
        }
    }
    return *tables.insert(name, t);
}

} // namespace

BiText FormTexts::get(const QString &tableName, const QString &key)
{
    const Table &t = table(tableName);
    auto it = t.find(key);
    if (it == t.end()) {
        qWarning("forms: no text %s.%s", qPrintable(tableName), qPrintable(key));
        const QString missing = QStringLiteral("[%1.%2]").arg(tableName, key);
        return {missing, missing};
    }
    return *it;
}

bool FormTexts::has(const QString &tableName, const QString &key)
{
    return table(tableName).contains(key);
}

BiText FormTexts::country(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (has(QStringLiteral("countries"), c))
        return get(QStringLiteral("countries"), c);
    return {code, code};
}

} // namespace exitdesk::forms
