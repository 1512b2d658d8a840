#include "accounts/AuditRecord.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace exitdesk {

QByteArray AuditRecord::canonical() const
{
    // QJsonObject keeps its keys sorted, so the text is the same wherever it is computed.
    QJsonObject o;
    o.insert(QStringLiteral("seq"), QString::number(seq));
    o.insert(QStringLiteral("at"), at);
    o.insert(QStringLiteral("actor"), actorLogin);
    o.insert(QStringLiteral("role"), actorRole);
    o.insert(QStringLiteral("workstation"), workstation);
    o.insert(QStringLiteral("action"), action);
    o.insert(QStringLiteral("entityKind"), entityKind);
    o.insert(QStringLiteral("entityId"), entityId);
    o.insert(QStringLiteral("before"), beforeJson);
    o.insert(QStringLiteral("after"), afterJson);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString AuditRecord::computeHash() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(QByteArrayView("\n"));
    h.addData(canonical());
    return QString::fromLatin1(h.result().toHex());
}

} // namespace exitdesk
