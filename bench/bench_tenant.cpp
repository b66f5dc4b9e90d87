// Sandbox and TenantClient figures (issue: foundation acceptance):
//   sandbox_start_large  seeding the `large` world (200 000 accounts, 20 000 users); goal < 5000 ms
//   count_large          filtered COUNT over 200 000 accounts through TenantClient over HTTP; goal < 100 ms
//   loopback_get/_post   one small request through TenantClient to a loopback sandbox; goal p50 ≤ 5 ms, p95 ≤ 20 ms
// The sandbox runs on its own thread (EmbeddedSandbox), as in the app.
#include "BenchUtil.h"
#include "net/TenantClient.h"
#include "sandbox/EmbeddedSandbox.h"
#include "sandbox/SandboxTenant.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace banister;
using banister::bench::line;
using banister::bench::spinUntil;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// Runs `make` n times sequentially, returning each round trip in ms; aborts on the first error.
std::vector<double> timeRequests(int n, const std::function<ApiJob*()>& make)
{
    std::vector<double> ms;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        ApiJob* job = make();
        QEventLoop loop;
        bool ok = false;
        QObject::connect(job, &ApiJob::finished, &loop, [&](const ApiResult& r) {
            ok = r.ok();
            if (!ok)
                std::fprintf(stderr, "request failed: %s\n", qPrintable(r.error.message()));
            loop.quit();
        });
        loop.exec();
        if (!ok)
            std::exit(1);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return ms;
}

QJsonObject stats(const char* name, const std::vector<double>& ms, double goalP50, double goalP95)
{
    return QJsonObject { { QStringLiteral("bench"), QLatin1String(name) },
                         { QStringLiteral("n"), int(ms.size()) },
                         { QStringLiteral("p50_ms"), std::round(percentile(ms, 0.5) * 100) / 100 },
                         { QStringLiteral("p95_ms"), std::round(percentile(ms, 0.95) * 100) / 100 },
                         { QStringLiteral("max_ms"), std::round(*std::max_element(ms.begin(), ms.end()) * 100) / 100 },
                         { QStringLiteral("goal_p50_ms"), goalP50 },
                         { QStringLiteral("goal_p95_ms"), goalP95 } };
}

bool startSandbox(sandbox::EmbeddedSandbox& s, const QString& scenario)
{
    sandbox::SandboxOptions o;
    o.scenario = scenario;
    o.dataRate = {};
    QEventLoop loop;
    QObject::connect(&s, &sandbox::EmbeddedSandbox::started, &loop, &QEventLoop::quit);
    QObject::connect(&s, &sandbox::EmbeddedSandbox::failed, &loop, &QEventLoop::quit);
    s.start(o);
    loop.exec();
    return s.isRunning();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);

    {
        QElapsedTimer t;
        t.start();
        sandbox::SandboxOptions o;
        o.scenario = QStringLiteral("large");
        sandbox::SandboxTenant tenant(o);
        line({ { QStringLiteral("bench"), QStringLiteral("sandbox_start_large") },
               { QStringLiteral("ms"), double(t.elapsed()) },
               { QStringLiteral("accounts"), tenant.data().companyCount() },
               { QStringLiteral("users"), int(tenant.data().users().size()) },
               { QStringLiteral("goal_ms"), 5000 } });
    }

    sandbox::EmbeddedSandbox large;
    if (!startSandbox(large, QStringLiteral("large")))
        return 1;
    TenantClient client;
    client.setRateLimit(TenantClient::RateClass::Data, 0, 60000); // measure latency, not the pacing
    client.setGainsight(large.url().toString(), large.accessKey());
    const QJsonObject where {
        { QStringLiteral("conditions"),
          QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Status") },
                                     { QStringLiteral("alias"), QStringLiteral("A") },
                                     { QStringLiteral("operator"), QStringLiteral("IN") },
                                     { QStringLiteral("value"),
                                       QJsonArray { QStringLiteral("Active"), QStringLiteral("Onboarding") } } },
                       QJsonObject { { QStringLiteral("name"), QStringLiteral("Region") },
                                     { QStringLiteral("alias"), QStringLiteral("B") },
                                     { QStringLiteral("operator"), QStringLiteral("IN") },
                                     { QStringLiteral("value"),
                                       QJsonArray { QStringLiteral("EMEA"), QStringLiteral("APAC") } } } } },
        { QStringLiteral("expression"), QStringLiteral("A AND B") }
    };
    timeRequests(5, [&] { return client.countCompanies(where); }); // warm-up: connection set up
    line(stats("count_large", timeRequests(200, [&] { return client.countCompanies(where); }), 60, 100));

    line(stats("loopback_get", timeRequests(500, [&] { return client.tenantInfo(); }), 5, 20));
    const QJsonObject smallQuery { { QStringLiteral("select"), QJsonArray { QStringLiteral("Name") } },
                                   { QStringLiteral("limit"), 1 } };
    line(stats("loopback_post", timeRequests(500, [&] { return client.queryCompany(smallQuery); }), 5, 20));
    return 0;
}
