// The next steps the case card offers as buttons: the events the workflow expects in the
// case's current phase (those that can succeed with what is recorded), and the complaint
// steps. Core still decides: a step it refuses is shown with core's message.
#pragma once

#include "workflow/WorkflowState.h"

#include <QCoreApplication>

namespace exitdesk::ui {

class CardActions
{
    Q_DECLARE_TR_FUNCTIONS(CardActions)
public:
    static QList<EventKind> next(const WorkflowState &state);
    // The button's text, e.g. "Completeness checked…".
    static QString label(EventKind kind);
    // The title of the step's dialog: the button's text without the dots ("Completeness
    // checked"), so the dialog says what the pressed button said.
    static QString title(EventKind kind);
    // A name from core (lower case, as it is used inside sentences) as a menu item or heading.
    static QString capitalized(const QString &name);
};

} // namespace exitdesk::ui
