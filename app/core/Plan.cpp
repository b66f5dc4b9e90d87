#include "core/Plan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace banister {

namespace {
struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(Plan)
};
} // namespace

Estimate estimate(const Plan& plan, const RateLimits& limits, qint64 startMs)
{
    // The same booking as the client's pacers (net/Pacer): each call takes the earliest slot in its windows; a call
    // that finds a daily cap used up waits for the cap to reset (the admin applies again then).
    WindowCounter data(limits.data), userWrites(limits.userWrites);
    Estimate e;
    qint64 t = startMs;
    const auto call = [&](WindowCounter& counter) {
        if (!counter.unlimited()) {
            const qint64 reset = counter.dailyCapResetAt(t);
            if (reset >= 0) {
                t = reset;
                ++e.dailyCapStops;
            }
            t += counter.reserve(t);
        }
        t += limits.msPerCall;
    };
    for (const PlanStep& s : plan.steps) {
        // A step's User Management calls go out within one day or wait for the next (a username fix's deactivate,
        // update and reactivate: engine/UserAccessArea), as apply sends them.
        if (s.userWriteCalls > 1)
            if (const qint64 reset = userWrites.dailyCapResetAt(t, s.userWriteCalls); reset >= 0) {
                t = reset;
                ++e.dailyCapStops;
            }
        for (int i = 0; i < s.userWriteCalls; ++i)
            call(userWrites);
        for (int i = 0; i < s.dataCalls; ++i)
            call(data);
        t += qint64(s.otherCalls) * limits.msPerCall;
        e.dataCalls += s.dataCalls;
        e.userWriteCalls += s.userWriteCalls;
    }
    e.ms = t - startMs;
    e.days = int(t / kDayMs - startMs / kDayMs) + 1;
    return e;
}

Estimate estimate(const Plan& plan, const RateLimits& limits)
{
    return estimate(plan, limits, QDateTime::currentMSecsSinceEpoch());
}

qint64 estimateDurationMs(const Plan& plan, const RateLimits& limits)
{
    return estimate(plan, limits).ms;
}

QString formatDuration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return PlanText::tr("about %n second(s)", nullptr, int(std::max<qint64>(1, s)));
    if (s < 3600)
        return PlanText::tr("about %n minute(s)", nullptr, int((s + 59) / 60));
    if (s < 86400) {
        const qint64 h = s / 3600;
        const qint64 m = (s % 3600 + 59) / 60;
        return PlanText::tr("about %1 h %2 min").arg(h).arg(m);
    }
    return PlanText::tr("about %n day(s) %1 h", nullptr, int(s / 86400)).arg((s % 86400 + 3599) / 3600);
}

QString estimateText(const Estimate& e, const RateLimits& limits)
{
    QString text = formatDuration(e.ms);
    if (e.dailyCapStops == 0)
        return text;
    int cap = 0;
    for (const RateWindow& w : limits.userWrites)
        if (w.lengthMs >= kDayMs)
            cap = w.calls;
    return PlanText::tr(
               "%1 over %n calendar day(s): User Management allows %2 calls a day, so its %3 calls stop at each "
               "day's cap and continue after it resets (00:00 UTC)",
               nullptr, e.days)
        .arg(text, QLocale().toString(cap), QLocale().toString(e.userWriteCalls));
}

QString kindName(PlannedCall::Kind kind)
{
    switch (kind) {
    case PlannedCall::Kind::FileSupportRequest:
        return QStringLiteral("fileSupportRequest");
    case PlannedCall::Kind::WaitForSupport:
        return QStringLiteral("waitForSupport");
    case PlannedCall::Kind::ConnectStaircase:
        return QStringLiteral("connectStaircase");
    case PlannedCall::Kind::PutCrmSettings:
        return QStringLiteral("putCrmSettings");
    case PlannedCall::Kind::PutAccountMappings:
        return QStringLiteral("putAccountMappings");
    case PlannedCall::Kind::PutLayoutSections:
        return QStringLiteral("putLayoutSections");
    case PlannedCall::Kind::PutDashboardPermissions:
        return QStringLiteral("putDashboardPermissions");
    case PlannedCall::Kind::SetUserRoles:
        return QStringLiteral("setUserRoles");
    case PlannedCall::Kind::DeactivateUser:
        return QStringLiteral("deactivateUser");
    case PlannedCall::Kind::UpdateUsername:
        return QStringLiteral("updateUsername");
    case PlannedCall::Kind::ActivateUser:
        return QStringLiteral("activateUser");
    }
    return QStringLiteral("unknown");
}

QJsonObject toJson(const PlannedCall& c)
{
    QJsonObject o { { QStringLiteral("kind"), kindName(c.kind) } };
    if (!c.target.isEmpty())
        o.insert(QStringLiteral("target"), c.target);
    if (!c.body.isUndefined() && !c.body.isNull())
        o.insert(QStringLiteral("body"), c.body);
    return o;
}

