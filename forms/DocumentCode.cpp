#include "DocumentCode.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QStringList>

namespace exitdesk::forms {

namespace {

const QString kPrefix = QStringLiteral("EXD1");
constexpr int kHashBytes = 12;

QString digest(const QString &kind, const QString &number, const QDate &date, const QString &content,
               const QByteArray &key)
{
    const QString message = QStringList{kPrefix, kind, number, date.toString(Qt::ISODate), content}.join(QLatin1Char('\n'));
    const QByteArray mac = QMessageAuthenticationCode::hash(message.toUtf8(), key, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.left(kHashBytes).toHex());
}

} // namespace

DocumentCode DocumentCode::make(const QString &kind, const QString &caseNumber, const QDate &issueDate,
                                const QString &content, const QByteArray &key)
{
    return DocumentCode{kind, caseNumber, issueDate, digest(kind, caseNumber, issueDate, content, key)};
}

bool DocumentCode::parse(const QString &payload, DocumentCode *code)
{
    const QStringList parts = payload.trimmed().split(QLatin1Char('|'));
    if (parts.size() != 5 || parts.at(0) != kPrefix)
        return false;
    const QDate date = QDate::fromString(parts.at(3), Qt::ISODate);
    const QString hash = parts.at(4).toLower();
    if (!date.isValid() || parts.at(1).isEmpty() || parts.at(2).isEmpty() || hash.size() != 2 * kHashBytes)
        return false;
    for (QChar c : hash) {
        if (!c.isDigit() && (c < QLatin1Char('a') || c > QLatin1Char('f')))
            return false;
    }
    *code = DocumentCode{parts.at(1), parts.at(2), date, hash};
    return true;
}

QString DocumentCode::payload() const
{
    return QStringList{kPrefix, kind, caseNumber, issueDate.toString(Qt::ISODate), hash}.join(QLatin1Char('|'));
}

bool DocumentCode::matches(const QString &content, const QByteArray &key) const
{
    const QString expected = digest(kind, caseNumber, issueDate, content, key);
    // Constant-time comparison: the hash is a secret-derived value.
    if (expected.size() != hash.size())
        return false;
    int diff = 0;
    for (int i = 0; i < expected.size(); ++i)
        diff |= expected.at(i).unicode() ^ hash.at(i).unicode();
    return diff == 0;
}

} // namespace exitdesk::forms
