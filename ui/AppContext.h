// What every screen of the desktop program shares: the open database, the clock and the
// language. Owned by the application (or by a test), passed down by pointer.
#pragma once

namespace exitdesk {
class Actor;
class Clock;
class Database;
} // namespace exitdesk

namespace exitdesk::ui {

class Deadlines;
class Language;

struct AppContext
{
    Database *database = nullptr;
    const Clock *clock = nullptr;
    Language *language = nullptr;
    Deadlines *deadlines = nullptr; // calendar and workflow, loaded from the database
    const Actor *actor = nullptr;   // who is logged in; core checks what this person may do
};

} // namespace exitdesk::ui
