#include "demo/DemoStream.h"

#include "calendar/WorkingCalendar.h"
#include "demo/DemoOffice.h"

namespace exitdesk {

DemoStream::DemoStream(const WorkingCalendar &calendar, const DemoOptions &options)
    : m_calendar(calendar), m_options(options), m_factory(calendar, options.today), m_rng(options.seed),
      m_first(options.today.addDays(-qMax(1, options.days) + 1))
{
}

QDateTime DemoStream::submissionTime(qint64 i) const
{
    // Position in the period as a fraction of days: cases come in order of time, so the case
    // numbers of a year rise with the submission time as they would at a real counter.
    const int days = qMax(1, m_options.days);
    const double position = (double(i) + 0.5) * days / double(qMax<qint64>(1, m_options.cases));
    const int dayIndex = qMin(days - 1, int(position));
    QDate day = m_first.addDays(dayIndex);
    // The State Corporation works Monday to Saturday, not on holidays: such a day's applications
    // were handed in on the next open day.
    while (day < m_options.today && (day.dayOfWeek() == Qt::Sunday ||
                                     (!m_calendar.isWorkingDay(day) && day.dayOfWeek() != Qt::Saturday)))
        day = day.addDays(1);
    const double fraction = position - dayIndex;
    const int seconds = 9 * 3600 + int(fraction * 11 * 3600); // 9:00 to 20:00
    // Wall-clock time; UTC spec only to spare Qt a time zone lookup per case (see LedgerSql).
    return QDateTime(day, QTime(0, 0).addSecs(seconds), Qt::UTC);
}

DemoCase DemoStream::next()
{
    static const QList<int> weights = [] {
        QList<int> w;
        for (const DemoOffice &o : DemoOffice::all())
            w << o.weight;
        return w;
    }();
    const QDateTime at = submissionTime(m_next++);
    const DemoOffice &office = DemoOffice::all().at(m_rng.weighted(weights));
    return m_factory.make(m_rng, at, office);
}

} // namespace exitdesk
