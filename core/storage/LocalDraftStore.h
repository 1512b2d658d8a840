// Questionnaires kept on this workstation while the database cannot take them (the office's
// PostgreSQL server is unreachable): one JSON file per questionnaire in a folder of the
// workstation, written atomically, kept until the case is stored in the database.
// A file holds the case as the interchange JSON (CaseJson, under "case") and what is needed
// to store it later: the database it belongs to (no password), the stored id and version
// when the questionnaire was a stored draft, and when it was kept.
#pragma once

#include "model/Case.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace exitdesk {

struct LocalDraft
{
    QString key;      // file name without ".json"
    QString database; // Database::displayLocation() of the database it is to be saved in
    QDateTime keptAt;
    Case caseData; // with id and version when it was stored before
};

class LocalDraftStore
{
public:
    // directory: created on the first save.
    explicit LocalDraftStore(QString directory);
    const QString &directory() const { return m_directory; }

    // Writes (or replaces) the draft. An empty *key gets a new unique one. False with *error
    // (English) when the file could not be written; the previous file then stays as it was.
    bool save(const Case &c, const QString &database, const QDateTime &keptAt, QString *key, QString *error);
    // The readable drafts, oldest first; files that cannot be read are named in *unreadable
    // (they stay on disk for a person to look at).
    QList<LocalDraft> list(QStringList *unreadable = nullptr) const;
    // Only the drafts that belong to this database.
    QList<LocalDraft> listFor(const QString &database, QStringList *unreadable = nullptr) const;
    std::optional<LocalDraft> load(const QString &key, QString *error) const;
    // Removes the draft (after it was stored); true when it is gone (also if it never existed).
    bool remove(const QString &key, QString *error = nullptr);

    QString filePath(const QString &key) const;
    // Keys are made here (letters, digits, '-'); anything else could name a file elsewhere.
    static bool isValidKey(const QString &key);

private:
    QString m_directory;
};

} // namespace exitdesk
