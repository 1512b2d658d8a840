#include "ledger/LedgerDerivation.h"

#include "workflow/Workflow.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace exitdesk {

namespace {

QList<int> groundsOf(const QList<CaseEvent> &events)
{
    // The latest word on the grounds: the refusal as issued, else as prepared.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        const QJsonValue v = it->data.value(QStringLiteral("grounds"));
        if (!v.isArray())
            continue;
        QList<int> grounds;
        for (const QJsonValue &g : v.toArray()) {
            // A number, or an object with one ({"number": 8, "until…": …}).
            const int n = g.isObject() ? g.toObject().value(QStringLiteral("number")).toInt() : g.toInt();
            if (n > 0)
                grounds << n;
        }
        return grounds;
    }
    return {};
}

} // namespace

LedgerDerivation LedgerDerivation::of(const WorkflowResult &result)
{
    LedgerDerivation d;
    const WorkflowState &s = result.state;
    d.stage = stageKey(s.stage);
    d.finished = s.isFinished();
    d.dueDate = s.service.dueDate();
    if (const ApprovalAnswer *answer = s.securityAnswer()) {
        d.securityAnswerDate = answer->date.isValid() ? answer->date : answer->receivedOn;
        d.securityAnswerNumber = answer->number;
    }
    if (s.outcome == Outcome::Refusal) {
        d.decisionDate = s.refusalIssuedOn.isValid() ? s.refusalIssuedOn : s.decisionRecordedOn;
        d.refusalGrounds = groundsOf(s.events);
    } else if (s.outcome == Outcome::Positive) {
        d.decisionDate = s.decisionRecordedOn;
        d.permitDate = s.decisionIssuedOn;
    }
    for (const Deadline &dl : s.deadlines) {
        if (!dl.byApplicant && dl.due.isValid() && (!d.overdueFrom.isValid() || dl.due < d.overdueFrom))
            d.overdueFrom = dl.due;
    }
    for (auto it = s.events.crbegin(); it != s.events.crend(); ++it) {
        if (!it->executor.isEmpty()) {
            d.executor = it->executor;
            break;
        }
    }
    for (const CaseEvent &e : s.events) {
        if (!d.lastEventDay.isValid() || e.day() > d.lastEventDay)
            d.lastEventDay = e.day();
    }
    if (!result.ok) {
        d.note = result.error.ru; // the timeline does not replay: say where it stops
        d.lastEventDay = QDate(9999, 12, 31);
    }
    return d;
}

void LedgerDerivation::applyTo(LedgerRow *row, const QDate &asOf) const
{
    row->stage = stage;
    row->dueDate = dueDate;
    row->securityAnswerDate = securityAnswerDate;
    row->securityAnswerNumber = securityAnswerNumber;
    row->decisionDate = decisionDate;
    // The permit of the 2001 ledger is the decision handed to the applicant (Annex 8/9).
    row->permitDate = permitDate;
    row->permitCaseNumber = permitDate.isValid() ? row->caseNumber : QString();
    row->refusalGrounds = refusalGrounds;
    row->executor = executor;
    row->note = note;
    row->overdue = overdueFrom.isValid() && asOf.isValid() && overdueFrom < asOf;
}

QString LedgerDerivation::groundsText(const QList<int> &grounds)
{
    QStringList parts;
    for (int g : grounds)
        parts << QString::number(g);
    return parts.join(QLatin1Char(','));
}

QList<int> LedgerDerivation::groundsFromText(QStringView text)
{
    QList<int> grounds;
    for (QStringView part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = part.toInt();
        if (n > 0)
            grounds << n;
    }
    return grounds;
}

} // namespace exitdesk
