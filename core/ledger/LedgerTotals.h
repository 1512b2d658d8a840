// Totals of the register: cases by stage, by destination country and by month of submission.
// Accumulated row by row while the register streams, so no second pass over the data is needed;
// the Excel export writes them on its totals sheet and the statistics view charts them.
#pragma once

#include "ledger/LedgerRow.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace exitdesk {

class LedgerTotals
{
public:
    void add(const LedgerRow &row);

    qint64 total() const { return m_total; }
    qint64 overdue() const { return m_overdue; }
    const QMap<QString, qint64> &byStage() const { return m_byStage; }     // stage key -> cases
    const QMap<QString, qint64> &byCountry() const { return m_byCountry; } // ISO code -> cases
    // First day of the month of submission -> cases; every month between the first and the last
    // is present (0 when none) so that a chart of it has no gaps.
    QMap<QDate, qint64> byMonth() const;

private:
    qint64 m_total = 0;
    qint64 m_overdue = 0;
    QMap<QString, qint64> m_byStage;
    QMap<QString, qint64> m_byCountry;
    QMap<QDate, qint64> m_byMonth;
};

} // namespace exitdesk
