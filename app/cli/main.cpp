// banister-cli: the engine without the wizard, for automation.
//   banister-cli plan|apply|verify|report --profile FILE [--url URL] [--staircase-url URL] [--sandbox[=SCENARIO]]
// Exit codes as `terraform plan -detailed-exitcode`: 0 ok and nothing to change, 1 error, 2 changes pending (plan)
// or differences found (verify). Secrets come from BANISTER_ACCESS_KEY / BANISTER_STAIRCASE_TOKEN or the keychain,
// never from the command line.
#include "core/Log.h"
#include "engine/Engine.h"
#include "engine/Capture.h"
#include "engine/ManualGuide.h"
#include "engine/Undo.h"
#include "models/CrmModel.h"
#include "models/Prerequisites.h"
#include "net/TenantClient.h"
#include "net/UrlPolicy.h"
#include "report/ReportBuilder.h"
#include "sandbox/SandboxServer.h"
#include "secrets/CredentialStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>

using namespace banister;

namespace {

std::atomic<int> g_interrupts{0};

const char* const kUsage =
    "Usage: banister-cli COMMAND --profile FILE [options]\n"
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

struct Args
{
    QString command, profile, url, staircaseUrl, format = QStringLiteral("text"), output, journal, sandboxState, check;
    bool sandbox = false;
    bool sandboxReset = false;
    bool retarget = false;  // apply a profile made on another tenant here
    bool undoApply = false; // undo --apply
    bool force = false;     // undo --force
    bool sandboxPublicApiOnly = false; // the in-process sandbox answers 404 on its sandbox-only routes
    QStringList confirm;    // manual steps the admin has done (apply, verify): recorded in the journal
    QString scenario = QStringLiteral("ready");
};

void out(const QString& s)
{
    std::fputs(qPrintable(s), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString& s)
{
    std::fprintf(stderr, "banister-cli: %s\n", qPrintable(s));
}

// Each command's options, parsed by QCommandLineParser. Every command accepts the options it always did; its
// --help lists the ones that matter to it. The words of errors are checked first, in the order given, by validate().
struct OptionSpec
{
    const char* name;
    const char* valueName; // nullptr: a switch
    const char* description;
    const char* commands;  // where --help lists it ("" = every command)
    const char* only;      // accepted only by these commands, or nullptr
};

const OptionSpec kOptions[] = {
    {"profile", "FILE", "the profile (banister.profile/1)", "", nullptr},
    {"url", "URL", "Gainsight tenant URL (default: the profile's tenant.gainsightUrl)", "", nullptr},
    {"staircase-url", "URL", "Staircase URL (default: the profile's, else --url)", "", nullptr},
    {"sandbox", nullptr, "run against an in-process sandbox tenant; --sandbox=SCENARIO picks the scenario "
                         "(default: ready)", "", nullptr},
    {"sandbox-state", "FILE", "where the in-process sandbox keeps its configuration between runs (default: the "
                              "user's data folder, one file per scenario)", "", nullptr},
    {"sandbox-reset", nullptr, "start the in-process sandbox from its seeded state", "", nullptr},
    {"format", "text|json", "output format (default: text)", "plan apply verify undo", nullptr},
    {"output", "FILE", "the file to write: the report (.html, .md, .json or .pdf) or the captured profile",
     "report capture", nullptr},
    {"check", "FILE.json", "check a JSON report's digest instead (exit 0: intact, 1: changed or unreadable)", "report",
     "report"},
    {"journal", "FILE", "apply journal (default: in the user's data folder, per tenant)", "plan apply report undo", nullptr},
    {"retarget", nullptr, "apply a profile made on another tenant here: layouts matched by name, users by email, this "
                          "tenant's subdomain (without it a subdomain mismatch is an error)", "plan apply verify report",
     nullptr},
    {"sandbox-public-api-only", nullptr, "the in-process sandbox answers 404 on its sandbox-only routes, as a real "
                                         "tenant would: what no documented API can do becomes guided manual steps",
     "", nullptr},
    {"confirm", "STEP-ID", "record in the journal that the admin did this manual step by hand; may be repeated "
                           "(verify exits 2 while a manual step is not confirmed)", "apply verify", "apply verify"},
    {"apply", nullptr, "apply the reverse plan", "undo", "undo"},
    {"force", nullptr, "overwrite what changed on the tenant since the apply", "undo", "undo"},
};

struct CommandSpec
{
    const char* name;
    const char* description;
};

const CommandSpec kCommands[] = {
    {"plan", "Show what would change: each step's before and after in words, the calls it will send, and what stays "
             "by hand.\nExit 0: nothing to change, 2: changes pending, 1: error (nothing is applied)."},
    {"apply", "Make the changes of the plan, step by step, and write a journal; Ctrl+C stops after the current "
              "step, and applying again continues.\nExit 0: done, 1: error."},
    {"verify", "Read everything back and compare it with the profile; WARN lines name what is still to do by hand.\n"
               "Exit 0: all pass, 2: differences, 1: error."},
    {"report", "Plan and verify, then write a setup report (--output FILE: .html, .md, .json or .pdf) that includes "
               "the latest apply on this tenant (its journal).\nreport --check FILE.json checks a JSON report's "
               "digest.\nExit 0: written (or intact), 1: error (or changed)."},
    {"undo", "Print the reverse plan of the apply in --journal FILE; --apply applies it (its own journal: "
             "FILE.undo.json), --force overwrites changes made since.\nExit 0: nothing to undo, 2: steps to undo, 1: "
             "error or a conflict."},
    {"capture", "Write a profile of the tenant's current configuration to --output FILE (a plan of it here is "
                "empty).\nExit 0: written, 1: error."},
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

bool isCommand(const QString& name)
{
    return std::any_of(std::begin(kCommands), std::end(kCommands),
                       [&](const CommandSpec& c) { return name == QLatin1String(c.name); });
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
    p.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("show this help")));
}

// The --help of one command.
QString commandHelp(const QString& command)
{
    QCommandLineParser p;
    for (const CommandSpec& c : kCommands)
        if (command == QLatin1String(c.name))
            p.setApplicationDescription(QString::fromLatin1(c.description));
    addOptions(p, command);
    QString text = p.helpText();
    text = text.mid(text.indexOf(QLatin1Char('\n'))); // Qt's usage line names the executable by its full path
    return QStringLiteral("Usage: banister-cli %1 [options]").arg(command) + text
        + QStringLiteral("\nSecrets: BANISTER_ACCESS_KEY and BANISTER_STAIRCASE_TOKEN, else the system keychain "
                         "(saved by the wizard).\n");
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

bool parse(const QStringList& a, Args& args, QString& error)
{
    if (a.size() < 2) {
        error = QStringLiteral("missing command");
        return false;
    }
    args.command = a.at(1);
    if (!isCommand(args.command)) {
        error = QStringLiteral("unknown command \"%1\"").arg(args.command);
        return false;
    }
    error = validate(a, args.command);
    if (!error.isEmpty())
        return false;
    // --sandbox=SCENARIO is the switch plus a scenario, which QCommandLineParser has no form for.
    QStringList list{a.at(0)};
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
    QCommandLineParser p;
    addOptions(p, args.command);
    if (!p.parse(list)) {
        error = p.errorText();
        return false;
    }
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
    if (!args.check.isEmpty())
        return true; // report --check reads only the report
    if (args.command == QLatin1String("capture")) {
        if (args.output.isEmpty()) {
            error = QStringLiteral("capture needs --output FILE (the profile to write)");
            return false;
        }
        return true;
    }
    if (args.command == QLatin1String("undo")) {
        if (args.journal.isEmpty()) {
            error = QStringLiteral("undo needs --journal FILE (the journal of the apply to undo)");
            return false;
        }
        return true; // the profile is optional: --url or --sandbox names the tenant
    }
    if (args.profile.isEmpty()) {
        error = QStringLiteral("--profile FILE is required");
        return false;
    }
    if (args.command == QLatin1String("report") && args.output.isEmpty()) {
        error = QStringLiteral("report needs --output FILE (.html, .md, .json or .pdf)");
        return false;
    }
    return true;
}

QString indented(const QString& text, int width)
{
    if (text.isEmpty())
        return QStringLiteral("—");
    return text.split(QLatin1Char('\n')).join(QLatin1Char('\n') + QString(width, QLatin1Char(' ')));
}

QString stepBlock(const PlanStep& s)
{
    if (s.isManual()) {
        QString b = QStringLiteral("  ✋ %1 [%2] — by hand\n      after:  %3").arg(s.title, s.id, indented(s.afterText, 14));
        for (int i = 0; i < s.instructions.size(); ++i)
            b += QStringLiteral("\n      %1. %2").arg(i + 1).arg(s.instructions.at(i));
        if (!s.values.isEmpty())
            b += QStringLiteral("\n      enter:  ") + indented(s.values, 14);
        if (!s.link.isEmpty())
            b += QStringLiteral("\n      open:   ") + s.link;
        b += QStringLiteral("\n      when done: banister-cli apply --confirm %1").arg(s.id);
        return b;
    }
    QString b = QStringLiteral("  ~ %1 [%2]\n      before: %3\n      after:  %4")
                    .arg(s.title, s.id, indented(s.beforeText, 14), indented(s.afterText, 14));
    if (!s.requests.isEmpty())
        b += QStringLiteral("\n      calls:  ") + s.requests.join(QStringLiteral(", "));
    if (!s.warning.isEmpty())
        b += QStringLiteral("\n      warning: ") + s.warning;
    return b;
}

// The whole run as one object: sets things up, runs the command asynchronously, quits with the exit code.
class Cli : public QObject
{
public:
    Cli(Args args)
        : m_args(std::move(args))
        , m_client(this)
        , m_store(QStringLiteral("Banister"), this)
        , m_engine(&m_client, this)
        , m_planner(&m_engine, this)
        , m_applier(&m_engine, this)
        , m_verifier(&m_engine, this)
        , m_undo(&m_client, this)
        , m_capture(&m_client, this)
        , m_directory(&m_client, this)
    {
    }

    void start()
    {
        const ProfileLoad load = m_args.profile.isEmpty() ? ProfileLoad{Profile{}, {}} : loadProfile(m_args.profile);
        if (!load.profile) {
            err(QStringLiteral("%1 is not a usable profile:").arg(m_args.profile));
            for (const ProfileError& e : load.errors)
                std::fprintf(stderr, "  %s\n", qPrintable(e.toString()));
            return quit(1);
        }
        m_profile = *load.profile;
        if (m_args.sandbox && !startSandbox())
            return quit(1);
        QString gs = !m_args.url.isEmpty() ? m_args.url : m_profile.tenant.gainsightUrl;
        QString sc = !m_args.staircaseUrl.isEmpty() ? m_args.staircaseUrl
                                                     : (!m_profile.tenant.staircaseUrl.isEmpty() && m_args.url.isEmpty()
                                                            ? m_profile.tenant.staircaseUrl
                                                            : gs);
        if (m_sandbox)
            gs = sc = m_sandbox->url().toString();
        if (gs.isEmpty())
            return fail(QStringLiteral("no tenant URL: pass --url or set tenant.gainsightUrl in the profile"));
        const UrlCheck gsCheck = checkTenantUrl(gs), scCheck = checkTenantUrl(sc);
        if (!gsCheck.ok() || !scCheck.ok())
            return fail(!gsCheck.ok() ? gsCheck.error : scCheck.error);
        m_gsUrl = gs;
        m_scUrl = sc;
        QString key = m_sandbox ? m_sandbox->accessKey() : qEnvironmentVariable("BANISTER_ACCESS_KEY");
        QString token = m_sandbox ? m_sandbox->staircaseToken() : qEnvironmentVariable("BANISTER_STAIRCASE_TOKEN");
        if (!key.isEmpty() && !token.isEmpty())
            return withSecrets(key, token);
        // Fall back to what the wizard saved in the keychain.
        m_store.read(CredentialStore::accessKeyAccount(gsCheck.url.host()), this,
                     [this, key, token, host = scCheck.url.host()](CredentialStore::Status, const QString& k, const QString&) {
                         const QString kk = key.isEmpty() ? k : key;
                         m_store.read(CredentialStore::tokenAccount(host), this,
                                      [this, kk, token](CredentialStore::Status, const QString& t, const QString&) {
                                          withSecrets(kk, token.isEmpty() ? t : token);
                                      });
                     });
    }

    int exitCode() const { return m_exit; }

private:
    bool startSandbox()
    {
        if (!sandbox::knownScenarios().contains(m_args.scenario)) {
            err(QStringLiteral("unknown sandbox scenario \"%1\"").arg(m_args.scenario));
            return false;
        }
        sandbox::SandboxOptions o = sandbox::forScenario(m_args.scenario);
        o.dataRate = {};
        o.publicApiOnly = m_args.sandboxPublicApiOnly;
        // The same sandbox tenant across runs (apply, then plan), like a real one; --sandbox-reset starts over.
        o.statePath = m_args.sandboxState;
        if (o.statePath.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox");
            QDir().mkpath(dir);
            o.statePath = dir + QStringLiteral("/%1.json").arg(o.scenario);
        }
        if (m_args.sandboxReset)
            QFile::remove(o.statePath);
        m_sandbox = std::make_unique<sandbox::SandboxServer>(o);
        const QString stateError = m_sandbox->loadState();
        if (!stateError.isEmpty()) {
            err(QStringLiteral("--sandbox-state: %1").arg(stateError));
            return false;
        }
        if (m_sandbox->listen(0) == 0) {
            err(QStringLiteral("the sandbox could not listen on 127.0.0.1"));
            return false;
        }
        // Support answers at once in the sandbox; do not make demos wait. Pace to the sandbox's own limits.
        m_engine.activation()->setSupportPolling(20, 10);
        m_client.setRateLimit(TenantClient::RateClass::Data, 0, 60000);
        m_client.setRateLimit(TenantClient::RateClass::UserWrites, o.userWriteRate.calls, o.userWriteRate.periodMs);
        return true;
    }

    void withSecrets(const QString& key, const QString& token)
    {
        if (key.isEmpty())
            return fail(QStringLiteral("no access key: set BANISTER_ACCESS_KEY or save it in the wizard"));
        m_client.setGainsight(m_gsUrl, key);
        m_client.setStaircase(m_scUrl, token);
        // A documented call first: it validates the key and tells whether the tenant has more than Gainsight's
        // documented REST (the sandbox's own routes) or not (a real tenant, or --sandbox-public-api-only).
        ApiJob* probe = m_client.probe();
        connect(probe, &ApiJob::finished, this, [this, token](const ApiResult& r) {
            if (!r.ok())
                return fail(r.error.message());
            if (m_client.publicApiOnly()) {
                const QString sub = !m_profile.tenant.subdomain.isEmpty() ? m_profile.tenant.subdomain
                                                                          : subdomainFromUrl(m_gsUrl);
                m_tenant = tenantInfoFromConfirmations(m_profile.confirmed, sub);
                if (m_args.format == QLatin1String("text") && m_args.command != QLatin1String("report"))
                    out(QStringLiteral("%1 offers Gainsight's documented REST only: user roles and usernames are "
                                       "automated, the rest are guided manual steps.")
                            .arg(QUrl(m_gsUrl).host()));
                return run();
            }
            if (token.isEmpty())
                return fail(QStringLiteral("no Staircase token: set BANISTER_STAIRCASE_TOKEN or save it in the wizard"));
            ApiJob* info = m_client.tenantInfo();
            connect(info, &ApiJob::finished, this, [this](const ApiResult& r) {
                if (!r.ok())
                    return fail(r.error.message());
                const Result<TenantInfo> info = tenantInfoFromJson(r.data.toObject());
                if (!info)
                    return fail(QStringLiteral("the tenant's answer to GET /v1/tenant/info is not usable: %1").arg(info.error()));
                m_tenant = info.value();
                run();
            });
        });
    }

    void run()
    {
        if (m_args.command == QLatin1String("undo"))
            return undo();
        if (m_args.command == QLatin1String("capture"))
            return capture();
        // Ids may differ from the tenant the profile was made on: match layouts by name, users by email first.
        connect(&m_directory, &DirectoryReader::finished, this, [this](const TenantDirectory& d, const QString& error) {
            if (!error.isEmpty())
                return fail(error);
            retarget(m_profile, d, m_args.retarget, m_resolveErrors, m_resolveWarnings);
            plan();
        });
        m_directory.run(m_profile);
    }

    void capture()
    {
        if (m_client.publicApiOnly())
            return fail(QStringLiteral("capture reads settings only Gainsight's and Staircase's admin UIs show; this "
                                       "tenant offers Gainsight's documented REST only, so there is nothing to capture "
                                       "them from"));
        connect(&m_capture, &Capturer::finished, this, [this](const ProfileLoad& r) {
            if (!r.profile) {
                for (const ProfileError& e : r.errors)
                    err(e.toString());
                return quit(1);
            }
            const QString error = saveProfile(*r.profile, m_args.output);
            if (!error.isEmpty())
                return fail(error);
            out(QStringLiteral("Profile of %1 (%2) written to %3.").arg(m_tenant.tenantName, m_tenant.subdomain,
                                                                        QFileInfo(m_args.output).absoluteFilePath()));
            quit(0);
        });
        m_capture.run();
    }

    void plan()
    {
        connect(&m_planner, &Planner::finished, this, [this](const Plan& plan) { onPlanned(plan); });
        m_planner.setJournalPath(journalPath());
        m_planner.run(m_profile);
    }

    void onPlanned(const Plan& plan)
    {
        m_plan = plan;
        m_plan.errors = m_resolveErrors + m_plan.errors;
        m_plan.warnings = m_resolveWarnings + m_plan.warnings;
        const QString& cmd = m_args.command;
        if (cmd == QLatin1String("plan"))
            return printPlan(m_plan);
        if (!m_plan.canApply() && cmd == QLatin1String("apply")) {
            printPlan(m_plan);
            return quit(1);
        }
        if (!m_args.confirm.isEmpty() && !recordConfirmations())
            return quit(1);
        if (cmd == QLatin1String("apply"))
            return apply();
        verify();
    }

    // --confirm: the admin did these manual steps by hand. Recorded in the journal (never in the profile) for
    // exactly the state the plan asks for; they leave this plan and verify reports them as confirmed.
    bool recordConfirmations()
    {
        const QString by = ApplyJournal::confirmer(m_tenant.callerEmail, QStringLiteral("the admin"));
        QStringList manualIds;
        for (const PlanStep& s : m_plan.steps + m_plan.confirmed)
            if (s.isManual())
                manualIds << s.id;
        for (const QString& id : m_args.confirm) // all or nothing: every id is checked before one is recorded
            if (!manualIds.contains(id)) {
                err(manualIds.isEmpty() ? QStringLiteral("--confirm %1: this plan has no manual steps").arg(id)
                                        : QStringLiteral("--confirm %1: not a manual step of this plan; its manual steps: %2")
                                              .arg(id, manualIds.join(QStringLiteral(", "))));
                return false;
            }
        for (const QString& id : m_args.confirm) {
            const auto it = std::find_if(m_plan.steps.begin(), m_plan.steps.end(),
                                         [&](const PlanStep& s) { return s.id == id && s.isManual(); });
            if (it == m_plan.steps.end())
                continue; // confirmed before, for this very state
            const QString error = ApplyJournal::confirm(journalPath(), *it, m_tenant.subdomain, by);
            if (!error.isEmpty()) {
                err(QStringLiteral("--confirm %1: %2").arg(id, error));
                return false;
            }
            if (m_args.format == QLatin1String("text"))
                out(QStringLiteral("Confirmed by %1: %2 [%3] (recorded in %4).").arg(by, it->title, id, journalPath()));
            m_plan.confirmed << *it;
            m_plan.steps.erase(it);
        }
        return true;
    }

    void printPlan(const Plan& plan)
    {
        if (m_args.format == QLatin1String("json")) {
            QJsonObject o = toJson(plan);
            o.insert(QStringLiteral("changes"), int(plan.steps.size()));
            o.insert(QStringLiteral("tenant"), m_tenant.subdomain);
            out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        } else {
            for (const QString& e : plan.errors)
                out(QStringLiteral("Error: ") + e);
            for (const QString& w : plan.warnings)
                out(QStringLiteral("Warning: ") + w);
            if (!plan.canApply()) {
                out(QStringLiteral("The plan has %1 error(s): nothing is applied until they are fixed.").arg(plan.errors.size()));
            } else if (plan.isEmpty()) {
                out(undoing() ? QStringLiteral("Nothing to undo on %1 (%2).").arg(m_tenant.tenantName, m_tenant.subdomain)
                    : plan.confirmed.isEmpty()
                        ? QStringLiteral("No changes. %1 (%2) matches the profile.").arg(m_tenant.tenantName, m_tenant.subdomain)
                        : QStringLiteral("No changes. What the public API can read on %1 (%2) matches the profile, and "
                                         "the admin has confirmed the %3 manual step(s).")
                              .arg(m_tenant.tenantName, m_tenant.subdomain)
                              .arg(plan.confirmed.size()));
            } else {
                const int manual = plan.manualCount();
                out(QStringLiteral("%1 for %2 (%3): %4 change(s)%5, %6.")
                        .arg(undoing() ? QStringLiteral("Undo plan") : QStringLiteral("Plan"))
                        .arg(m_tenant.tenantName, m_tenant.subdomain)
                        .arg(plan.steps.size())
                        .arg(manual == 0 ? QString()
                                         : QStringLiteral(" (%1 automated, %2 by hand)").arg(plan.steps.size() - manual).arg(manual))
                        .arg(estimateText(estimate(plan))));
                for (const PlanStep& s : plan.steps)
                    out(stepBlock(s));
            }
            for (const QString& m : plan.manual)
                out(QStringLiteral("Manual: ") + m);
        }
        if (m_args.command == QLatin1String("plan"))
            quit(!plan.canApply() ? 1 : plan.isEmpty() ? 0 : 2);
    }

    QString journalPath() const
    {
        if (m_args.command == QLatin1String("undo"))
            return m_args.journal + QStringLiteral(".undo.json"); // the undo's own record; the apply's stays as it was
        if (!m_args.journal.isEmpty())
            return m_args.journal;
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journals");
        QDir().mkpath(dir);
        return dir + QStringLiteral("/%1.json").arg(m_tenant.subdomain.isEmpty() ? QStringLiteral("tenant") : m_tenant.subdomain);
    }

    void apply()
    {
        if (m_plan.isEmpty()) {
            out(undoing() ? QStringLiteral("Nothing to undo on %1 (%2).").arg(m_tenant.tenantName, m_tenant.subdomain)
                          : QStringLiteral("No changes. %1 (%2) matches the profile.").arg(m_tenant.tenantName, m_tenant.subdomain));
            return quit(0);
        }
        const int total = int(m_plan.steps.size());
        connect(&m_applier, &Applier::stepStarted, this, [this, total](int i) {
            if (m_args.format == QLatin1String("text"))
                out(QStringLiteral("[%1/%2] %3 …").arg(i + 1).arg(total).arg(m_plan.steps.at(i).title));
        });
        connect(&m_applier, &Applier::stepFinished, this, [this](int, const StepResult& r) {
            if (m_args.format == QLatin1String("text"))
                out(QStringLiteral("        %1: %2").arg(statusName(r.status), r.message));
        });
        connect(&m_applier, &Applier::finished, this, [this](bool completed) {
            if (!m_applier.failedToStart().isEmpty())
                return fail(m_applier.failedToStart());
            const ApplyJournal& j = m_applier.journal();
            if (m_args.format == QLatin1String("json")) {
                out(QString::fromUtf8(QJsonDocument(j.toJson()).toJson(QJsonDocument::Indented)).trimmed());
            } else if (completed && m_plan.manualCount() > 0) {
                out(QStringLiteral("Apply complete: %1 automated change(s) made; %2 step(s) to do by hand (above). "
                                   "When one is done, record it: banister-cli apply --confirm STEP-ID.")
                        .arg(m_plan.steps.size() - m_plan.manualCount())
                        .arg(m_plan.manualCount()));
            } else if (completed) {
                out(QStringLiteral("Apply complete: %1 change(s) made.").arg(m_plan.steps.size()));
            } else if (m_applier.continuesAfterMs() > 0) {
                out(QStringLiteral("Apply paused at the tenant's daily limit; it continues after %1. Apply again then: "
                                   "it resumes from the journal (%2).")
                        .arg(QDateTime::fromMSecsSinceEpoch(m_applier.continuesAfterMs()).toLocalTime().toString(QStringLiteral("HH:mm")),
                             j.path()));
            } else {
                out(QStringLiteral("Apply %1. The journal (%2) lists what ran; apply again to continue.")
                        .arg(j.outcome(), j.path()));
            }
            quit(completed ? 0 : 1);
        });
        m_interruptPoll.setInterval(100);
        connect(&m_interruptPoll, &QTimer::timeout, this, [this] {
            if (g_interrupts.load() > 0 && m_applier.isRunning()) {
                err(QStringLiteral("interrupted: stopping after the current step (Ctrl+C again to abort at once)"));
                m_applier.cancel();
                m_interruptPoll.stop();
            }
        });
        m_interruptPoll.start();
        m_applier.start(m_plan, m_profile, journalPath(), m_tenant.subdomain);
    }

    void verify()
    {
        connect(&m_verifier, &Verifier::finished, this, [this](const QList<VerifyCheck>& checks) {
            m_checks = checks;
            if (m_args.command == QLatin1String("report"))
                return writeReport();
            int failed = 0, warnings = 0, unconfirmed = 0;
            QJsonArray arr;
            for (const VerifyCheck& c : checks) {
                failed += !c.passed;
                unconfirmed += c.basis == VerifyCheck::Basis::Unconfirmed;
                warnings += c.warning;
                arr.append(toJson(c));
                if (m_args.format == QLatin1String("text"))
                    out(QStringLiteral("%1 %2 — %3").arg(statusName(c).toUpper(), c.title, c.detail));
            }
            if (m_args.format == QLatin1String("json"))
                out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("checks"), arr},
                                                                {QStringLiteral("failed"), failed},
                                                                {QStringLiteral("planErrors"), QJsonArray::fromStringList(m_plan.errors)}})
                                          .toJson(QJsonDocument::Indented))
                        .trimmed());
            else if (!m_plan.canApply())
                out(QStringLiteral("Not verified: the plan has %1 error(s), so the tenant cannot match the profile.")
                        .arg(m_plan.errors.size()));
            else if (failed > 0 && failed == unconfirmed)
                out(QStringLiteral("%1 manual step(s) not yet confirmed; confirm each once done by hand "
                                   "(banister-cli apply --confirm STEP-ID).")
                        .arg(unconfirmed));
            else if (failed > 0)
                out(QStringLiteral("%1 check(s) failed.").arg(failed));
            else
                out(warnings == 0 ? QStringLiteral("Verified: the tenant matches the profile.")
                                  : QStringLiteral("Verified: the tenant matches the profile; %1 warning(s) name what the "
                                                   "admin still has to do.")
                                        .arg(warnings));
            if (m_args.format == QLatin1String("text") && m_plan.canApply() && failed == unconfirmed) {
                const QJsonObject journal = ApplyJournal::load(journalPath()).toJson();
                for (const QString& line : ManualGuide::whatToExpect(m_profile, journal, QDateTime::currentDateTimeUtc()))
                    out(QStringLiteral("Next: ") + line);
            }
            quit(!m_plan.canApply() ? 1 : failed > 0 ? 2 : 0);
        });
        m_verifier.setJournalPath(journalPath());
        m_verifier.run(m_profile);
    }

    bool undoing() const { return m_args.command == QLatin1String("undo"); }

    void undo()
    {
        QString error;
        const ApplyJournal journal = ApplyJournal::load(m_args.journal, &error);
        if (journal.outcome().isEmpty())
            return fail(QStringLiteral("--journal %1: %2").arg(m_args.journal, error));
        if (journal.tenant() != m_tenant.subdomain)
            return fail(QStringLiteral("--journal %1 is the apply on \"%2\", not on this tenant (\"%3\")")
                            .arg(m_args.journal, journal.tenant(), m_tenant.subdomain));
        connect(&m_undo, &UndoPlanner::finished, this, [this](const Plan& reverse) {
            m_plan = reverse;
            m_plan.tenant = m_tenant;
            printPlan(m_plan);
            if (!m_args.undoApply)
                return quit(!m_plan.canApply() ? 1 : m_plan.isEmpty() ? 0 : 2);
            if (!m_plan.canApply())
                return quit(1);
            apply();
        });
        m_undo.run(journal, m_args.force);
    }

    void writeReport()
    {
        // The latest apply on this tenant is what the report is evidence of (--journal to choose another).
        QString journalError;
        const ApplyJournal journal = ApplyJournal::load(journalPath(), &journalError);
        const bool ours = !journal.outcome().isEmpty() && journal.tenant() == m_tenant.subdomain;
        if (!ours && !m_args.journal.isEmpty())
            return fail(QStringLiteral("--journal %1: %2").arg(m_args.journal,
                                                               journalError.isEmpty() ? QStringLiteral("it is for tenant \"%1\"").arg(journal.tenant())
                                                                                      : journalError));
        ReportData d = reportData(m_profile, m_tenant, m_gsUrl, m_plan, m_checks, true, ours ? journal.toJson() : QJsonObject{});
        const auto finish = [this](ReportData data) {
            const QString error = ReportBuilder(data).write(m_args.output);
            if (!error.isEmpty())
                return fail(error);
            out(QStringLiteral("Report written to %1").arg(QFileInfo(m_args.output).absoluteFilePath()));
            quit(0);
        };
        if (!m_profile.crm || !m_profile.crm->syncAccounts)
            return finish(d);
        // How many accounts the CRM filter matches now, typed by the Company describe.
        ApiJob* describe = m_client.describeCompany();
        connect(describe, &ApiJob::finished, this, [this, d, finish](const ApiResult& r) mutable {
            const QList<CompanyField> fields = companyFieldsFromJson(r.data[QStringLiteral("fields")].toArray());
            const QJsonObject where = m_profile.crm->filterMode == QLatin1String("specific")
                ? filterWhere(fields, m_profile.crm->rows, m_profile.crm->combine)
                : QJsonObject{};
            ApiJob* count = m_client.countCompanies(where);
            connect(count, &ApiJob::finished, this, [d, finish](const ApiResult& c) mutable {
                if (c.ok())
                    d.matchingAccounts = TenantClient::countFrom(c.data);
                finish(d);
            });
        });
    }

    void fail(const QString& message)
    {
        err(message);
        quit(1);
    }

    void quit(int code)
    {
        if (m_sandbox && m_args.sandboxPublicApiOnly) // evidence that a real tenant would have answered everything
            err(QStringLiteral("sandbox: %1 request(s) to sandbox-only routes").arg(m_sandbox->tenant().sandboxOnlyRequests().size()));
        m_exit = code;
        QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
    }

    Args m_args;
    TenantClient m_client;
    CredentialStore m_store;
    Engine m_engine;
    Planner m_planner;
    Applier m_applier;
    Verifier m_verifier;
    UndoPlanner m_undo;
    Capturer m_capture;
    DirectoryReader m_directory;
    QStringList m_resolveErrors, m_resolveWarnings;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    Profile m_profile;
    TenantInfo m_tenant;
    Plan m_plan;
    QList<VerifyCheck> m_checks;
    QString m_gsUrl, m_scUrl;
    QTimer m_interruptPoll;
    int m_exit = 1;
};

