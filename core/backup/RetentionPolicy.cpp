#include "backup/RetentionPolicy.h"

#include <algorithm>

namespace exitdesk {

RetentionTerm RetentionPolicy::term(QList<CaseEvent> events)
{
    std::stable_sort(events.begin(), events.end(), [](const CaseEvent &a, const CaseEvent &b) {
        return a.at != b.at ? a.at < b.at : a.id < b.id;
    });
    QString outcome; // positive | refusal
    QDate recorded, issued, refusalIssued;
    for (const CaseEvent &e : events) {
        switch (e.kind) {
        case EventKind::DecisionPrepared:
            outcome = e.data.value(QStringLiteral("result")).toString();
            break;
        case EventKind::HearingHeld: {
            const QString o = e.data.value(QStringLiteral("outcome")).toString();
            if (!o.isEmpty())
                outcome = o;
            break;
        }
        case EventKind::DecisionRecorded:
            recorded = e.day();
            break;
        case EventKind::DecisionIssued:
            issued = e.day();
            break;
        case EventKind::RefusalIssued:
            refusalIssued = e.day();
            outcome = QStringLiteral("refusal");
            break;
        default:
            break;
        }
    }
    RetentionTerm t;
    if (outcome == QLatin1String("positive")) {
        t.decisionDate = recorded.isValid() ? recorded : issued;
        t.positive = true;
    } else if (outcome == QLatin1String("refusal")) {
        t.decisionDate = refusalIssued.isValid() ? refusalIssued : recorded;
    }
    if (!t.decisionDate.isValid())
        return RetentionTerm();
    t.decided = true;
    t.keepUntil = t.decisionDate.addYears(t.positive ? kYearsAfterPositive : kYearsAfterNegative);
    return t;
}

} // namespace exitdesk
