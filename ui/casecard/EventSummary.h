// A workflow event's data as one line for the timeline of the case card: the bodies asked,
// an answer's result, number and date, a decision's grounds, a complaint's addressee, the
// note. Dates dd.MM.yyyy; names of bodies and results in the UI language.
#pragma once

#include "workflow/CaseEvent.h"

#include <QCoreApplication>

namespace exitdesk::ui {

class EventSummary
{
    Q_DECLARE_TR_FUNCTIONS(EventSummary)
public:
    // lang: "kk" or "ru", for the names core gives in three languages.
    static QString describe(const CaseEvent &event, const QString &lang);
    // "2, 5" from a grounds array (numbers or {number, ...} objects).
    static QString groundNumbers(const QJsonArray &grounds);
    // Where a complaint was sent (reviewing-body, provider, quality-body), translated.
    static QString complaintAddressee(const QString &key);
};

} // namespace exitdesk::ui
