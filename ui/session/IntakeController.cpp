#include "session/IntakeController.h"

#include "CaseFormLoader.h"
#include "Clock.h"
#include "FormData.h"
#include "FormFactory.h"
#include "FormSettingsStore.h"
#include "Language.h"
#include "OfficialForm.h"
#include "accounts/Actor.h"
#include "session/CaseEditSession.h"
#include "session/CaseFields.h"
#include "session/Deadlines.h"
#include "session/LocalDrafts.h"
#include "storage/CaseRepository.h"
#include "workflow/CaseStageIndex.h"

#include <QCoreApplication>

namespace exitdesk::ui {

namespace {

// The office as the print module keeps it in the database (forms settings).
forms::OfficeSettings office(Database *db)
{
    forms::OfficeSettings o;
    if (db)
        forms::FormSettingsStore(*db).load(&o, nullptr);
    return o;
}

} // namespace

IntakeController::Result::Result() = default;
IntakeController::Result::~Result() = default;
IntakeController::Result::Result(Result &&) noexcept = default;
IntakeController::Result &IntakeController::Result::operator=(Result &&) noexcept = default;

IntakeController::IntakeController(AppContext context) : m_context(context) {}

CaseRepository IntakeController::repository() const
{
    if (m_context.actor)
        return CaseRepository(*m_context.database, *m_context.clock, *m_context.actor);
    return CaseRepository(*m_context.database, *m_context.clock);
}

QString IntakeController::officeName() const
{
    // Never null: the office column is required even when no office was set up yet.
    const QString name = office(m_context.database).name;
    return name.isNull() ? QString::fromLatin1("") : name;
}

void IntakeController::stamp(CaseEditSession &session) const
{
    Case c = session.caseData();
    if (!c.submittedAt.isValid())
        c.submittedAt = m_context.clock->now();
    if (c.office.isEmpty())
        c.office = officeName();
    session.updateCase(c);
}

bool IntakeController::store(CaseEditSession &session, const Case *before, StoreOperation operation,
                             Result *r)
{
    Case c = session.caseData();
    CaseFields::fillNullTexts(c);
    StorageError error;
    CaseRepository repo = repository();
    if (!(repo.*operation)(c, &error)) {
        if (before)
            session.updateCase(*before);
        // The server is down: what the operator filled in stays on this workstation.
        r->error = error.kind == StorageError::Unreachable
                       ? LocalDrafts(m_context).keep(session, session.caseData(), error)
                       : error.message(Language::current());
        return false;
    }
    session.updateCase(c);
    session.setModified(false);
    LocalDrafts(m_context).forget(session);
    r->ok = true;
    return true;
}

IntakeController::Result IntakeController::saveDraft(CaseEditSession &session)
{
    Result r;
    if (!m_context.database) {
        r.error = tr("No database is open.");
        return r;
    }
    store(session, nullptr, &CaseRepository::saveDraft, &r);
    return r;
}

IntakeController::Result IntakeController::accept(CaseEditSession &session, forms::FormLanguage language)
{
    Result r;
    if (!m_context.database) {
        r.error = tr("No database is open.");
        return r;
    }
    if (!session.canAccept()) {
        r.error = tr("The case cannot be accepted yet: correct the errors, confirm the warnings and tick every "
                     "required document.");
        return r;
    }
    const Case before = session.caseData();
    stamp(session);
    // The submission day may differ from the day the questionnaire was opened: judge again.
    if (!session.canAccept()) {
        session.updateCase(before);
        r.error = tr("On the day of submission the case has new problems; look at the list of findings.");
        return r;
    }
    if (!store(session, &before, &CaseRepository::accept, &r))
        return r;
    const Case &c = session.caseData();
    indexStage(c);
    // The receipt is built as `verify` rebuilds it: from the stored case and the calendar.
    // Annexes 4 and 5 are made in two copies, one for each side.
    r.form = makeForm(forms::FormKind::Receipt, c, language, 2, &r.error);
    if (r.form)
        r.dueDate = r.form->data().dueDate;
    return r;
}

void IntakeController::indexStage(const Case &c)
{
    // The case list's stage filters find the new case at once; without the row they find it
    // in the next session (the list fills missing rows then), so a failure is only logged.
    if (!m_context.deadlines || !m_context.deadlines->workflow())
        return;
    const WorkflowResult derived = m_context.deadlines->workflow()->derive(c.submittedAt, c.channel, {}, QDate(),
                                                                           Workflow::Detail::DatesOnly);
    QString error;
    if (!CaseStageIndex::store(*m_context.database, c.id, derived, &error))
        qWarning("stage index: %s", qPrintable(error));
}

IntakeController::Result IntakeController::refuse(CaseEditSession &session, forms::FormLanguage language)
{
    Result r;
    if (!m_context.database) {
        r.error = tr("No database is open.");
        return r;
    }
    const Case before = session.caseData();
    stamp(session);
    const QList<ChecklistItem> missing = session.missingOrExpired();
    if (missing.isEmpty()) {
        session.updateCase(before);
        r.error = tr("Every required document was presented: there is nothing to refuse.");
        return r;
    }
    if (!store(session, &before, &CaseRepository::saveRefusedAtIntake, &r))
        return r;
    r.form = makeForm(forms::FormKind::RefusalToAccept, session.caseData(), language, 2, &r.error);
    return r;
}

std::unique_ptr<forms::OfficialForm> IntakeController::makeForm(forms::FormKind kind, const Case &c,
                                                                 forms::FormLanguage language, int copies,
                                                                 QString *error) const
{
    forms::FormData d;
    QString why;
    if (!forms::CaseFormLoader(*m_context.database).load(kind, c, language, c.submissionDay(), &d, &why)) {
        *error = why;
        return nullptr;
    }
    // «Орындаған / Исполнил»: the operator at the counter who takes the package.
    if (m_context.actor && !m_context.actor->setup)
        d.office.executorName = m_context.actor->fullName.isEmpty() ? m_context.actor->login : m_context.actor->fullName;
    d.copies = copies;
    return forms::FormFactory::make(kind, d);
}

} // namespace exitdesk::ui