void onSigint(int)
{
    if (g_interrupts.fetch_add(1) >= 1)
        std::_Exit(130);
}

} // namespace

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
        std::fputs(a.size() > 2 && isCommand(a.at(1)) ? qPrintable(commandHelp(a.at(1))) : kUsage, stdout);
        return 0;
    }
    if (a.contains(QStringLiteral("--version"))) {
        std::printf("banister-cli %s\n", BANISTER_VERSION);
        return 0;
    }
    Args args;
    QString error;
    if (!parse(a, args, error)) {
        err(error);
        std::fputs(kUsage, stderr);
        return 1;
    }
    if (!args.check.isEmpty()) {
        QFile f(args.check);
        if (!QFileInfo(args.check).isFile() || QFileInfo(args.check).size() > (256 << 20) || !f.open(QIODevice::ReadOnly)) {
            err(QStringLiteral("%1: cannot read the report (%2)").arg(args.check, f.errorString()));
            return 1;
        }
        const QByteArray bytes = f.readAll();
        const QString problem = ReportBuilder::check(bytes);
        if (!problem.isEmpty()) {
            err(QStringLiteral("%1: %2").arg(args.check, problem));
            return 1;
        }
        std::printf("%s: intact (%s)\n", qPrintable(args.check),
                    qPrintable(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("digest")).toString()));
        return 0;
    }
    std::signal(SIGINT, onSigint);
    Cli cli(args);
    QTimer::singleShot(0, &cli, [&cli] { cli.start(); });
    return app.exec();
}
