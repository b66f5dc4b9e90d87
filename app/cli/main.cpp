// banister-cli: the engine without the wizard, for automation.
//   banister-cli plan|apply|verify|report|undo|capture [options]
// Exit codes as `terraform plan -detailed-exitcode`: 0 ok and nothing to change, 1 error, 2 changes pending (plan)
// or differences found (verify). Secrets come from BANISTER_ACCESS_KEY / BANISTER_STAIRCASE_TOKEN or the keychain,
// never from the command line. Each command is a file of its own (cli/<Name>Command.cpp); this only picks one.
#include "cli/Arguments.h"
#include "cli/Command.h"
#include "cli/Output.h"

#include <QGuiApplication>
#include <cstdio>

using namespace banister::cli;

int main(int argc, char** argv)
{
    // PDF reports need a QGuiApplication (fonts); no display is needed or wanted.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Banister"));
    QCoreApplication::setApplicationName(QStringLiteral("Banister"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BANISTER_VERSION));
    const QStringList a = app.arguments();
    if (a.contains(QStringLiteral("--help")) || a.contains(QStringLiteral("-h"))) {
        // banister-cli COMMAND --help: that command's options; otherwise the overview.
        std::fputs(a.size() > 2 && findCommand(a.at(1)) ? qPrintable(commandHelp(a.at(1))) : overviewHelp(), stdout);
        return 0;
    }
    if (a.contains(QStringLiteral("--version"))) {
        std::printf("banister-cli %s\n", BANISTER_VERSION);
        return 0;
    }
    Args args;
    QString error;
    if (!parseArguments(a, args, error)) {
        err(error);
        std::fputs(overviewHelp(), stderr);
        return 1;
    }
    return findCommand(args.command)->execute(args);
}
