// One dated step on a case's timeline (table case_events, migration 020_events.sql).
#pragma once

#include "workflow/EventKind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace exitdesk {

struct CaseEvent
{
    qint64 id = 0; // storage id; 0 for an event not stored yet (ordered after stored ones)
    EventKind kind = EventKind::Registered;
    QDateTime at;     // when it happened (local time)
    QJsonObject data; // details, e.g. {"body": "knb", "result": "positive"}
    QString executor;
    QDateTime recordedAt; // when it was entered

    QDate day() const { return at.date(); }
};

} // namespace exitdesk
