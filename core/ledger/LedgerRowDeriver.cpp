#include "ledger/LedgerRowDeriver.h"

#include "ledger/LedgerSql.h"
#include "workflow/Workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
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

QList<LedgerChild> LedgerRowDeriver::children(const QString &childrenJson)
{
    QList<LedgerChild> list;
    if (childrenJson.size() <= 2) // "", "[]"
        return list;
    const QJsonArray array = QJsonDocument::fromJson(childrenJson.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        QStringList name;
        for (const char *key : {"surname", "name", "patronymic"}) {
            const QString part = o.value(QLatin1String(key)).toString();
            if (!part.isEmpty())
                name << part;
        }
        list << LedgerChild{name.join(QLatin1Char(' ')),
                            LedgerSql::isoDate(o.value(QStringLiteral("birthDate")).toString())};
    }
    return list;
}

LedgerRow LedgerRowDeriver::derive(LedgerCaseRecord &record, bool *finished) const
{
    LedgerRow row = std::move(record.row);
    row.children = children(record.childrenJson);
    *finished = row.status == QLatin1String("refused-at-intake");
    if (row.status != QLatin1String("accepted")) {
        row.stage = row.status;
        return row;
    }
    // The register needs due dates, not their explanations (the case screen shows those).
    const WorkflowResult result = m_workflow.derive(record.submittedAt, record.channel, std::move(record.events),
                                                    m_asOf, Workflow::Detail::DatesOnly);
    const WorkflowState &s = result.state;
    row.stage = stageKey(s.stage);
    *finished = s.isFinished();
    row.dueDate = s.service.dueDate();
    if (const ApprovalAnswer *answer = s.securityAnswer()) {
        row.securityAnswerDate = answer->date.isValid() ? answer->date : answer->receivedOn;
        row.securityAnswerNumber = answer->number;
    }
    if (s.outcome == Outcome::Refusal) {
        row.decisionDate = s.refusalIssuedOn.isValid() ? s.refusalIssuedOn : s.decisionRecordedOn;
        row.refusalGrounds = groundsOf(s.events);
    } else if (s.outcome == Outcome::Positive) {
        row.decisionDate = s.decisionRecordedOn;
        // The permit of the 2001 ledger is the decision handed to the applicant (Annex 8/9).
        if (s.decisionIssuedOn.isValid()) {
            row.permitDate = s.decisionIssuedOn;
            row.permitCaseNumber = row.caseNumber;
        }
    }
    for (const Deadline &d : s.deadlines) {
        if (!d.byApplicant && d.due.isValid() && d.due < m_asOf) {
            row.overdue = true;
            break;
        }
    }
    for (auto it = s.events.crbegin(); it != s.events.crend(); ++it) {
        if (!it->executor.isEmpty()) {
            row.executor = it->executor;
            break;
        }
    }
    if (!result.ok)
        row.note = result.error.ru; // the timeline does not replay: say where it stops
    return row;
}

} // namespace exitdesk
