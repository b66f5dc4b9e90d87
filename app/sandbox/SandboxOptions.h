#pragma once

#include "core/RateWindows.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace banister::sandbox {

// A fixed-window rate limit (core/RateWindows): `calls` per window of `periodMs`, and at most `perDay` calls per UTC
// day (0: no daily cap); calls == 0 and perDay == 0 means unlimited.
struct RateLimit
{
    int calls = 0;
    qint64 periodMs = 60000;
    int perDay = 0;
    bool unlimited() const { return calls <= 0 && perDay <= 0; }
    RateWindows windows() const { return { { calls, periodMs }, { perDay, kDayMs } }; }
};

// Everything that shapes one sandbox tenant: which seeded world, how strict, how faulty.
struct SandboxOptions
{
    QString scenario = QStringLiteral("ready");
    quint32 seed = 1;
    RateLimit dataRate { 100, kMinuteMs, 50000 }; // documented real-tenant data API limits
    RateLimit userWriteRate { 600, kMinuteMs }; // sandbox default so demos finish (real tenants: 100/h and 1 000/day)
    int latencyMs = 0;
    double fault5xx = 0.0;
    double faultDrop = 0.0;
    double faultMalformed = 0.0;
    QString subdomain; // another tenant's subdomain (and name) instead of "northwind": replay tests
    QString layoutIdPrefix; // prefix for the seeded layouts' ids, so a second tenant's ids differ from the first's
    bool publicApiOnly = false; // answer 404 on every sandbox-only route, as a real tenant would
    QString statePath; // where configuration changes persist across restarts (empty: memory only)
    QString accessKey; // empty: generated at start
    QString staircaseToken; // empty: generated at start
};

// What a scenario makes of the seeded world (SandboxData::generate builds it); the defaults are "ready".
struct ScenarioWorld
{
    int companies = 2400;
    int users = 160;
    QString primaryCrm = QStringLiteral("Gainsight");
    bool staircaseSubscription = true;
    bool aiFollowUp = false;
    bool messyUsers = false; // usernames that differ from emails, invalid emails, inactive users, roles already held
    bool callerIsAdmin = true; // false: the key belongs to an ordinary CSM and the token to no Staircase Admin
};

// Every scenario is defined in one table (SandboxOptions.cpp) that these four read.
QStringList knownScenarios();
QString scenarioDescription(const QString& scenario);
// The options every entry point (banister-sandbox, banister --sandbox, banister-cli --sandbox) starts from, so
// "flaky" injects the same faults everywhere.
SandboxOptions forScenario(const QString& scenario, quint32 seed = 1);
// The seeded world of a scenario; an unknown name gives "ready"'s.
ScenarioWorld scenarioWorld(const QString& scenario);

// Parses "data=100/min,users=100/h+1000/day" into opts; units s, min, h, day; "+N/day" adds a daily cap.
Result<bool> parseRateSpec(const QString& spec, SandboxOptions& opts);

} // namespace banister::sandbox