namespace {
struct ActionSpelling
{
    PlanStep::Action action;
    const char* name;
};
constexpr ActionSpelling kActions[] = {
    { PlanStep::Action::Create, "create" },
    { PlanStep::Action::Update, "update" },
    { PlanStep::Action::Wait, "wait" },
};
} // namespace

QString actionName(PlanStep::Action action)
{
    for (const ActionSpelling& a : kActions)
        if (a.action == action)
            return QString::fromLatin1(a.name);
    return QStringLiteral("update");
}

std::optional<PlanStep::Action> actionFromName(const QString& name)
{
    for (const ActionSpelling& a : kActions)
        if (name == QLatin1String(a.name))
            return a.action;
    return std::nullopt;
}

QStringList actionNames()
{
    QStringList out;
    for (const ActionSpelling& a : kActions)
        out << QString::fromLatin1(a.name);
    return out;
}

QJsonObject toJson(const PlanStep& s)
{
    QJsonArray calls;
    for (const PlannedCall& c : s.calls)
        calls.append(toJson(c));
    QJsonObject o { { QStringLiteral("id"), s.id },
                    { QStringLiteral("area"), s.area },
                    { QStringLiteral("title"), s.title },
                    { QStringLiteral("action"), actionName(s.action) },
                    { QStringLiteral("before"), s.before },
                    { QStringLiteral("after"), s.after },
                    { QStringLiteral("beforeText"), s.beforeText },
                    { QStringLiteral("afterText"), s.afterText },
                    { QStringLiteral("calls"), calls },
                    { QStringLiteral("requests"), QJsonArray::fromStringList(s.requests) },
                    { QStringLiteral("dependsOn"), QJsonArray::fromStringList(s.dependsOn) } };
    if (!s.warning.isEmpty())
        o.insert(QStringLiteral("warning"), s.warning);
    o.insert(QStringLiteral("mode"), s.isManual() ? QStringLiteral("manual") : QStringLiteral("automated"));
    if (s.isManual()) {
        o.insert(QStringLiteral("instructions"), QJsonArray::fromStringList(s.instructions));
        o.insert(QStringLiteral("values"), s.values);
        if (!s.link.isEmpty())
            o.insert(QStringLiteral("link"), s.link);
    }
    return o;
}

QString confirmationKey(const PlanStep& step)
{
    const QByteArray canonical
        = QJsonDocument(QJsonObject { { QStringLiteral("id"), step.id }, { QStringLiteral("after"), step.after } })
              .toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(16));
}

int Plan::manualCount() const
{
    return int(std::count_if(steps.begin(), steps.end(), [](const PlanStep& s) { return s.isManual(); }));
}

QJsonObject toJson(const Plan& plan)
{
    QJsonArray steps;
    for (const PlanStep& s : plan.steps)
        steps.append(toJson(s));
    QJsonArray confirmed;
    for (const PlanStep& s : plan.confirmed)
        confirmed.append(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("title"), s.title } });
    return QJsonObject { { QStringLiteral("steps"), steps },
                         { QStringLiteral("automated"), int(plan.steps.size()) - plan.manualCount() },
                         { QStringLiteral("publicApi"), plan.publicApi },
                         { QStringLiteral("manualSteps"), plan.manualCount() },
                         { QStringLiteral("confirmed"), confirmed },
                         { QStringLiteral("errors"), QJsonArray::fromStringList(plan.errors) },
                         { QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings) },
                         { QStringLiteral("areas"), QJsonArray::fromStringList(plan.areas) },
                         { QStringLiteral("manual"), QJsonArray::fromStringList(plan.manual) },
                         { QStringLiteral("estimatedMs"), estimateDurationMs(plan) } };
}

QString statusName(StepResult::Status s)
{
    switch (s) {
    case StepResult::Status::Done:
        return QStringLiteral("done");
    case StepResult::Status::Failed:
        return QStringLiteral("failed");
    case StepResult::Status::Skipped:
        return QStringLiteral("skipped");
    case StepResult::Status::Canceled:
        return QStringLiteral("canceled");
    case StepResult::Status::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("unknown");
}

QString statusName(const VerifyCheck& c)
{
    switch (c.basis) {
    case VerifyCheck::Basis::Confirmed:
        return QStringLiteral("confirmed");
    case VerifyCheck::Basis::Unconfirmed:
        return QStringLiteral("unconfirmed");
    case VerifyCheck::Basis::Read:
        break;
    }
    return c.warning ? QStringLiteral("warn") : c.passed ? QStringLiteral("pass") : QStringLiteral("fail");
}

QJsonObject toJson(const VerifyCheck& c)
{
    return QJsonObject { { QStringLiteral("id"), c.id },
                         { QStringLiteral("area"), c.area },
                         { QStringLiteral("title"), c.title },
                         { QStringLiteral("passed"), c.passed },
                         { QStringLiteral("status"), statusName(c) },
                         { QStringLiteral("detail"), c.detail } };
}

} // namespace banister
