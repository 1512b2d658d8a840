// The intake at the counter, without widgets: saves the questionnaire as a draft, accepts it
// (the database numbers it; the receipt of Annex 4 is made with the day to come back), or
// refuses it at intake (the receipt of Annex 5 names every missing or expired document).
// When the PostgreSQL server is unreachable the questionnaire is kept on the workstation
// (LocalDrafts) and the error says so; saving again once the server is back stores it.
#pragma once

#include "storage/CaseRepository.h"

#include "AppContext.h"
#include "FormKind.h"
#include "model/Case.h"
#include "FormLanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

namespace exitdesk::forms {
class OfficialForm;
}

namespace exitdesk::ui {

class CaseEditSession;

class IntakeController
{
    Q_DECLARE_TR_FUNCTIONS(IntakeController)
public:
    struct Result
    {
        // Out of line: users need not see the whole OfficialForm to hold a Result.
        Result();
        ~Result();
        Result(Result &&) noexcept;
        Result &operator=(Result &&) noexcept;

        bool ok = false;
        QString error; // in the current language
        std::unique_ptr<forms::OfficialForm> form; // the receipt to print, when there is one
        QDate dueDate;                              // accept: the day to come back
    };

    explicit IntakeController(AppContext context);

    // Stores the case as it is (incomplete is fine); the session's case gets its id.
    Result saveDraft(CaseEditSession &session);
    // Only when session.canAccept(): stamps the submission time (now), stores the case as
    // accepted, and returns the receipt (Annex 4) with the service due date.
    Result accept(CaseEditSession &session, forms::FormLanguage language);
    // Only when documents are missing or expired: stores the case as refused at intake and
    // returns the receipt of refusal (Annex 5).
    Result refuse(CaseEditSession &session, forms::FormLanguage language);

    // The office written on the case and printed on the forms (the forms' settings).
    QString officeName() const;
    // A form of the stored case, with the data the print module gathers from the database.
    std::unique_ptr<forms::OfficialForm> makeForm(forms::FormKind kind, const Case &c, forms::FormLanguage language,
                                                  int copies, QString *error) const;

private:
    // The repository acting for the logged-in person (setup rules on a database without accounts).
    CaseRepository repository() const;
    void stamp(CaseEditSession &session) const;
    // Writes the accepted case's row of the stage cache (core's CaseStageIndex).
    void indexStage(const Case &c);
    using StoreOperation = bool (CaseRepository::*)(Case &, StorageError *);
    // Stores the session's case with operation. On failure the session gets *before back (the
    // questionnaire as the operator left it, when the caller stamped it) and r->error the
    // reason; when the server is unreachable, that questionnaire is kept on this workstation
    // (LocalDrafts). On success the case carries its id (and number) and any local copy is
    // removed.
    bool store(CaseEditSession &session, const Case *before, StoreOperation operation, Result *r);

    AppContext m_context;
};

} // namespace exitdesk::ui
