#include "engine/DashboardArea.h"

#include "net/TenantClient.h"

#include <QJsonArray>

namespace banister {

void DashboardArea::readLive(const Profile&, std::function<void(const AreaLive&)> done)
{
    ApiJob* job = client()->dashboardPermissions(QLatin1String(kDashboardId));
    connect(job, &ApiJob::finished, this, [done](const ApiResult& r) {
        AreaLive live;
        if (!r.ok())
            live.error = r.error.message();
        live.state = r.data.toObject();
        done(live);
    });
}

void DashboardArea::plan(const Profile& p, const AreaLive& live, Plan& plan) const
{
    if (!p.dashboard)
        return;
    if (!live.ok()) {
        plan.errors << tr("Executive dashboard: the permissions could not be read: %1").arg(live.error);
        return;
    }
    const QJsonObject desired = toJson(*p.dashboard);
    if (live.state == desired)
        return;
    const auto describe = [](const QJsonObject& o) {
        QStringList who;
        for (const QJsonValue& pr : o.value(QLatin1String("principals")).toArray())
            who << pr[QStringLiteral("id")].toString();
        return o.value(QLatin1String("permission")).toString() + (who.isEmpty() ? QString() : QStringLiteral(": ") + who.join(QStringLiteral(", ")));
    };
    PlanStep step;
    step.id = QStringLiteral("dashboard.permissions");
    step.area = id();
    step.title = tr("Set who can open the Staircase Executive Dashboard");
    step.before = describe(live.state);
    step.after = describe(desired);
    step.requests << QStringLiteral("PUT /v1/dashboards/%1/permissions").arg(QLatin1String(kDashboardId));
    plan.steps << step;
}

void DashboardArea::apply(const PlanStep&, const Profile& p, std::function<void(const StepResult&)> done)
{
    ApiJob* job = client()->putDashboardPermissions(QLatin1String(kDashboardId), toJson(p.dashboard.value_or(DashboardSection{})));
    connect(job, &ApiJob::finished, this, [done](const ApiResult& r) {
        done(writeOutcome(r, tr("Dashboard permissions saved."), tr("The dashboard permissions were already as chosen."), r.data));
    });
}

QList<VerifyCheck> DashboardArea::verify(const Profile& p, const AreaLive& live) const
{
    const bool same = live.ok() && p.dashboard && live.state == toJson(*p.dashboard);
    return {VerifyCheck{QStringLiteral("dashboard.permissions"), id(),
                        tr("Executive dashboard permissions read back equal to the profile"), same,
                        live.ok() ? live.state.value(QLatin1String("permission")).toString() : live.error}};
}

} // namespace banister
