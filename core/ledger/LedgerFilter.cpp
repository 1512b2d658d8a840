#include "ledger/LedgerFilter.h"

#include "workflow/Stage.h"

#include <QStringList>

namespace exitdesk {

QStringList LedgerFilter::stageKeys()
{
    QStringList keys{QStringLiteral("in-progress"), QStringLiteral("finished"), QStringLiteral("overdue")};
    for (int s = int(Stage::Registration); s <= int(Stage::ComplaintAwaitingAnswer); ++s)
        keys << stageKey(Stage(s));
    return keys;
}

bool LedgerFilter::isStorageStatus(const QString &key)
{
    return key == QLatin1String("draft") || key == QLatin1String("accepted") ||
           key == QLatin1String("refused-at-intake");
}

QString LedgerFilter::sqlCondition(QVariantList *binds) const
{
    QStringList parts;
    // submitted_at is ISO text "YYYY-MM-DDTHH:MM:SS": text order is time order.
    if (from.isValid()) {
        parts << QStringLiteral("c.submitted_at >= ?");
        *binds << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        parts << QStringLiteral("c.submitted_at < ?");
        *binds << to.addDays(1).toString(Qt::ISODate);
    }
    if (status.isEmpty()) {
        parts << QStringLiteral("c.status <> 'draft'");
    } else {
        parts << QStringLiteral("c.status = ?");
        *binds << status;
    }
    if (!office.isEmpty()) {
        parts << QStringLiteral("c.office = ?");
        *binds << office;
    }
    if (!country.isEmpty()) {
        parts << QStringLiteral("c.to_country = ?");
        *binds << country.toUpper();
    }
    if (!executor.isEmpty()) {
        parts << QStringLiteral(
            "EXISTS (SELECT 1 FROM case_events x WHERE x.case_id = c.id AND x.executor = ?)");
        *binds << executor;
    }
    return parts.join(QStringLiteral(" AND "));
}

bool LedgerFilter::matchesStage(const QString &stageKey, bool overdue, bool finished) const
{
    if (stage.isEmpty())
        return true;
    if (stage == QLatin1String("overdue"))
        return overdue;
    if (stage == QLatin1String("finished"))
        return finished;
    if (stage == QLatin1String("in-progress"))
        return !finished;
    return stage == stageKey;
}

} // namespace exitdesk
