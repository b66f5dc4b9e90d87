#include "cli/Arguments.h"

#include "cli/Command.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace banister::cli {

namespace {

const char* const kOverview
    = "Usage: banister-cli COMMAND --profile FILE [options]\n"
      "Commands:\n"
      "  plan      show what would change (exit 0: nothing, 2: changes pending, 1: error)\n"
      "  apply     make the changes (exit 0: done, 1: error); Ctrl+C stops after the current step\n"
      "  verify    read everything back and compare (exit 0: all pass, 2: differences, 1: error)\n"
      "  capture   --output FILE: write a profile of the tenant's current configuration (a plan of it here is empty)\n"
      "  undo      --journal FILE: print the reverse plan of that apply (exit 0: nothing to undo, 2: steps to\n"
      "            undo, 1: error or a conflict); --apply applies it; --force overwrites changes made since\n"
      "  report    plan + verify and write a setup report (--output FILE: .html, .md, .json or .pdf); it includes\n"
      "            the latest apply on this tenant (its journal); report --check FILE.json checks a JSON report's\n"
      "            digest (exit 0: intact, 1: changed or unreadable)\n"
      "Options:\n"
      "  --profile FILE          the profile (banister.profile/1)\n"
      "  --url URL               Gainsight tenant URL (default: the profile's tenant.gainsightUrl)\n"
      "  --staircase-url URL     Staircase URL (default: the profile's, else --url)\n"
      "  --sandbox[=SCENARIO]    run against an in-process sandbox tenant (default scenario: ready)\n"
      "  --sandbox-state FILE    where the in-process sandbox keeps its configuration between runs\n"
      "                          (default: the user's data folder, one file per scenario)\n"
      "  --sandbox-reset         start the in-process sandbox from its seeded state\n"
      "  --format text|json      output format (default: text)\n"
      "  --output FILE           report file (report only)\n"
      "  --journal FILE          apply journal (default: in the user's data folder, per tenant)\n"
      "  --sandbox-public-api-only  the in-process sandbox answers 404 on its sandbox-only routes, as a real tenant\n"
      "                          would: what no documented API can do becomes guided manual steps\n"
      "  --confirm STEP-ID       (apply, verify) record in the journal that the admin did this manual step by hand;\n"
      "                          may be repeated. verify exits 2 while a manual step is not confirmed\n"
      "  --retarget              apply a profile made on another tenant here: layouts matched by name, users by\n"
      "                          email, this tenant's subdomain (without it a subdomain mismatch is an error)\n"
      "Secrets: BANISTER_ACCESS_KEY and BANISTER_STAIRCASE_TOKEN, else the system keychain (saved by the wizard).\n"
      "banister-cli COMMAND --help lists that command's options.\n";

// Each command's options, parsed by QCommandLineParser. Every command accepts the options it always did; its
// --help lists the ones that matter to it. The words of errors are checked first, in the order given, by validate().
struct OptionSpec
{
    const char* name;
    const char* valueName; // nullptr: a switch
    const char* description;
    const char* commands; // where --help lists it ("" = every command)
    const char* only; // accepted only by these commands, or nullptr
};

const OptionSpec kOptions[] = {
    { "profile", "FILE", "the profile (banister.profile/1)", "", nullptr },
    { "url", "URL", "Gainsight tenant URL (default: the profile's tenant.gainsightUrl)", "", nullptr },
    { "staircase-url", "URL", "Staircase URL (default: the profile's, else --url)", "", nullptr },
    { "sandbox", nullptr,
      "run against an in-process sandbox tenant; --sandbox=SCENARIO picks the scenario "
      "(default: ready)",
      "", nullptr },
    { "sandbox-state", "FILE",
      "where the in-process sandbox keeps its configuration between runs (default: the "
      "user's data folder, one file per scenario)",
      "", nullptr },
    { "sandbox-reset", nullptr, "start the in-process sandbox from its seeded state", "", nullptr },
    { "format", "text|json", "output format (default: text)", "plan apply verify undo", nullptr },
    { "output", "FILE", "the file to write: the report (.html, .md, .json or .pdf) or the captured profile",
      "report capture", nullptr },
    { "check", "FILE.json", "check a JSON report's digest instead (exit 0: intact, 1: changed or unreadable)", "report",
      "report" },
    { "journal", "FILE", "apply journal (default: in the user's data folder, per tenant)", "plan apply report undo",
      nullptr },
    { "retarget", nullptr,
      "apply a profile made on another tenant here: layouts matched by name, users by email, this "
      "tenant's subdomain (without it a subdomain mismatch is an error)",
      "plan apply verify report", nullptr },
    { "sandbox-public-api-only", nullptr,
      "the in-process sandbox answers 404 on its sandbox-only routes, as a real "
      "tenant would: what no documented API can do becomes guided manual steps",
      "", nullptr },
    { "confirm", "STEP-ID",
      "record in the journal that the admin did this manual step by hand; may be repeated "
      "(verify exits 2 while a manual step is not confirmed)",
      "apply verify", "apply verify" },
    { "apply", nullptr, "apply the reverse plan", "undo", "undo" },
    { "force", nullptr, "overwrite what changed on the tenant since the apply", "undo", "undo" },
};

// Whether command is one of the space-separated commands in list.
bool listed(const char* list, const QString& command)
{
    return QString::fromLatin1(list).split(QLatin1Char(' ')).contains(command);
}

const OptionSpec* findOption(const QString& name, const QString& command)
{
    for (const OptionSpec& o : kOptions)
        if (name == QLatin1String(o.name) && (!o.only || listed(o.only, command)))
            return &o;
    return nullptr;
}

void addOptions(QCommandLineParser& p, const QString& command)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    for (const OptionSpec& o : kOptions) {
        if (o.only && !listed(o.only, command))
            continue;
        QCommandLineOption option(QString::fromLatin1(o.name), QString::fromLatin1(o.description));
        if (o.valueName)
            option.setValueName(QString::fromLatin1(o.valueName));
        if (*o.commands && !listed(o.commands, command))
            option.setFlags(QCommandLineOption::HiddenFromHelp);
        p.addOption(option);
    }
    p.addOption(QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("show this help")));
}

