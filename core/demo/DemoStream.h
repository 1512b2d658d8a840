// The sequence of demo cases for a seed: case i of n is handed in on a day spread evenly over
// the period before `today` (counters are closed on Sundays and holidays), at an office drawn
// by its weight; the rest is drawn by DemoCaseFactory. The same options give the same cases.
#pragma once

#include "demo/DemoCase.h"
#include "demo/DemoCaseFactory.h"
#include "demo/DemoRandom.h"

#include <QDate>

#include <cstdint>

namespace exitdesk {

struct DemoOptions
{
    qint64 cases = 1000;
    std::uint64_t seed = 1;
    QDate today;    // the last day of submissions; events after it are not generated
    int days = 730; // the period of submissions before today
};

class DemoStream
{
public:
    DemoStream(const WorkingCalendar &calendar, const DemoOptions &options);

    bool atEnd() const { return m_next >= m_options.cases; }
    qint64 position() const { return m_next; }
    DemoCase next();

private:
    QDateTime submissionTime(qint64 i) const;

    const WorkingCalendar &m_calendar;
    DemoOptions m_options;
    DemoCaseFactory m_factory;
    DemoRandom m_rng;
    QDate m_first;
    qint64 m_next = 0;
};

} // namespace exitdesk
