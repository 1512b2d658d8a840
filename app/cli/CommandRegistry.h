// The commands of exitdesk-cli. Each command lives in its own file and registers itself
// with a static CommandRegistration, so adding a command touches no shared list.
#pragma once

#include "CliContext.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace exitdesk::cli {

struct Command
{
    QStringList words; // e.g. {"case", "import"}
    QString usage;     // arguments after the words, e.g. "FILE|- [--draft]"
    QString summary;   // one line of help
    std::function<int(CliContext &)> run;
};

class CommandRegistry
{
public:
    static QList<Command> &commands();
};

struct CommandRegistration
{
    explicit CommandRegistration(Command command);
};

} // namespace exitdesk::cli
