#include "GroundCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace exitdesk::forms {

const QList<GroundText> &GroundCatalogue::all()
{
    static const QList<GroundText> grounds = [] {
        QList<GroundText> list;
        QFile f(QStringLiteral(":/forms/grounds.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            qWarning("forms: no grounds catalogue");
            return list;
        }
        const QJsonArray array = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("grounds")).toArray();
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            list << GroundText{o.value(QStringLiteral("number")).toInt(),
                               {o.value(QStringLiteral("kk")).toString(), o.value(QStringLiteral("ru")).toString()},
                               {o.value(QStringLiteral("untilKk")).toString(), o.value(QStringLiteral("untilRu")).toString()}};
        }
        return list;
    }();
    return grounds;
}

GroundText GroundCatalogue::find(int number)
{
    for (const GroundText &g : all()) {
        if (g.number == number)
            return g;
    }
    return GroundText();
}

} // namespace exitdesk::forms
