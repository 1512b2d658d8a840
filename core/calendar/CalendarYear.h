// What the production calendar needs to know about one particular year beyond the dated
// rules: the first day of Kurban Ait (announced each year), the days off moved by the
// Government (a weekend day made working, a weekday made a day off), and whether an
// administrator confirmed the year as complete.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace exitdesk {

enum class TransferKind {
    WorkingDay, // a weekly day off becomes a working day ("working-day")
    DayOff,     // a working weekday becomes a day off ("day-off")
};

QString transferKindKey(TransferKind kind);
bool transferKindFromKey(const QString &key, TransferKind *kind);

struct DayTransfer
{
    QDate date;
    TransferKind kind = TransferKind::DayOff;
    QString note; // e.g. "Government decree No. … of …", free text

    bool operator==(const DayTransfer &o) const { return date == o.date && kind == o.kind && note == o.note; }
};

struct CalendarYear
{
    int year = 0;
    QDate kurbanAit;             // first day of Kurban Ait; invalid while not announced
    QList<DayTransfer> transfers; // kept sorted by date
    QString confirmedBy;         // who confirmed the year; empty while not confirmed
    QDateTime confirmedAt;       // when; may be invalid for the shipped defaults

    bool confirmed() const { return !confirmedBy.isEmpty(); }
    // Equality of what affects counting (Kurban Ait and the transfers), not the confirmation.
    bool sameDays(const CalendarYear &o) const;
    void sortTransfers();
};

} // namespace exitdesk
