#include "sandbox/SandboxOptions.h"

#include <vector>

namespace banister::sandbox {

namespace {
struct Faults
{
    int latencyMs = 0;
    double fault5xx = 0.0;
    double faultDrop = 0.0;
    double faultMalformed = 0.0;
};

struct Scenario
{
    const char* name;
    const char* description;
    ScenarioWorld world;
    Faults faults;
};

ScenarioWorld world(void (*change)(ScenarioWorld&))
{
    ScenarioWorld w;
    change(w);
    return w;
}

// The one definition of every scenario, in the order banister-sandbox --help lists them.
const std::vector<Scenario>& scenarios()
{
    static const std::vector<Scenario> table {
        { "ready", "everything in place, Gainsight primary CRM, caller is super admin (default)", {}, {} },
        { "salesforce-primary",
          "Salesforce is the primary CRM: the direct SFDC route applies",
          world([](ScenarioWorld& w) { w.primaryCrm = QStringLiteral("Salesforce"); }),
          {} },
        { "no-staircase-subscription",
          "no Staircase AI subscription",
          world([](ScenarioWorld& w) { w.staircaseSubscription = false; }),
          {} },
        { "ai-followup",
          "AI Follow-Up is active: the connection is upgraded by support",
          world([](ScenarioWorld& w) { w.aiFollowUp = true; }),
          {} },
        { "not-admin",
          "the access key and token belong to a non-admin user",
          world([](ScenarioWorld& w) { w.callerIsAdmin = false; }),
          {} },
        { "messy-users",
          "usernames that differ from emails, invalid emails, inactive users and Viewer licenses with Staircase roles",
          world([](ScenarioWorld& w) { w.messyUsers = true; }),
          {} },
        { "large",
          "200 000 accounts, 20 000 users",
          world([](ScenarioWorld& w) {
              w.companies = 200000;
              w.users = 20000;
          }),
          {} },
        { "flaky",
          "like ready, with latency, 5xx, dropped connections and malformed JSON injected",
          {},
          Faults { 30, 0.1, 0.05, 0.05 } },
    };
    return table;
}

const Scenario* find(const QString& name)
{
    for (const Scenario& s : scenarios())
        if (name == QLatin1String(s.name))
            return &s;
    return nullptr;
}
} // namespace

QStringList knownScenarios()
{
    QStringList names;
    for (const Scenario& s : scenarios())
        names << QLatin1String(s.name);
    return names;
}

QString scenarioDescription(const QString& scenario)
{
    const Scenario* s = find(scenario);
    return s ? QString::fromUtf8(s->description) : QString();
}

SandboxOptions forScenario(const QString& scenario, quint32 seed)
{
    SandboxOptions o;
    o.scenario = scenario;
    o.seed = seed;
    if (const Scenario* s = find(scenario)) {
        o.latencyMs = s->faults.latencyMs;
        o.fault5xx = s->faults.fault5xx;
        o.faultDrop = s->faults.faultDrop;
        o.faultMalformed = s->faults.faultMalformed;
    }
    return o;
}

ScenarioWorld scenarioWorld(const QString& scenario)
{
    const Scenario* s = find(scenario);
    return s ? s->world : ScenarioWorld {};
}

Result<bool> parseRateSpec(const QString& spec, SandboxOptions& opts)
{
    SandboxOptions out = opts;
    const auto parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Result<bool>::failure(QStringLiteral("empty rate specification"));
    const auto unitMs = [](const QString& unit) -> qint64 {
        if (unit == QLatin1String("s"))
            return 1000;
        if (unit == QLatin1String("min"))
            return kMinuteMs;
        if (unit == QLatin1String("h"))
            return kHourMs;
        if (unit == QLatin1String("day"))
            return kDayMs;
        return 0;
    };
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Result<bool>::failure(QStringLiteral("\"%1\": expected CLASS=N/UNIT, e.g. data=100/min").arg(part));
        const QString cls = part.left(eq);
        RateLimit limit { 0, kMinuteMs, 0 };
        const QStringList windows = part.mid(eq + 1).split(QLatin1Char('+'));
        for (int i = 0; i < windows.size(); ++i) {
            const QString& w = windows.at(i);
            const int slash = w.indexOf(QLatin1Char('/'));
            if (slash <= 0)
                return Result<bool>::failure(
                    QStringLiteral("\"%1\": expected CLASS=N/UNIT, e.g. data=100/min").arg(part));
            bool ok = false;
            const int calls = w.left(slash).toInt(&ok);
            if (!ok || calls < 0)
                return Result<bool>::failure(QStringLiteral("\"%1\": the count must be a whole number ≥ 0").arg(part));
            const qint64 period = unitMs(w.mid(slash + 1));
            if (period == 0)
                return Result<bool>::failure(QStringLiteral("\"%1\": unit must be s, min, h or day").arg(part));
            if (i == 0) {
                limit.calls = calls;
                limit.periodMs = period;
            } else if (i == 1 && period == kDayMs) {
                limit.perDay = calls;
            } else {
                return Result<bool>::failure(
                    QStringLiteral("\"%1\": only a daily cap may follow the window, e.g. users=100/h+1000/day")
                        .arg(part));
            }
        }
        if (cls == QLatin1String("data"))
            out.dataRate = limit;
        else if (cls == QLatin1String("users"))
            out.userWriteRate = limit;
        else
            return Result<bool>::failure(QStringLiteral("\"%1\": class must be data or users").arg(part));
    }
    opts = out;
    return true;
}

} // namespace banister::sandbox
