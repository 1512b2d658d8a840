// At the start of the desktop program (after the login): when questionnaires were kept on
// this workstation because the database server could not be reached (LocalDrafts), asks
// whether to save them to the database now and says what became of each. Those not saved
// stay on the workstation and are offered again at the next start.
#pragma once

#include "AppContext.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace exitdesk::ui {

class LocalDraftsPrompt
{
    Q_DECLARE_TR_FUNCTIONS(LocalDraftsPrompt)
public:
    // Does nothing when there is nothing kept for the open database. Returns how many
    // questionnaires were saved to the database.
    static int offer(AppContext context, QWidget *parent, const QString &directory = QString());
};

} // namespace exitdesk::ui
