// The questionnaires of this workstation that the database could not take: when the office's
// PostgreSQL server is unreachable, the intake keeps the questionnaire here (LocalDraftStore,
// one file per questionnaire in the drafts folder) and tells the operator so; saving again
// later (the same button, or saveAll() at the next start) stores it and removes the file.
#pragma once

#include "AppContext.h"
#include "storage/LocalDraftStore.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace exitdesk::ui {

class CaseEditSession;

class LocalDrafts
{
    Q_DECLARE_TR_FUNCTIONS(LocalDrafts)
public:
    // EXITDESK_DRAFTS_DIR when set (tests, a shared folder), else the program's data folder
    // (QStandardPaths::AppDataLocation) + "/drafts".
    static QString defaultDirectory();

    explicit LocalDrafts(AppContext context, const QString &directory = defaultDirectory());
    const LocalDraftStore &store() const { return m_store; }

    // After a store failed because the server is unreachable: keeps c (what the operator
    // filled in) under the session's key, and returns what to tell the operator.
    QString keep(CaseEditSession &session, const Case &c, const StorageError &error);
    // After the case was stored: the local copy is not needed any more.
    void forget(CaseEditSession &session);

    // The kept questionnaires of the open database, oldest first.
    QList<LocalDraft> pending() const;

    struct SaveResult
    {
        QList<qint64> savedIds;   // the drafts now in the database
        QStringList problems;     // one line per questionnaire still kept, in the current language
        bool unreachable = false; // the server is still unreachable: everything stays kept
    };
    // Stores every kept questionnaire of the open database as a draft (the operator accepts
    // it from the case list); each stored one's file is removed, the others stay.
    SaveResult saveAll();

private:
    AppContext m_context;
    LocalDraftStore m_store;
};

} // namespace exitdesk::ui
