#pragma once

#include "cli/Arguments.h"

#include <QList>
#include <QString>

namespace banister::cli {

// One banister-cli command: its name, the description its --help starts with, what it needs among the options, and
// what it does. main() only finds the command and calls execute(). To add one: a <Name>Command.cpp that defines its
// <name>Command(), listed in commands() (Command.cpp) and in the overview (Arguments.cpp), with its options in the
// option table there.
struct Command
{
    QString name;
    QString description;
    // The first option the command needs and did not get, in words (empty: none is missing).
    QString (*checkArguments)(const Args& args) = nullptr;
    // Runs the command to its end and returns the exit code (DESIGN §4: 0 nothing to change or done, 1 error,
    // 2 changes pending or differences).
    int (*execute)(const Args& args) = nullptr;
};

Command planCommand();
Command applyCommand();
Command verifyCommand();
Command reportCommand();
Command undoCommand();
Command captureCommand();

// Every command, in the order of the overview.
const QList<Command>& commands();
const Command* findCommand(const QString& name);

} // namespace banister::cli
