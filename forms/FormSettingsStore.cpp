#include "FormSettingsStore.h"

#include "storage/Database.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace exitdesk::forms {

QStringList FormSettingsStore::names()
{
    return {QStringLiteral("office.name"),     QStringLiteral("office.address"), QStringLiteral("office.department"),
            QStringLiteral("office.phone"),    QStringLiteral("office.executor"), QStringLiteral("office.head"),
            QStringLiteral("office.affairs-body"), QStringLiteral("office.qr-key"), QStringLiteral("forms.language")};
}

QString FormSettingsStore::value(const QString &name, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM form_settings WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return QString();
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool FormSettingsStore::setValue(const QString &name, const QString &value, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM form_settings WHERE name = ?"));
    q.addBindValue(name);
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("INSERT INTO form_settings (name, value) VALUES (?, ?)"));
        q.addBindValue(name);
        q.addBindValue(value);
        ok = q.exec();
    }
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

bool FormSettingsStore::load(OfficeSettings *office, QString *error)
{
    QString e;
    office->name = value(QStringLiteral("office.name"), &e);
    office->address = value(QStringLiteral("office.address"), &e);
    office->departmentNumber = value(QStringLiteral("office.department"), &e);
    office->phone = value(QStringLiteral("office.phone"), &e);
    office->executorName = value(QStringLiteral("office.executor"), &e);
    office->headName = value(QStringLiteral("office.head"), &e);
    office->internalAffairsBody = value(QStringLiteral("office.affairs-body"), &e);
    QString key = value(QStringLiteral("office.qr-key"), &e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    if (key.isEmpty()) {
        QByteArray bytes(32, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(QRandomGenerator::system()->bounded(256));
        key = QString::fromLatin1(bytes.toHex());
        if (!setValue(QStringLiteral("office.qr-key"), key, error))
            return false;
    }
    office->qrKey = QByteArray::fromHex(key.toLatin1());
    return true;
}

} // namespace exitdesk::forms
