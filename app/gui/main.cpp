// exitdesk: the desktop program. Opens the embedded database and shows the main window.
#include "Application.h"
#include "LocalTimeZone.h"
#include "SystemClock.h"

int main(int argc, char **argv)
{
    exitdesk::pinLocalTimeZone();
    const exitdesk::SystemClock clock;
    return exitdesk::ui::runApplication(argc, argv, clock);
}
