#include "ledger/LedgerTotals.h"

namespace exitdesk {

void LedgerTotals::add(const LedgerRow &row)
{
    ++m_total;
    if (row.overdue)
        ++m_overdue;
    ++m_byStage[row.stage];
    ++m_byCountry[row.toCountry];
    if (row.submittedOn.isValid())
        ++m_byMonth[QDate(row.submittedOn.year(), row.submittedOn.month(), 1)];
}

QMap<QDate, qint64> LedgerTotals::byMonth() const
{
    QMap<QDate, qint64> months = m_byMonth;
    if (months.isEmpty())
        return months;
    const QDate last = months.lastKey();
    for (QDate m = months.firstKey(); m < last; m = m.addMonths(1))
        months.insert(m, months.value(m, 0));
    return months;
}

} // namespace exitdesk
