#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace banister::sandbox {

// A rate limit of `calls` per `periodMs`; calls == 0 means unlimited.
struct RateLimit
{
    int calls = 0;
    qint64 periodMs = 60000;
    bool unlimited() const { return calls <= 0; }
};

// Everything that shapes one sandbox tenant: which seeded world, how strict, how faulty.
struct SandboxOptions
{
    QString scenario = QStringLiteral("ready");
    quint32 seed = 1;
    RateLimit dataRate{100, 60000};      // documented real-tenant data API limit
    RateLimit userWriteRate{600, 60000}; // sandbox default so demos finish (real tenants: 100/h)
    int latencyMs = 0;
    double fault5xx = 0.0;
    double faultDrop = 0.0;
    double faultMalformed = 0.0;
    QString subdomain;      // another tenant's subdomain (and name) instead of "northwind": replay tests
    QString layoutIdPrefix; // prefix for the seeded layouts' ids, so a second tenant's ids differ from the first's
    QString statePath;      // where configuration changes persist across restarts (empty: memory only)
    QString accessKey;      // empty: generated at start
    QString staircaseToken; // empty: generated at start
};

QStringList knownScenarios();
// The one place a scenario's tuning is defined: every entry point (banister-sandbox, banister --sandbox,
// banister-cli --sandbox) starts from these options, so "flaky" injects the same faults everywhere.
SandboxOptions forScenario(const QString& scenario, quint32 seed = 1);
QString scenarioDescription(const QString& scenario);

// Parses "data=100/min,users=100/h" into opts; units s, min, h, day.
Result<bool> parseRateSpec(const QString& spec, SandboxOptions& opts);

} // namespace banister::sandbox
