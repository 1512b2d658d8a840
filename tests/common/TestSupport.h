// Helpers shared by the test suites: a fixed clock, paths to test data and the command line.
#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QString>

namespace exitdesk::test {

// A clock that says what the test tells it; no test depends on today's date.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

inline QString dataPath(const QString &name)
{
    return QStringLiteral(EXITDESK_TEST_DATA "/") + name;
}

inline QString cliPath()
{
    return QStringLiteral(EXITDESK_CLI);
}

// The PostgreSQL server started by scripts/test.sh, or empty when none runs.
inline QString postgresUrl()
{
    return qEnvironmentVariable("EXITDESK_TEST_PG");
}

} // namespace exitdesk::test
