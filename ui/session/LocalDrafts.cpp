#include "session/LocalDrafts.h"

#include "Clock.h"
#include "Language.h"
#include "session/CaseEditSession.h"
#include "session/CaseFields.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QStandardPaths>

namespace exitdesk::ui {

QString LocalDrafts::defaultDirectory()
{
    const QString configured = qEnvironmentVariable("EXITDESK_DRAFTS_DIR");
    if (!configured.isEmpty())
        return configured;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("drafts"));
}

LocalDrafts::LocalDrafts(AppContext context, const QString &directory)
    : m_context(context), m_store(directory)
{
}

QString LocalDrafts::keep(CaseEditSession &session, const Case &c, const StorageError &error)
{
    const QString why = error.message(Language::current());
    QString key = session.localDraftKey();
    QString failure;
    const QString database = m_context.database ? m_context.database->displayLocation() : QString();
    if (!m_store.save(c, database, m_context.clock->now(), &key, &failure)) {
        return tr("The database server cannot be reached, and the questionnaire could not be kept on this "
                  "workstation either (%1). Do not close the questionnaire; save it again when the server is "
                  "back.\n\n%2")
            .arg(failure, why);
    }
    session.setLocalDraftKey(key);
    return tr("The database server cannot be reached, so the questionnaire is not saved in the database yet. "
              "It is kept on this workstation (%1): nothing is lost. Save again when the server is back; "
              "the program also offers to save it at its next start.\n\n%2")
        .arg(QDir::toNativeSeparators(m_store.filePath(key)), why);
}

void LocalDrafts::forget(CaseEditSession &session)
{
    if (session.localDraftKey().isEmpty())
        return;
    // A file left behind would only be offered again and meet the version check.
    m_store.remove(session.localDraftKey());
    session.setLocalDraftKey(QString());
}

QList<LocalDraft> LocalDrafts::pending() const
{
    if (!m_context.database)
        return {};
    return m_store.listFor(m_context.database->displayLocation());
}

LocalDrafts::SaveResult LocalDrafts::saveAll()
{
    SaveResult result;
    if (!m_context.database)
        return result;
    CaseRepository repository = m_context.actor
                                    ? CaseRepository(*m_context.database, *m_context.clock, *m_context.actor)
                                    : CaseRepository(*m_context.database, *m_context.clock);
    for (const LocalDraft &draft : pending()) {
        Case c = draft.caseData;
        CaseFields::fillNullTexts(c);
        StorageError error;
        if (!repository.saveDraft(c, &error)) {
            result.problems << tr("Questionnaire of %1 %2 (kept %3): %4")
                                   .arg(draft.caseData.applicant.surname, draft.caseData.applicant.name,
                                        draft.keptAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                                        error.message(Language::current()));
            if (error.kind == StorageError::Unreachable) {
                result.unreachable = true;
                break;
            }
            continue;
        }
        result.savedIds << c.id;
        QString why;
        if (!m_store.remove(draft.key, &why))
            result.problems
                << tr("Saved as draft #%1, but the local copy could not be removed: %2").arg(c.id).arg(why);
    }
    return result;
}

} // namespace exitdesk::ui
