// banister-sandbox: the sandbox tenant as a standalone HTTP server on loopback.
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace banister::sandbox;

namespace {
int fail(const QString& text)
{
    std::fprintf(stderr, "banister-sandbox: %s\n", qPrintable(text));
    return 2;
}

#ifdef Q_OS_UNIX
int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char b = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[0], &b, 1);
}

// SIGINT and SIGTERM end the event loop normally, so the server is destroyed and writes its last state.
void quitOnSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}
#endif

bool parseRatio(const QCommandLineParser& p, const QString& name, double& out, QString& err)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    out = p.value(name).toDouble(&ok);
    if (!ok || out < 0.0 || out > 1.0) {
        err = QStringLiteral("--%1 takes a ratio from 0 to 1, e.g. 0.2 (got \"%2\")").arg(name, p.value(name));
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("banister-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BANISTER_VERSION));

    QStringList scenarioHelp;
    for (const QString& s : knownScenarios())
        scenarioHelp << QStringLiteral("  %1 — %2").arg(s, scenarioDescription(s));
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral(
            "The Banister sandbox tenant: a Gainsight CS + Staircase AI tenant on loopback with seeded data.\n"
            "Scenarios:\n%1")
            .arg(scenarioHelp.join(QLatin1Char('\n'))));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        { QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0 = any free port)."), QStringLiteral("N"),
          QStringLiteral("0") },
        { QStringLiteral("scenario"), QStringLiteral("Seeded world to serve (see above)."), QStringLiteral("NAME"),
          QStringLiteral("ready") },
        { QStringLiteral("seed"), QStringLiteral("Seed for data and faults."), QStringLiteral("N"),
          QStringLiteral("1") },
        { QStringLiteral("print-key"),
          QStringLiteral("Print BANISTER_ACCESS_KEY=… and BANISTER_STAIRCASE_TOKEN=… lines.") },
        { QStringLiteral("rate"),
          QStringLiteral("Fixed-window rate limits, e.g. data=100/min,users=100/h+1000/day (units s, min, h, day; "
                         "+N/day adds a daily cap; 0 = unlimited)."),
          QStringLiteral("SPEC") },
        { QStringLiteral("latency"), QStringLiteral("Delay every response by MS milliseconds."), QStringLiteral("MS") },
        { QStringLiteral("fault-5xx"), QStringLiteral("Ratio of requests answered with 500/502/503."),
          QStringLiteral("RATIO") },
        { QStringLiteral("fault-drop"), QStringLiteral("Ratio of connections dropped after the request was handled."),
          QStringLiteral("RATIO") },
        { QStringLiteral("fault-malformed"), QStringLiteral("Ratio of responses cut off mid-JSON."),
          QStringLiteral("RATIO") },
        { QStringLiteral("state"), QStringLiteral("Keep configuration changes in FILE across restarts."),
          QStringLiteral("FILE") },
        { QStringLiteral("subdomain"), QStringLiteral("Serve another tenant: this subdomain instead of northwind."),
          QStringLiteral("NAME") },
        { QStringLiteral("layout-id-prefix"),
          QStringLiteral("Prefix the seeded layouts' ids (a second tenant whose ids differ)."),
          QStringLiteral("PREFIX") },
        { QStringLiteral("public-api-only"),
          QStringLiteral("Answer 404 on every sandbox-only route, as a real tenant would: only the routes shaped after "
                         "Gainsight's documented REST remain.") },
    });
    p.process(app);

    const QString scenario = p.value(QStringLiteral("scenario"));
    if (!knownScenarios().contains(scenario))
        return fail(QStringLiteral("unknown scenario \"%1\"; known: %2")
                        .arg(scenario, knownScenarios().join(QStringLiteral(", "))));
    bool ok = false;
    const uint seed = p.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed takes a whole number ≥ 0"));
    SandboxOptions opts = forScenario(scenario, seed);
    const int scenarioLatency = opts.latencyMs;
    const uint port = p.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QStringLiteral("--port takes a number from 0 to 65535"));
    if (p.isSet(QStringLiteral("rate"))) {
        auto r = parseRateSpec(p.value(QStringLiteral("rate")), opts);
        if (!r)
            return fail(QStringLiteral("--rate: %1").arg(r.error()));
    }
    if (p.isSet(QStringLiteral("latency"))) {
        opts.latencyMs = p.value(QStringLiteral("latency")).toInt(&ok);
        if (!ok || opts.latencyMs < 0 || opts.latencyMs > 600000)
            return fail(QStringLiteral("--latency takes milliseconds from 0 to 600000"));
    }
    opts.latencyMs = std::max(opts.latencyMs, scenarioLatency);
    opts.subdomain = p.value(QStringLiteral("subdomain"));
    opts.layoutIdPrefix = p.value(QStringLiteral("layout-id-prefix"));
    opts.publicApiOnly = p.isSet(QStringLiteral("public-api-only"));
    QString err;
    if (!parseRatio(p, QStringLiteral("fault-5xx"), opts.fault5xx, err)
        || !parseRatio(p, QStringLiteral("fault-drop"), opts.faultDrop, err)
        || !parseRatio(p, QStringLiteral("fault-malformed"), opts.faultMalformed, err))
        return fail(err);

    QElapsedTimer t;
    t.start();
    opts.statePath = p.value(QStringLiteral("state"));
    SandboxServer server(opts);
    const QString stateError = server.loadState();
    if (!stateError.isEmpty())
        return fail(QStringLiteral("--state %1: %2").arg(opts.statePath, stateError));
    if (server.listen(quint16(port)) == 0)
        return fail(QStringLiteral("could not listen on 127.0.0.1:%1 (is the port in use?)").arg(port));
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    if (p.isSet(QStringLiteral("print-key"))) {
        std::printf("BANISTER_ACCESS_KEY=%s\n", qPrintable(server.accessKey()));
        std::printf("BANISTER_STAIRCASE_TOKEN=%s\n", qPrintable(server.staircaseToken()));
    }
    std::fflush(stdout);
    std::fprintf(stderr, "scenario %s, seed %u, %d accounts, %d users, ready in %lld ms\n", qPrintable(opts.scenario),
                 seed, server.tenant().data().companyCount(), int(server.tenant().data().users().size()),
                 static_cast<long long>(t.elapsed()));
#ifdef Q_OS_UNIX
    quitOnSignals(app);
#endif
    return app.exec();
}
