// Start-up of the desktop program: settings, language, database, main window.
#pragma once

#include <QString>

namespace exitdesk {
class Clock;
}

namespace exitdesk::ui {

// The database the desktop program opens when none is given: the same file as exitdesk-cli's
// default, GenericDataLocation/ExitDesk/exitdesk.sqlite (the directory is created).
QString defaultDatabaseLocation();

// Parses --db LOCATION (or EXITDESK_DB), opens the database, shows the main window.
int runApplication(int argc, char **argv, const Clock &clock);

} // namespace exitdesk::ui
