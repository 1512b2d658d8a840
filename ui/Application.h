// Start-up of the desktop program: settings, language, database, main window.
#pragma once

namespace exitdesk::ui {

int runApplication(int argc, char **argv);

} // namespace exitdesk::ui
