#include "storage/LocalDraftStore.h"

#include "interchange/CaseJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace exitdesk {

namespace {

const QLatin1String kSuffix(".json");
const QLatin1String kFormat("exitdesk-local-draft");

} // namespace

LocalDraftStore::LocalDraftStore(QString directory) : m_directory(std::move(directory)) {}

bool LocalDraftStore::isValidKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return re.match(key).hasMatch();
}

QString LocalDraftStore::filePath(const QString &key) const
{
    return QDir(m_directory).filePath(key + kSuffix);
}

bool LocalDraftStore::save(const Case &c, const QString &database, const QDateTime &keptAt, QString *key,
                           QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (key->isEmpty())
        *key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!isValidKey(*key)) {
        *error = QStringLiteral("invalid local draft name \"%1\"").arg(*key);
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        *error = QStringLiteral("cannot create the folder %1").arg(m_directory);
        return false;
    }
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("database"), database);
    o.insert(QStringLiteral("keptAt"), keptAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("caseId"), QString::number(c.id));
    o.insert(QStringLiteral("caseVersion"), c.version);
    o.insert(QStringLiteral("case"), CaseJson::toJson(c));
    // QSaveFile writes a temporary file and renames it: a crash leaves the old file or the new
    // one, never half of one.
    QSaveFile file(filePath(*key));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<LocalDraft> LocalDraftStore::load(const QString &key, QString *error) const
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (!isValidKey(key)) {
        *error = QStringLiteral("invalid local draft name \"%1\"").arg(key);
        return std::nullopt;
    }
    QFile file(filePath(key));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(QStringLiteral("format")).toString() != kFormat) {
        *error = QStringLiteral("%1 is not a local draft of ExitDesk").arg(file.fileName());
        return std::nullopt;
    }
    LocalDraft d;
    d.key = key;
    d.database = o.value(QStringLiteral("database")).toString();
    d.keptAt = QDateTime::fromString(o.value(QStringLiteral("keptAt")).toString(), Qt::ISODate);
    Findings findings;
    if (!CaseJson::fromJson(o.value(QStringLiteral("case")), &d.caseData, &findings)) {
        *error = QStringLiteral("%1: the questionnaire cannot be read (%2)")
                     .arg(file.fileName(), findings.isEmpty() ? QString() : findings.first().messageEn);
        return std::nullopt;
    }
    d.caseData.id = o.value(QStringLiteral("caseId")).toString().toLongLong();
    d.caseData.version = o.value(QStringLiteral("caseVersion")).toInt();
    return d;
}

QList<LocalDraft> LocalDraftStore::list(QStringList *unreadable) const
{
    QList<LocalDraft> out;
    const QStringList files =
        QDir(m_directory).entryList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString key = name.chopped(kSuffix.size());
        QString why;
        if (const std::optional<LocalDraft> d = load(key, &why))
            out << *d;
        else if (unreadable)
            *unreadable << why;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const LocalDraft &a, const LocalDraft &b) { return a.keptAt < b.keptAt; });
    return out;
}

QList<LocalDraft> LocalDraftStore::listFor(const QString &database, QStringList *unreadable) const
{
    QList<LocalDraft> out;
    for (const LocalDraft &d : list(unreadable)) {
        if (d.database == database)
            out << d;
    }
    return out;
}

bool LocalDraftStore::remove(const QString &key, QString *error)
{
    if (!isValidKey(key)) {
        if (error)
            *error = QStringLiteral("invalid local draft name \"%1\"").arg(key);
        return false;
    }
    QFile file(filePath(key));
    if (!file.exists() || file.remove())
        return true;
    if (error)
        *error = QStringLiteral("cannot remove %1: %2").arg(file.fileName(), file.errorString());
    return false;
}

} // namespace exitdesk
