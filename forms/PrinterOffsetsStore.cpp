#include "PrinterOffsetsStore.h"

#include "FormSettingsStore.h"

#include "accounts/Actor.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <cmath>

namespace exitdesk::forms {

namespace {
const QLatin1String kPrefix("printer.offsets:");
}

QString PrinterOffsetsStore::settingName(const QString &printer)
{
    return kPrefix + printer;
}

QString PrinterOffsetsStore::printerOf(const QString &name)
{
    return name.startsWith(kPrefix) ? name.mid(kPrefix.size()) : QString();
}

QString PrinterOffsetsStore::format(PrintOffsets o)
{
    return QString::number(o.xMm, 'f', 1) + QLatin1Char(';') + QString::number(o.yMm, 'f', 1);
}

bool PrinterOffsetsStore::parse(const QString &text, PrintOffsets *offsets)
{
    const QStringList parts = text.split(QLatin1Char(';'));
    if (parts.size() != 2)
        return false;
    bool okX = false, okY = false;
    const double x = parts.at(0).trimmed().toDouble(&okX);
    const double y = parts.at(1).trimmed().toDouble(&okY);
    if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y) || std::abs(x) > limitMm() || std::abs(y) > limitMm())
        return false;
    offsets->xMm = x;
    offsets->yMm = y;
    return true;
}

PrintOffsets PrinterOffsetsStore::offsets(const QString &printer, QString *error) const
{
    PrintOffsets o;
    if (printer.isEmpty())
        return o;
    const QString text = FormSettingsStore(m_db).value(settingName(printer), error);
    if (!text.isEmpty() && !parse(text, &o))
        o = PrintOffsets();
    return o;
}

QMap<QString, PrintOffsets> PrinterOffsetsStore::all(QString *error) const
{
    QMap<QString, PrintOffsets> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, value FROM form_settings WHERE name LIKE ?"));
    q.addBindValue(kPrefix + QStringLiteral("%"));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    while (q.next()) {
        PrintOffsets o;
        if (parse(q.value(1).toString(), &o))
            result.insert(printerOf(q.value(0).toString()), o);
    }
    return result;
}

bool PrinterOffsetsStore::setOffsets(const Actor &actor, const Clock &clock, const QString &printer,
                                     PrintOffsets offsets, QString *error)
{
    if (printer.isEmpty() || !std::isfinite(offsets.xMm) || !std::isfinite(offsets.yMm)
        || std::abs(offsets.xMm) > limitMm() || std::abs(offsets.yMm) > limitMm()) {
        if (error) {
            const QString limit = QString::number(limitMm());
            *error = actor.lang == QLatin1String("kk")   ? QStringLiteral("Принтер және ±%1 мм дейінгі ығысу керек").arg(limit)
                : actor.lang == QLatin1String("ru") ? QStringLiteral("Нужны принтер и смещения до ±%1 мм").arg(limit)
                                                    : QStringLiteral("A printer and offsets up to ±%1 mm are needed").arg(limit);
        }
        return false;
    }
    return FormSettingsStore(m_db).setValue(actor, clock, settingName(printer), format(offsets), error);
}

} // namespace exitdesk::forms
