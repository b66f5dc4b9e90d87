#include "cli/Command.h"

namespace banister::cli {

const QList<Command>& commands()
{
    static const QList<Command> all { planCommand(),   applyCommand(), verifyCommand(),
                                      reportCommand(), undoCommand(),  captureCommand() };
    return all;
}

const Command* findCommand(const QString& name)
{
    for (const Command& c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace banister::cli
