#include "engine/DashboardArea.h"

#include "models/UserDirectory.h"
#include "net/JobGroup.h"
#include "net/TenantClient.h"

#include <QJsonArray>
#include <memory>

namespace banister {

namespace {
bool hasUserPrincipal(const Profile& p)
{
    if (!p.dashboard)
        return false;
    return std::any_of(p.dashboard->principals.begin(), p.dashboard->principals.end(),
                       [](const Principal& pr) { return pr.kind == PrincipalKind::User; });
}

QString principalKey(const QJsonValue& p)
{
    return p[QStringLiteral("kind")].toString() + QLatin1Char(':') + p[QStringLiteral("id")].toString();
}
} // namespace

// live.state: {permissions: {permission, principals}, roles: [...], groups: [...], users: {id: {name, email}}}
void DashboardArea::readLive(const Profile& profile, std::function<void(const AreaLive&)> done)
{
    auto users = std::make_shared<QJsonObject>();
    auto usersError = std::make_shared<QString>();
    auto* group = new JobGroup(this, [done, users, usersError](const QHash<QString, ApiResult>& r) {
        AreaLive live;
        live.error = JobGroup::firstError(r);
        if (live.error.isEmpty())
            live.error = *usersError;
        live.state
            = QJsonObject { { QStringLiteral("permissions"), r.value(QStringLiteral("permissions")).data },
                            { QStringLiteral("roles"), r.value(QStringLiteral("roles")).data[QStringLiteral("roles")] },
                            { QStringLiteral("groups"),
                              r.value(QStringLiteral("roles")).data[QStringLiteral("groups")] },
                            { QStringLiteral("users"), *users } };
        done(live);
    });
    group->add(QStringLiteral("permissions"), client()->dashboardPermissions(QLatin1String(kDashboardId)));
    group->add(QStringLiteral("roles"), client()->roles());
    if (!hasUserPrincipal(profile))
        return group->seal();
    // User principals are named and checked against the tenant's users: the group is sealed once all are read.
    readUserList(client(), this, [group, users, usersError](const QJsonArray& all, const QString& error) {
        for (const QJsonValue& u : all)
            users->insert(u[QStringLiteral("id")].toString(),
                          QJsonObject { { QStringLiteral("name"), u[QStringLiteral("name")] },
                                        { QStringLiteral("email"), u[QStringLiteral("email")] } });
        *usersError = error;
        group->seal();
    });
}

QString DashboardArea::describe(const QJsonObject& permissions, const QJsonObject& users)
{
    const QString permission = permissions.value(QLatin1String("permission")).toString();
    QString kind = permission; // a type Banister does not know is shown as the tenant says it
    if (const std::optional<DashboardPermission> known = dashboardPermissionFromName(permission)) {
        switch (*known) {
        case DashboardPermission::Private:
            kind = tr("Private (only the owner)");
            break;
        case DashboardPermission::Public:
            kind = tr("Public: everyone can view");
            break;
        case DashboardPermission::PublicViewEdit:
            kind = tr("Public: everyone can view and edit");
            break;
        case DashboardPermission::PublicViewShare:
            kind = tr("Public: everyone can view and share");
            break;
        case DashboardPermission::Specific:
            kind = tr("Specific people");
            break;
        }
    }
    QStringList who;
    for (const QJsonValue& p : permissions.value(QLatin1String("principals")).toArray())
        who << describePrincipal(p.toObject(), users);
    return who.isEmpty() ? kind : tr("%1: %2").arg(kind, who.join(QStringLiteral(", ")));
}

QString DashboardArea::describePrincipal(const QJsonObject& p, const QJsonObject& users)
{
    const std::optional<PrincipalKind> kind = principalKindFromName(p.value(QLatin1String("kind")).toString());
    const QString id = p.value(QLatin1String("id")).toString();
    if (kind == PrincipalKind::User) {
        const QJsonObject u = users.value(id).toObject();
        return u.isEmpty()
            ? tr("user %1").arg(id)
            : tr("%1 <%2>").arg(u.value(QLatin1String("name")).toString(), u.value(QLatin1String("email")).toString());
    }
    if (kind == PrincipalKind::Group)
        return tr("group %1").arg(id);
    return tr("role %1").arg(id);
}

void DashboardArea::plan(const Profile& p, const AreaLive& live, Plan& plan) const
{
    if (!p.dashboard)
        return;
    if (!live.ok()) {
        plan.errors << tr("Executive dashboard: the permissions could not be read: %1").arg(live.error);
        return;
    }
    const DashboardSection& d = *p.dashboard;
    const int errors = int(plan.errors.size());
    if (d.permission != DashboardPermission::Specific && !d.principals.isEmpty())
        plan.errors << tr(
            "/dashboard/principals: Only \"specific\" takes principals; remove them or choose \"specific\".");
    if (d.permission == DashboardPermission::Specific && d.principals.isEmpty())
        plan.errors << tr("/dashboard/principals: \"specific\" needs at least one user, role or group");
    const QStringList roles = live.state.value(QLatin1String("roles")).toVariant().toStringList();
    const QStringList groups = live.state.value(QLatin1String("groups")).toVariant().toStringList();
    const QJsonObject users = live.state.value(QLatin1String("users")).toObject();
    QSet<QString> seen;
    for (int i = 0; i < d.principals.size(); ++i) {
        const Principal& pr = d.principals.at(i);
        const bool known = pr.kind == PrincipalKind::Role ? roles.contains(pr.id)
            : pr.kind == PrincipalKind::Group             ? groups.contains(pr.id)
                                                          : users.contains(pr.id);
        const QString kind = principalKindName(pr.kind);
        if (!known)
            plan.errors << tr("/dashboard/principals/%1: No %2 \"%3\" on this tenant.").arg(i).arg(kind, pr.id);
        if (seen.contains(kind + QLatin1Char(':') + pr.id))
            plan.errors << tr("/dashboard/principals/%1: %2 \"%3\" is listed twice").arg(i).arg(kind, pr.id);
        seen.insert(kind + QLatin1Char(':') + pr.id);
    }
    if (plan.errors.size() > errors)
        return;
    const QJsonObject current = live.state.value(QLatin1String("permissions")).toObject();
    const QJsonObject desired = toJson(d);
    if (current == desired)
        return;
    PlanStep step;
    step.id = QStringLiteral("dashboard.permissions");
    step.area = id();
    step.title = tr("Set who can open the Staircase Executive Dashboard");
    step.before = current;
    step.after = desired;
    step.beforeText = describe(current, users);
    step.afterText = describe(desired, users);
    step.calls << PlannedCall { PlannedCall::Kind::PutDashboardPermissions, QLatin1String(kDashboardId), desired };
    step.requests << TenantClient::describe(step.calls.last());
    plan.steps << step;
}

QList<VerifyCheck> DashboardArea::verify(const Profile& p, const AreaLive& live) const
{
    if (!live.ok() || !p.dashboard)
        return { VerifyCheck { QStringLiteral("dashboard.permissions"), id(),
                               tr("Executive dashboard permissions read back equal to the profile"), false,
                               live.error } };
    const QJsonObject current = live.state.value(QLatin1String("permissions")).toObject();
    const QJsonObject desired = toJson(*p.dashboard);
    const QJsonObject users = live.state.value(QLatin1String("users")).toObject();
    const bool same = current == desired;
    QString detail = describe(current, users);
    if (!same) {
        QStringList problems;
        if (current.value(QLatin1String("permission")) != desired.value(QLatin1String("permission")))
            problems << tr("the type is %1, the profile asks %2")
                            .arg(describe(QJsonObject { { QStringLiteral("permission"),
                                                          current.value(QLatin1String("permission")) } },
                                          {}),
                                 describe(QJsonObject { { QStringLiteral("permission"),
                                                          desired.value(QLatin1String("permission")) } },
                                          {}));
        QSet<QString> have, want;
        for (const QJsonValue& v : current.value(QLatin1String("principals")).toArray())
            have.insert(principalKey(v));
        QStringList missing, extra;
        for (const QJsonValue& v : desired.value(QLatin1String("principals")).toArray()) {
            want.insert(principalKey(v));
            if (!have.contains(principalKey(v)))
                missing << describePrincipal(v.toObject(), users);
        }
        for (const QJsonValue& v : current.value(QLatin1String("principals")).toArray())
            if (!want.contains(principalKey(v)))
                extra << describePrincipal(v.toObject(), users);
        if (!missing.isEmpty())
            problems << tr("missing: %1").arg(missing.join(QStringLiteral(", ")));
        if (!extra.isEmpty())
            problems << tr("not in the profile: %1").arg(extra.join(QStringLiteral(", ")));
        if (problems.isEmpty())
            problems << tr("the principals are in another order");
        detail = problems.join(QStringLiteral("; "));
    }
    return { VerifyCheck { QStringLiteral("dashboard.permissions"), id(),
                           tr("Executive dashboard permissions read back equal to the profile"), same, detail } };
}

} // namespace banister
