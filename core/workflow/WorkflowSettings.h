// Office settings the deadlines depend on (stored in calendar_settings). An application
// handed in after closing time counts from the next working day (rules §8, Annex 2 item 7).
#pragma once

#include <QString>
#include <QTime>

namespace exitdesk {

struct WorkflowSettings
{
    // The State Corporation's counters work 9:00–20:00 (Annex 2 item 7).
    QTime counterClosesAt{20, 0};
    // Portal applications after the provider's working day (18:30) are processed the next
    // working day (Annex 2 item 7, 3)).
    QTime portalClosesAt{18, 30};

    static QString counterClosesKey() { return QStringLiteral("counter_closes_at"); }
    static QString portalClosesKey() { return QStringLiteral("portal_closes_at"); }

    QTime closesAt(const QString &channel) const
    {
        return channel == QLatin1String("portal") ? portalClosesAt : counterClosesAt;
    }
};

} // namespace exitdesk
