#include "sandbox/SandboxOptions.h"

namespace banister::sandbox {

QStringList knownScenarios()
{
    return {QStringLiteral("ready"),     QStringLiteral("salesforce-primary"), QStringLiteral("no-staircase-subscription"),
            QStringLiteral("ai-followup"), QStringLiteral("not-admin"),         QStringLiteral("messy-users"),
            QStringLiteral("large"),       QStringLiteral("flaky")};
}

SandboxOptions forScenario(const QString& scenario, quint32 seed)
{
    SandboxOptions o;
    o.scenario = scenario;
    o.seed = seed;
    if (scenario == QLatin1String("flaky")) {
        o.latencyMs = 30;
        o.fault5xx = 0.1;
        o.faultDrop = 0.05;
        o.faultMalformed = 0.05;
    }
    return o;
}

QString scenarioDescription(const QString& scenario)
{
    if (scenario == QLatin1String("ready"))
        return QStringLiteral("everything in place, Gainsight primary CRM, caller is super admin (default)");
    if (scenario == QLatin1String("salesforce-primary"))
        return QStringLiteral("Salesforce is the primary CRM: the direct SFDC route applies");
    if (scenario == QLatin1String("no-staircase-subscription"))
        return QStringLiteral("no Staircase AI subscription");
    if (scenario == QLatin1String("ai-followup"))
        return QStringLiteral("AI Follow-Up is active: the connection is upgraded by support");
    if (scenario == QLatin1String("not-admin"))
        return QStringLiteral("the access key and token belong to a non-admin user");
    if (scenario == QLatin1String("messy-users"))
        return QStringLiteral("usernames that differ from emails, invalid emails, inactive users and Viewer licenses with "
                              "Staircase roles");
    if (scenario == QLatin1String("large"))
        return QStringLiteral("200 000 accounts, 20 000 users");
    if (scenario == QLatin1String("flaky"))
        return QStringLiteral("like ready, with latency, 5xx, dropped connections and malformed JSON injected");
    return {};
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
        RateLimit limit{0, kMinuteMs, 0};
        const QStringList windows = part.mid(eq + 1).split(QLatin1Char('+'));
        for (int i = 0; i < windows.size(); ++i) {
            const QString& w = windows.at(i);
            const int slash = w.indexOf(QLatin1Char('/'));
            if (slash <= 0)
                return Result<bool>::failure(QStringLiteral("\"%1\": expected CLASS=N/UNIT, e.g. data=100/min").arg(part));
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
                    QStringLiteral("\"%1\": only a daily cap may follow the window, e.g. users=100/h+1000/day").arg(part));
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
