#include "core/Plan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace banister {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Plan)
};
} // namespace

qint64 estimateDurationMs(const Plan& plan, const RateLimits& limits)
{
    qint64 data = 0, userWrites = 0, other = 0;
    for (const PlanStep& s : plan.steps) {
        data += s.dataCalls;
        userWrites += s.userWriteCalls;
        other += s.otherCalls;
    }
    // Calls beyond the first window's burst wait for the limit; the rest cost latency.
    const auto paced = [](qint64 calls, int perWindow, qint64 windowMs) -> qint64 {
        if (calls <= perWindow || perWindow <= 0)
            return 0;
        return qint64(std::ceil(double(calls - perWindow) / perWindow * windowMs));
    };
    return paced(data, limits.dataPerMinute, 60000) + paced(userWrites, limits.userWritesPerHour, 3600000)
        + (data + userWrites + other) * limits.msPerCall;
}

QString formatDuration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return Text::tr("about %n second(s)", nullptr, int(std::max<qint64>(1, s)));
    if (s < 3600)
        return Text::tr("about %n minute(s)", nullptr, int((s + 59) / 60));
    const qint64 h = s / 3600;
    const qint64 m = (s % 3600 + 59) / 60;
    return Text::tr("about %1 h %2 min").arg(h).arg(m);
}

QJsonObject toJson(const PlanStep& s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("area"), s.area},
                  {QStringLiteral("title"), s.title},
                  {QStringLiteral("before"), s.before},
                  {QStringLiteral("after"), s.after},
                  {QStringLiteral("requests"), QJsonArray::fromStringList(s.requests)},
                  {QStringLiteral("dependsOn"), QJsonArray::fromStringList(s.dependsOn)}};
    if (!s.warning.isEmpty())
        o.insert(QStringLiteral("warning"), s.warning);
    return o;
}

QJsonObject toJson(const Plan& plan)
{
    QJsonArray steps;
    for (const PlanStep& s : plan.steps)
        steps.append(toJson(s));
    return QJsonObject{{QStringLiteral("steps"), steps},
                       {QStringLiteral("errors"), QJsonArray::fromStringList(plan.errors)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
                       {QStringLiteral("areas"), QJsonArray::fromStringList(plan.areas)},
                       {QStringLiteral("estimatedMs"), estimateDurationMs(plan)}};
}

QString statusName(StepResult::Status s)
{
    switch (s) {
    case StepResult::Status::Done: return QStringLiteral("done");
    case StepResult::Status::Failed: return QStringLiteral("failed");
    case StepResult::Status::Skipped: return QStringLiteral("skipped");
    case StepResult::Status::Canceled: return QStringLiteral("canceled");
    }
    return QStringLiteral("unknown");
}

QJsonObject toJson(const VerifyCheck& c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("area"), c.area},
                       {QStringLiteral("title"), c.title},
                       {QStringLiteral("passed"), c.passed},
                       {QStringLiteral("detail"), c.detail}};
}

} // namespace banister
