#pragma once

#include <QString>
#include <QStringList>

namespace banister::cli {

// What banister-cli was asked to do: the command and every option any command takes. Read from the command line by
// parseArguments(); secrets are never among them.
struct Args
{
    QString command, profile, url, staircaseUrl, format = QStringLiteral("text"), output, journal, sandboxState, check;
    bool sandbox = false;
    bool sandboxReset = false;
    bool retarget = false; // apply a profile made on another tenant here
    bool undoApply = false; // undo --apply
    bool force = false; // undo --force
    bool sandboxPublicApiOnly = false; // the in-process sandbox answers 404 on its sandbox-only routes
    QStringList confirm; // manual steps the admin has done (apply, verify): recorded in the journal
    QString scenario = QStringLiteral("ready");
};

// banister-cli --help: every command and option in a few lines (the man page reads its commands from it).
const char* overviewHelp();
// banister-cli COMMAND --help: that command's description and the options that matter to it.
QString commandHelp(const QString& command);

// Reads `banister-cli COMMAND [options]` (a as QCoreApplication::arguments() gives it) into args. Returns false
// with error in the words banister-cli has always used: the command, then each option in order, then what the
// command needs (Command::checkArguments).
bool parseArguments(const QStringList& a, Args& args, QString& error);

} // namespace banister::cli
