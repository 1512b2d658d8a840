// How long a case is kept (SPEC.md §7, seed 000 §20-21): 10 years from a positive decision,
// or 5 years from the last negative decision; then it is destroyed by an act. A case without
// a decision is kept.
#pragma once

#include "workflow/CaseEvent.h"

#include <QDate>
#include <QList>
#include <QString>

namespace exitdesk {

struct RetentionTerm
{
    bool decided = false;
    bool positive = false; // else a refusal
    QDate decisionDate;
    QDate keepUntil; // the case may be destroyed from this day on

    QString decisionKey() const { return positive ? QStringLiteral("positive") : QStringLiteral("refusal"); }
};

class RetentionPolicy
{
public:
    static constexpr int kYearsAfterPositive = 10;
    static constexpr int kYearsAfterNegative = 5;

    // From a case's workflow events (any order). The outcome is the last decision prepared,
    // changed by a hearing; a positive decision dates from its recording (stage 8, else its
    // issue), a refusal from the refusal's issue (stage 9c, else its recording).
    static RetentionTerm term(QList<CaseEvent> events);
    static bool destroyable(const RetentionTerm &term, const QDate &on)
    {
        return term.decided && term.keepUntil.isValid() && on >= term.keepUntil;
    }
};

} // namespace exitdesk