// The first problem with the arguments after the command, in the words banister-cli has always used.
QString validate(const QStringList& a, const QString& command)
{
    for (int i = 2; i < a.size(); ++i) {
        const QString& o = a.at(i);
        const QString name = o.startsWith(QLatin1String("--")) ? o.mid(2).section(QLatin1Char('='), 0, 0) : QString();
        const OptionSpec* spec = name.isEmpty() ? nullptr : findOption(name, command);
        if (o.startsWith(QLatin1String("--access-key")) || o.startsWith(QLatin1String("--token")))
            return QStringLiteral("secrets are never taken from the command line; set BANISTER_ACCESS_KEY and "
                                  "BANISTER_STAIRCASE_TOKEN, or save them in the wizard");
        const bool inlineValue = o.contains(QLatin1Char('='));
        if (!spec || (inlineValue && !spec->valueName && name != QLatin1String("sandbox")))
            return QStringLiteral("unknown option \"%1\"").arg(o);
        if (!spec->valueName)
            continue;
        if (!inlineValue && i + 1 >= a.size())
            return QStringLiteral("%1 needs a value").arg(o);
        const QString value = inlineValue ? o.section(QLatin1Char('='), 1) : a.at(++i);
        if (name == QLatin1String("format") && value != QLatin1String("text") && value != QLatin1String("json"))
            return QStringLiteral("--format is text or json");
    }
    return {};
}

// The arguments after the command as QCommandLineParser reads them: --sandbox=SCENARIO is the switch plus a
// scenario, which it has no form for.
QStringList parserArguments(const QStringList& a, Args& args)
{
    QStringList list { a.at(0) };
    for (int i = 2; i < a.size(); ++i) {
        const QString& o = a.at(i);
        const OptionSpec* spec = o.startsWith(QLatin1String("--")) && !o.contains(QLatin1Char('='))
            ? findOption(o.mid(2), args.command)
            : nullptr;
        if (spec && spec->valueName) {
            list << o << a.at(++i); // the value as given, whatever it looks like
        } else if (o.startsWith(QLatin1String("--sandbox="))) {
            list << QStringLiteral("--sandbox");
            args.scenario = o.mid(10);
        } else {
            list << o;
        }
    }
    return list;
}

void readValues(const QCommandLineParser& p, Args& args)
{
    const auto value = [&p](const char* name, QString& target) {
        if (p.isSet(QLatin1String(name)))
            target = p.value(QLatin1String(name));
    };
    value("profile", args.profile);
    value("url", args.url);
    value("staircase-url", args.staircaseUrl);
    value("format", args.format);
    value("output", args.output);
    value("journal", args.journal);
    value("sandbox-state", args.sandboxState);
    args.sandbox = p.isSet(QStringLiteral("sandbox"));
    args.sandboxReset = p.isSet(QStringLiteral("sandbox-reset"));
    args.retarget = p.isSet(QStringLiteral("retarget"));
    args.sandboxPublicApiOnly = p.isSet(QStringLiteral("sandbox-public-api-only"));
    if (args.command == QLatin1String("apply") || args.command == QLatin1String("verify"))
        args.confirm = p.values(QStringLiteral("confirm"));
    if (args.command == QLatin1String("report"))
        value("check", args.check);
    if (args.command == QLatin1String("undo")) {
        args.undoApply = p.isSet(QStringLiteral("apply"));
        args.force = p.isSet(QStringLiteral("force"));
    }
}

} // namespace

const char* overviewHelp()
{
    return kOverview;
}

QString commandHelp(const QString& command)
{
    QCommandLineParser p;
    if (const Command* c = findCommand(command))
        p.setApplicationDescription(c->description);
    addOptions(p, command);
    QString text = p.helpText();
    text = text.mid(text.indexOf(QLatin1Char('\n'))); // Qt's usage line names the executable by its full path
    return QStringLiteral("Usage: banister-cli %1 [options]").arg(command) + text
        + QStringLiteral("\nSecrets: BANISTER_ACCESS_KEY and BANISTER_STAIRCASE_TOKEN, else the system keychain "
                         "(saved by the wizard).\n");
}

bool parseArguments(const QStringList& a, Args& args, QString& error)
{
    if (a.size() < 2) {
        error = QStringLiteral("missing command");
        return false;
    }
    args.command = a.at(1);
    const Command* command = findCommand(args.command);
    if (!command) {
        error = QStringLiteral("unknown command \"%1\"").arg(args.command);
        return false;
    }
    error = validate(a, args.command);
    if (!error.isEmpty())
        return false;
    QCommandLineParser p;
    addOptions(p, args.command);
    if (!p.parse(parserArguments(a, args))) {
        error = p.errorText();
        return false;
    }
    readValues(p, args);
    error = command->checkArguments(args);
    return error.isEmpty();
}

} // namespace banister::cli
