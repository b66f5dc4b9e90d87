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

QString kindName(PlannedCall::Kind kind)
{
    switch (kind) {
    case PlannedCall::Kind::FileSupportRequest: return QStringLiteral("fileSupportRequest");
    case PlannedCall::Kind::WaitForSupport: return QStringLiteral("waitForSupport");
    case PlannedCall::Kind::ConnectStaircase: return QStringLiteral("connectStaircase");
    case PlannedCall::Kind::PutCrmSettings: return QStringLiteral("putCrmSettings");
    case PlannedCall::Kind::PutAccountMappings: return QStringLiteral("putAccountMappings");
    case PlannedCall::Kind::PutLayoutSections: return QStringLiteral("putLayoutSections");
    case PlannedCall::Kind::PutDashboardPermissions: return QStringLiteral("putDashboardPermissions");
    case PlannedCall::Kind::SetUserRoles: return QStringLiteral("setUserRoles");
    case PlannedCall::Kind::DeactivateUser: return QStringLiteral("deactivateUser");
    case PlannedCall::Kind::UpdateUsername: return QStringLiteral("updateUsername");
    case PlannedCall::Kind::ActivateUser: return QStringLiteral("activateUser");
    }
    return QStringLiteral("unknown");
}

QJsonObject toJson(const PlannedCall& c)
{
    QJsonObject o{{QStringLiteral("kind"), kindName(c.kind)}};
    if (!c.target.isEmpty())
        o.insert(QStringLiteral("target"), c.target);
    if (!c.body.isUndefined() && !c.body.isNull())
        o.insert(QStringLiteral("body"), c.body);
    return o;
}

QString actionName(PlanStep::Action action)
{
    switch (action) {
    case PlanStep::Action::Create: return QStringLiteral("create");
    case PlanStep::Action::Update: return QStringLiteral("update");
    case PlanStep::Action::Wait: return QStringLiteral("wait");
    }
    return QStringLiteral("update");
}

QJsonObject toJson(const PlanStep& s)
{
    QJsonArray calls;
    for (const PlannedCall& c : s.calls)
        calls.append(toJson(c));
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("area"), s.area},
                  {QStringLiteral("title"), s.title},
                  {QStringLiteral("action"), actionName(s.action)},
                  {QStringLiteral("before"), s.before},
                  {QStringLiteral("after"), s.after},
                  {QStringLiteral("beforeText"), s.beforeText},
                  {QStringLiteral("afterText"), s.afterText},
                  {QStringLiteral("calls"), calls},
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
                       {QStringLiteral("manual"), QJsonArray::fromStringList(plan.manual)},
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
                       {QStringLiteral("status"), c.warning ? QStringLiteral("warn") : c.passed ? QStringLiteral("pass") : QStringLiteral("fail")},
                       {QStringLiteral("detail"), c.detail}};
}

} // namespace banister
