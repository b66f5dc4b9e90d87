// The Banister GUI: the only composition root. It wires the Session (client, keychain, models), the wizard and,
// on request, the embedded sandbox tenant. Nothing touches the keychain, D-Bus or the network before the first
// window is shown.
#include "SetupWizard.h"
#include "core/Log.h"
#include "core/Translations.h"
#include "engine/SandboxTuning.h"
#include "engine/Session.h"
#include "sandbox/EmbeddedSandbox.h"
#include "widgets/BandedScrollBarStyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTimer>
#include <cstdio>

using namespace banister;

namespace {
struct Options
{
    bool sandbox = false;
    bool publicApiOnly = false; // the embedded sandbox answers 404 on its sandbox-only routes, as a real tenant
    QString scenario = QStringLiteral("ready");
    QString lang;
    QString screenshot;
};

// What --help prints; parseArgs() reads the same options with QCommandLineParser.
const char* const kUsage
    = "Usage: banister [--sandbox[=SCENARIO]] [--lang CODE]\n"
      "  --sandbox[=SCENARIO]  start the built-in sandbox tenant and connect to it\n"
      "                        (scenarios: ready, salesforce-primary, no-staircase-subscription,\n"
      "                        ai-followup, not-admin, messy-users, large, flaky)\n"
      "  --sandbox-public-api-only  the sandbox answers only the routes shaped after Gainsight's\n"
      "                        documented REST: the rest of the setup becomes guided manual steps\n"
      "  --lang CODE           user interface language: en, de, fr or ja (default: the system's)\n"
      "  --screenshot FILE     save a PNG of the window two seconds after start (headless checks)\n";

// The argument QCommandLineParser refused: an unknown option, a value given to a switch, or a value option last on
// the line without its value.
QString refusedArgument(const QStringList& list, const QCommandLineParser& p)
{
    const QStringList unknown = p.unknownOptionNames();
    for (int i = 1; i < list.size(); ++i) {
        const QString& a = list.at(i);
        if (!a.startsWith(QLatin1Char('-')))
            continue;
        const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1).section(QLatin1Char('='), 0, 0);
        const bool takesValue = name == QLatin1String("lang") || name == QLatin1String("screenshot");
        if (unknown.contains(name) || (a.contains(QLatin1Char('=')) && !takesValue)
            || (takesValue && !a.contains(QLatin1Char('=')) && i + 1 == list.size()))
            return a;
        if (takesValue && !a.contains(QLatin1Char('=')))
            ++i;
    }
    return list.constLast();
}

enum class Parsed { Run, Help, Version, Error };

