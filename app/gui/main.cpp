// exitdesk: the desktop program. Opens the embedded database and shows the main window.
#include "Application.h"

int main(int argc, char **argv)
{
    return exitdesk::ui::runApplication(argc, argv);
}
