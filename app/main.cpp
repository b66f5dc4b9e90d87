// The Banister GUI: the only composition root. It wires the Session (client, keychain, models), the wizard and,
// on request, the embedded sandbox tenant. Nothing touches the keychain, D-Bus or the network before the first
// window is shown.
#include "SetupWizard.h"
#include "core/Log.h"
#include "core/Translations.h"
#include "engine/Session.h"
#include "sandbox/EmbeddedSandbox.h"

#include <QApplication>
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

const char* const kUsage = "Usage: banister [--sandbox[=SCENARIO]] [--lang CODE]\n"
                           "  --sandbox[=SCENARIO]  start the built-in sandbox tenant and connect to it\n"
                           "                        (scenarios: ready, salesforce-primary, no-staircase-subscription,\n"
                           "                        ai-followup, not-admin, messy-users, large, flaky)\n"
                           "  --sandbox-public-api-only  the sandbox answers only the routes shaped after Gainsight's\n"
                           "                        documented REST: the rest of the setup becomes guided manual steps\n"
                           "  --lang CODE           user interface language: en, de, fr or ja (default: the system's)\n"
                           "  --screenshot FILE     save a PNG of the window two seconds after start (headless checks)\n";

bool parseArgs(const QStringList& args, Options& o, QString& error)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--sandbox")) {
            o.sandbox = true;
        } else if (a.startsWith(QLatin1String("--sandbox="))) {
            o.sandbox = true;
            o.scenario = a.mid(10);
            if (!sandbox::knownScenarios().contains(o.scenario)) {
                error = QStringLiteral("unknown sandbox scenario \"%1\"").arg(o.scenario);
                return false;
            }
        } else if (a == QLatin1String("--sandbox-public-api-only")) {
            o.publicApiOnly = true;
        } else if (a == QLatin1String("--lang") && i + 1 < args.size()) {
            o.lang = args.at(++i);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            o.lang = a.mid(7);
        } else if (a == QLatin1String("--screenshot") && i + 1 < args.size()) {
            o.screenshot = args.at(++i);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            std::fputs(kUsage, stdout);
            std::exit(0);
        } else if (a == QLatin1String("--version")) {
            std::printf("banister %s\n", BANISTER_VERSION);
            std::exit(0);
        } else {
            error = QStringLiteral("unknown argument \"%1\"").arg(a);
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Banister"));
    QApplication::setApplicationName(QStringLiteral("Banister"));
    QApplication::setApplicationVersion(QStringLiteral(BANISTER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(BANISTER_APP_ID));

    Options opts;
    QString error;
    if (!parseArgs(app.arguments(), opts, error)) {
        std::fprintf(stderr, "banister: %s\n%s", qPrintable(error), kUsage);
        return 2;
    }
    const QLocale locale = opts.lang.isEmpty() ? QLocale() : QLocale(opts.lang);
    QLocale::setDefault(locale);
    if (!installTranslations(app, locale) && !opts.lang.isEmpty())
        std::fprintf(stderr, "banister: no translation for \"%s\"; showing English (translations: de, fr, ja)\n",
                     qPrintable(opts.lang));

    Session session;
    sandbox::EmbeddedSandbox embedded;
    SetupWizard wizard(&session, nullptr, SetupWizard::Pages::AfterFirstPaint);
    ConnectionModel* connection = session.connection();

    const auto startSandbox = [&embedded, connection, publicApiOnly = opts.publicApiOnly](const QString& scenario) {
        if (embedded.isRunning()) {
            connection->useSandbox(embedded.url().toString(), embedded.accessKey(), embedded.staircaseToken(),
                                   embedded.scenario());
            return;
        }
        sandbox::SandboxOptions o = sandbox::forScenario(scenario);
        o.publicApiOnly = publicApiOnly;
        embedded.start(o);
    };
    QObject::connect(&embedded, &sandbox::EmbeddedSandbox::started, connection,
                     [&embedded, &session, connection](const QUrl& url, const QString& key, const QString& token) {
                         // The sandbox's support desk answers within seconds, a real one within days.
                         session.engine()->activation()->setSupportPolling(200, 20);
                         // Pace to the sandbox's own limits (data 100/min, user writes 600/min), not a real tenant's.
                         session.client()->setRateLimit(TenantClient::RateClass::UserWrites, 600, 60000);
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
