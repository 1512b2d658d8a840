#include "CommandRegistry.h"

namespace exitdesk::cli {

QList<Command> &CommandRegistry::commands()
{
    static QList<Command> all;
    return all;
}

CommandRegistration::CommandRegistration(Command command)
{
    CommandRegistry::commands().append(std::move(command));
}

} // namespace exitdesk::cli
