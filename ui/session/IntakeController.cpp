#include "session/IntakeController.h"

#include "Clock.h"
#include "Language.h"
#include "CaseFormLoader.h"
#include "FormData.h"
#include "FormSettingsStore.h"
#include "FormFactory.h"
#include "OfficialForm.h"
#include "session/CaseEditSession.h"
#include "session/CaseFields.h"
#include "session/Deadlines.h"
#include "storage/CaseRepository.h"

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

IntakeController::Result IntakeController::saveDraft(CaseEditSession &session)
{
    Result r;
    if (!m_context.database) {
        r.error = tr("No database is open.");
        return r;
    }
    Case c = session.caseData();
    CaseFields::fillNullTexts(c);
    StorageError error;
    if (!repository().saveDraft(c, &error)) {
        r.error = error.message(Language::current());
        return r;
    }
    session.updateCase(c);
    session.setModified(false);
    r.ok = true;
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
    Case c = session.caseData();
    CaseFields::fillNullTexts(c);
    StorageError error;
    if (!repository().accept(c, &error)) {
        session.updateCase(before);
        r.error = error.message(Language::current());
        return r;
    }
    session.updateCase(c);
    session.setModified(false);
    r.ok = true;
    // The receipt is built as `verify` rebuilds it: from the stored case and the calendar.
    // Annexes 4 and 5 are made in two copies, one for each side.
    r.form = makeForm(forms::FormKind::Receipt, c, language, 2, &r.error);
    if (r.form)
        r.dueDate = r.form->data().dueDate;
    return r;
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
    Case c = session.caseData();
    CaseFields::fillNullTexts(c);
    StorageError error;
    if (!repository().saveRefusedAtIntake(c, &error)) {
        session.updateCase(before);
        r.error = error.message(Language::current());
        return r;
    }
    session.updateCase(c);
    session.setModified(false);
    r.ok = true;
    r.form = makeForm(forms::FormKind::RefusalToAccept, c, language, 2, &r.error);
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
    d.copies = copies;
    return forms::FormFactory::make(kind, d);
}

} // namespace exitdesk::ui
