#include "calendar/CalendarYear.h"

#include <algorithm>

namespace exitdesk {

QString transferKindKey(TransferKind kind)
{
    return kind == TransferKind::WorkingDay ? QStringLiteral("working-day") : QStringLiteral("day-off");
}

bool transferKindFromKey(const QString &key, TransferKind *kind)
{
    if (key == QLatin1String("working-day")) {
        *kind = TransferKind::WorkingDay;
        return true;
    }
    if (key == QLatin1String("day-off")) {
        *kind = TransferKind::DayOff;
        return true;
    }
    return false;
}

bool CalendarYear::sameDays(const CalendarYear &o) const
{
    if (year != o.year || kurbanAit != o.kurbanAit || transfers.size() != o.transfers.size())
        return false;
    CalendarYear a = *this;
    CalendarYear b = o;
    a.sortTransfers();
    b.sortTransfers();
    for (int i = 0; i < a.transfers.size(); ++i) {
        if (a.transfers.at(i).date != b.transfers.at(i).date || a.transfers.at(i).kind != b.transfers.at(i).kind)
            return false;
    }
    return true;
}

void CalendarYear::sortTransfers()
{
    std::stable_sort(transfers.begin(), transfers.end(),
                     [](const DayTransfer &a, const DayTransfer &b) { return a.date < b.date; });
}

} // namespace exitdesk