// Reads banister's arguments with QCommandLineParser. --sandbox=SCENARIO is the switch plus a scenario, which the
// parser has no form for. --help and --version win over anything else on the line, as in banister-cli; a problem
// is named in the words banister has always used (unknown argument "…", unknown sandbox scenario "…").
Parsed parseArgs(const QStringList& args, Options& o, QString& error)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, {});
    const QCommandLineOption version(QStringLiteral("version"), {});
    const QCommandLineOption sandbox(QStringLiteral("sandbox"), {});
    const QCommandLineOption publicApiOnly(QStringLiteral("sandbox-public-api-only"), {});
    const QCommandLineOption lang(QStringLiteral("lang"), {}, QStringLiteral("CODE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), {}, QStringLiteral("FILE"));
    p.addOptions({ help, version, sandbox, publicApiOnly, lang, screenshot });

    QStringList list { args.value(0) };
    QString badScenario;
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if ((a == QLatin1String("--lang") || a == QLatin1String("--screenshot")) && i + 1 < args.size()) {
            list << a << args.at(++i); // the value as given, whatever it looks like
        } else if (a.startsWith(QLatin1String("--sandbox="))) {
            list << QStringLiteral("--sandbox");
            o.scenario = a.mid(10);
            if (badScenario.isEmpty() && !sandbox::knownScenarios().contains(o.scenario))
                badScenario = o.scenario;
        } else {
            list << a;
        }
    }
    const bool parsed = p.parse(list);
    if (p.isSet(help))
        return Parsed::Help;
    if (p.isSet(version))
        return Parsed::Version;
    if (!parsed) {
        error = QStringLiteral("unknown argument \"%1\"").arg(refusedArgument(list, p));
        return Parsed::Error;
    }
    if (!p.positionalArguments().isEmpty()) {
        error = QStringLiteral("unknown argument \"%1\"").arg(p.positionalArguments().constFirst());
        return Parsed::Error;
    }
    if (!badScenario.isEmpty()) {
        error = QStringLiteral("unknown sandbox scenario \"%1\"").arg(badScenario);
        return Parsed::Error;
    }
    o.sandbox = p.isSet(sandbox);
    o.publicApiOnly = p.isSet(publicApiOnly);
    o.lang = p.value(lang);
    o.screenshot = p.value(screenshot);
    return Parsed::Run;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Banister"));
    QApplication::setApplicationName(QStringLiteral("Banister"));
    QApplication::setApplicationVersion(QStringLiteral(BANISTER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(BANISTER_APP_ID));
    BandedScrollBarStyle::install();

    Options opts;
    QString error;
    switch (parseArgs(app.arguments(), opts, error)) {
    case Parsed::Help:
        std::fputs(kUsage, stdout);
        return 0;
    case Parsed::Version:
        std::printf("banister %s\n", BANISTER_VERSION);
        return 0;
    case Parsed::Error:
        std::fprintf(stderr, "banister: %s\n%s", qPrintable(error), kUsage);
        return 2;
    case Parsed::Run:
        break;
    }
    const bool pseudo = opts.lang == QLatin1String("pseudo"); // English 40 % longer, for checking layouts
    const QLocale locale = opts.lang.isEmpty() || pseudo ? QLocale() : QLocale(opts.lang);
    QLocale::setDefault(locale);
    if (pseudo)
        installPseudoTranslation(app);
    else if (!installTranslations(app, locale) && !opts.lang.isEmpty())
        std::fprintf(stderr, "banister: no translation for \"%s\"; showing English (translations: de, fr, ja)\n",
                     qPrintable(opts.lang));

    Session session;
    sandbox::EmbeddedSandbox embedded;
    SetupWizard wizard(&session, nullptr, SetupWizard::Pages::AfterFirstPaint);
    ConnectionModel* connection = session.connection();

    sandbox::SandboxOptions started; // what the embedded sandbox was started with
    const auto startSandbox
        = [&embedded, &started, connection, publicApiOnly = opts.publicApiOnly](const QString& scenario) {
              if (embedded.isRunning()) {
                  connection->useSandbox(embedded.url().toString(), embedded.accessKey(), embedded.staircaseToken(),
                                         embedded.scenario());
                  return;
              }
              started = sandbox::forScenario(scenario);
              started.publicApiOnly = publicApiOnly;
              embedded.start(started);
          };
    QObject::connect(
        &embedded, &sandbox::EmbeddedSandbox::started, connection,
        [&embedded, &session, &started, connection](const QUrl& url, const QString& key, const QString& token) {
            tuneForSandbox(*session.engine(), *session.client(), started.dataRate.windows(),
                           started.userWriteRate.windows(), SandboxUse::Wizard);
            connection->useSandbox(url.toString(), key, token, embedded.scenario());
        });
    QObject::connect(&embedded, &sandbox::EmbeddedSandbox::failed, connection, [connection](const QString& e) {
        connection->cancel();
        qCWarning(lcUi).noquote() << e;
    });
    QObject::connect(connection, &ConnectionModel::sandboxRequested, &embedded, startSandbox);

    wizard.show();
    // Everything that may block or talk to other processes starts after the first paint.
    QTimer::singleShot(0, &wizard, [&] {
        if (opts.sandbox)
            connection->requestSandbox(opts.scenario);
        else
            connection->restoreSaved();
    });
    if (!opts.screenshot.isEmpty()) {
        QTimer::singleShot(2000, &wizard, [&wizard, file = opts.screenshot] {
            if (!wizard.grab().save(file))
                qCWarning(lcUi).noquote() << "could not write" << file;
        });
    }
    return app.exec();
}
