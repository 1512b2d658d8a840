// exitdesk: the desktop program. Opens the embedded database and shows the main window.
#include "Application.h"
#include "SystemClock.h"

int main(int argc, char **argv)
{
    const exitdesk::SystemClock clock;
    return exitdesk::ui::runApplication(argc, argv, clock);
}
