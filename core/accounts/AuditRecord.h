// A stored audit record as read back from the audit_log table, with the canonical text its
// hash covers. The texts are kept exactly as stored so verification hashes what is there.
#pragma once

#include <QString>

namespace exitdesk {

struct AuditRecord
{
    qint64 id = 0;
    qint64 seq = 0; // position in the chain: 1, 2, 3... without gaps
    QString at;     // ISO local time, YYYY-MM-DDTHH:MM:SS
    QString actorLogin;
    QString actorRole;
    QString workstation;
    QString action;
    QString entityKind;
    QString entityId;
    QString beforeJson;
    QString afterJson;
    QString prevHash; // hex; empty for the first record
    QString hash;     // hex SHA-256

    // Every field but id and the hashes, as compact JSON with sorted keys.
    QByteArray canonical() const;
    // SHA-256(prevHash + canonical), hex: what hash must be.
    QString computeHash() const;
};

} // namespace exitdesk
