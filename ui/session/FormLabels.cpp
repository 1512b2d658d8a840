#include "session/FormLabels.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace exitdesk::ui {

namespace {

using Table = QHash<QString, std::pair<QString, QString>>;

void load(Table &table, const QString &resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject o = it.value().toObject();
        table.insert(it.key(), {o.value(QLatin1String("kk")).toString(), o.value(QLatin1String("ru")).toString()});
    }
}

const Table &table()
{
    static const Table t = [] {
        Table t;
        load(t, QStringLiteral(":/ui/annex1-labels.json"));
        load(t, QStringLiteral(":/forms/annex1.json")); // the forms' wording wins
        return t;
    }();
    return t;
}

} // namespace

QString FormLabels::kk(const QString &key)
{
    return table().value(key).first;
}

QString FormLabels::ru(const QString &key)
{
    return table().value(key).second;
}

bool FormLabels::has(const QString &key)
{
    return table().contains(key);
}

QString FormLabels::bilingual(const QString &key)
{
    const auto it = table().constFind(key);
    if (it == table().cend())
        return key;
    if (it->second.isEmpty() || it->first == it->second)
        return it->first;
    return it->first + QStringLiteral(" / ") + it->second;
}

} // namespace exitdesk::ui
