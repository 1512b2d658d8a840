// The check code printed as a QR on the electronic notices and the receipt: the document's
// kind, the case number, the date of issue and a keyed hash (HMAC-SHA256 with the office's key,
// truncated) of what the document states. Whoever holds the office's key can tell whether a
// presented document is one the office issued and is unchanged.
//   EXD1|decision-e|2026-000123|2026-11-20|<24 hex digits>
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace exitdesk::forms {

struct DocumentCode
{
    QString kind;       // FormKind key
    QString caseNumber;
    QDate issueDate;
    QString hash;       // hex

    static DocumentCode make(const QString &kind, const QString &caseNumber, const QDate &issueDate,
                             const QString &content, const QByteArray &key);
    // False when the text is not a check code of this format.
    static bool parse(const QString &payload, DocumentCode *code);

    QString payload() const;
    // Whether the hash agrees with the content as recomputed now.
    bool matches(const QString &content, const QByteArray &key) const;
};

} // namespace exitdesk::forms
