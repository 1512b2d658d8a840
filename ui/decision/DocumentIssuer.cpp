#include "decision/DocumentIssuer.h"

#include "CaseFormLoader.h"
#include "FormFactory.h"
#include "FormPreview.h"
#include "Language.h"
#include "OfficialForm.h"
#include "casecard/DialogRunner.h"
#include "decision/ReprintReasonDialog.h"

#include "Clock.h"
#include "accounts/Permissions.h"
#include "issuance/IssuedDocumentLog.h"
#include "model/Case.h"

namespace exitdesk::ui {

DocumentIssuer::DocumentIssuer(AppContext context, Actor actor, QWidget *parent)
    : m_context(context), m_actor(std::move(actor)), m_parent(parent)
{
}

QString DocumentIssuer::formName(forms::FormKind kind)
{
    switch (kind) {
    case forms::FormKind::Questionnaire:
        return tr("Questionnaire (Annex 1)");
    case forms::FormKind::RegistrationRequest:
        return tr("Registration request (Annex 3)");
    case forms::FormKind::Receipt:
        return tr("Receipt (Annex 4)");
    case forms::FormKind::RefusalToAccept:
        return tr("Refusal to accept (Annex 5)");
    case forms::FormKind::Refusal:
        return tr("Refusal notice (Annex 6)");
    case forms::FormKind::RefusalElectronic:
        return tr("Refusal notice, electronic (Annex 7)");
    case forms::FormKind::Decision:
        return tr("Decision (Annex 8)");
    case forms::FormKind::DecisionElectronic:
        return tr("Decision, electronic (Annex 9)");
    }
    return QString();
}

QString DocumentIssuer::formName(const QString &key)
{
    forms::FormKind kind;
    return forms::formKindFromKey(key, &kind) ? formName(kind) : key;
}

QString DocumentIssuer::languageName(const QString &key)
{
    if (key == QLatin1String("kk"))
        return tr("Kazakh");
    if (key == QLatin1String("ru"))
        return tr("Russian");
    return tr("Kazakh and Russian");
}

DocumentIssuer::Result DocumentIssuer::issue(const Case &c, forms::FormKind kind, forms::FormLanguage lang,
                                             IssuedDocument *out, QString *message)
{
    return issue(c, kind, lang, Options(), out, message);
}

DocumentIssuer::Result DocumentIssuer::issue(const Case &c, forms::FormKind kind, forms::FormLanguage lang,
                                             const Options &options, IssuedDocument *out, QString *message)
{
    if (!m_context.database || !m_context.clock) {
        *message = tr("No database is open.");
        return Failed;
    }
    forms::FormData data;
    QString error;
    if (!forms::CaseFormLoader(*m_context.database).load(kind, c, lang, m_context.clock->today(), &data, &error)) {
        *message = tr("The data of the form cannot be read: %1").arg(error);
        return Failed;
    }
    // Nobody named by the case's events or the office settings: the person printing it.
    if (data.office.executorName.isEmpty() && !m_actor.setup)
        data.office.executorName = m_actor.fullName.isEmpty() ? m_actor.login : m_actor.fullName;
    data.copies = options.copies > 0 ? options.copies : forms::officialCopies(kind);
    if (!options.registrationSubject.isEmpty())
        data.registrationSubject = options.registrationSubject;
    return issueData(kind, std::move(data), out, message);
}

DocumentIssuer::Result DocumentIssuer::issueData(forms::FormKind kind, forms::FormData data, IssuedDocument *out,
                                                 QString *message)
{
    const QString uiLang = Language::current();
    const QString kindKey = forms::formKindKey(kind);
    if (!m_context.database || !m_context.clock) {
        *message = tr("No database is open.");
        return Failed;
    }
    Database &db = *m_context.database;
    Actor actor = m_actor;
    actor.lang = uiLang;
    if (!IssuedDocumentLog::mayIssue(m_actor, kindKey)) {
        const QList<Permission> needed = IssuedDocumentLog::permissionsFor(kindKey);
        if (!needed.isEmpty())
            Permissions::require(actor, needed.first(), message);
        return Failed;
    }
    const Case &c = data.caseData;
    QString error;
    // Checked before numbering: a form that does not apply is neither printed nor recorded.
    forms::FormFactory::Refusal why = forms::FormFactory::whyNotApplicable(kind, data);
    if (!why.en.isEmpty()) {
        *message = formName(kind) + QStringLiteral(": ")
            + (uiLang == QLatin1String("ru") ? why.ru : uiLang == QLatin1String("kk") ? why.kk : why.en);
        return Failed;
    }

    const int next = IssuedDocumentLog::nextCopyNumber(db, c.id, kindKey, &error);
    if (next < 0) {
        *message = error;
        return Failed;
    }
    const QList<IssuedDocument> before = IssuedDocumentLog::list(db, c.id, &error);
    const IssuedDocument *last = nullptr;
    for (const IssuedDocument &d : before) {
        if (d.formKind == kindKey)
            last = &d;
    }
    // The reason is asked before printing: the copy printed carries the number it is recorded with.
    QString reason;
    if (last) {
        const QString who = last->issuedByName.isEmpty() ? last->issuedBy : last->issuedByName;
        ReprintReasonDialog dialog(formName(kind), next - 1,
                                   tr("%1, %2").arg(who, last->issuedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm"))),
                                   m_parent);
        if (!DialogRunner::run(dialog))
            return Cancelled;
        reason = dialog.reason();
    }

    data.firstCopyNumber = next;
    const std::unique_ptr<forms::OfficialForm> form = forms::FormFactory::create(kind, data, &why);
    if (!form) {
        *message = formName(kind) + QStringLiteral(": ")
            + (uiLang == QLatin1String("ru") ? why.ru : uiLang == QLatin1String("kk") ? why.kk : why.en);
        return Failed;
    }
    FormPreview::Printing printing;
    printing.database = m_context.database;
    printing.clock = m_context.clock;
    printing.actor = &m_actor;
    const FormPreview::Result printed = FormPreview::show(m_parent, *form, printing);
    if (!printed.done())
        return Cancelled;

    IssuedDocumentLog::Request request;
    request.caseId = c.id;
    request.formKind = kindKey;
    request.lang = forms::formLanguageKey(kind == forms::FormKind::Questionnaire ? forms::FormLanguage::Both
                                                                                 : data.language);
    request.copies = form->copies();
    request.reason = reason;
    request.firstCopyNumber = next;
    request.target = printed.target;
    if (kind == forms::FormKind::Receipt)
        request.printedServiceDue = data.dueDate;
    IssuedDocument record;
    if (!IssuedDocumentLog::record(db, actor, *m_context.clock, request, &record, &error)) {
        *message = tr("The document was printed but not recorded: %1").arg(error);
        return Failed;
    }
    if (out)
        *out = record;
    return Issued;
}

} // namespace exitdesk::ui
