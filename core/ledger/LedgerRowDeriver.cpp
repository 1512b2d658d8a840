#include "ledger/LedgerRowDeriver.h"

#include "ledger/LedgerSql.h"
#include "workflow/Workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace exitdesk {

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
    // Whether the cache row holds for the register's day was decided by the query that read it
    // (LedgerSql::replayCondition): a case to replay came with its events.
    if (record.cached) {
        record.derived.applyTo(&row, m_asOf);
        *finished = record.derived.finished;
        return row;
    }
    // The register needs due dates, not their explanations (the case screen shows those).
    const LedgerDerivation replayed = LedgerDerivation::of(m_workflow.derive(
        record.submittedAt, record.channel, std::move(record.events), m_asOf, Workflow::Detail::DatesOnly));
    replayed.applyTo(&row, m_asOf);
    *finished = replayed.finished;
    return row;
}

} // namespace exitdesk
