#include "sandbox/resources/DashboardsResource.h"

#include "core/Domain.h"
#include "sandbox/resources/UsersResource.h"

#include <QJsonArray>

namespace banister::sandbox {

namespace {
const char* const kExecDashboard = "staircase-executive-dashboard";

const QStringList& knownGroups()
{
    static const QStringList groups { QStringLiteral("CS Leadership Team"), QStringLiteral("EMEA CSMs"),
                                      QStringLiteral("Renewals Desk") };
    return groups;
}

Reply dashboardNotFound(const QString& id)
{
    return Reply::error(404, "GS_NOT_FOUND", QStringLiteral("Dashboard \"%1\" was not found on this tenant.").arg(id));
}

Reply listDashboards(Tenant&, const Call& c)
{
    const QString folder = c.request.query.queryItemValue(QStringLiteral("folder"));
    QJsonArray list;
    if (folder.isEmpty() || folder == QLatin1String("System")) {
        list.append(QJsonObject { { QStringLiteral("id"), QLatin1String(kExecDashboard) },
                                  { QStringLiteral("name"), QStringLiteral("Staircase Executive Dashboard") },
                                  { QStringLiteral("folder"), QStringLiteral("System") } });
        list.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("cs-operations") },
                                  { QStringLiteral("name"), QStringLiteral("CS Operations") },
                                  { QStringLiteral("folder"), QStringLiteral("System") } });
    }
    return Reply::ok(QJsonObject { { QStringLiteral("dashboards"), list } });
}

Reply getPermissions(Tenant& t, const Call& c)
{
    if (c.args.value(0) != QLatin1String(kExecDashboard))
        return dashboardNotFound(c.args.value(0));
    return Reply::ok(t.state.dashboardPermissions);
}

Reply putPermissions(Tenant& t, const Call& c)
{
    if (c.args.value(0) != QLatin1String(kExecDashboard))
        return dashboardNotFound(c.args.value(0));
    static const QStringList types = dashboardPermissionNames();
    const QString permission = c.json.value(QLatin1String("permission")).toString();
    if (!types.contains(permission))
        return Reply::error(400, "GS_BAD_REQUEST",
                            QStringLiteral("permission must be one of %1.").arg(types.join(QStringLiteral(", "))));
    const QJsonValue principals = c.json.value(QLatin1String("principals"));
    if (!principals.isArray())
        return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("principals must be an array."));
    const QString specific = dashboardPermissionName(DashboardPermission::Specific);
    if (permission != specific && !principals.toArray().isEmpty())
        return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("Only \"specific\" takes principals."));
    if (permission == specific && principals.toArray().isEmpty())
        return Reply::error(400, "GS_BAD_REQUEST",
                            QStringLiteral("\"specific\" needs at least one user, role or group."));
    for (const QJsonValue& p : principals.toArray()) {
        const QString kindText = p[QStringLiteral("kind")].toString();
        const std::optional<PrincipalKind> kind = principalKindFromName(kindText);
        const QString id = p[QStringLiteral("id")].toString();
        const bool known = kind == PrincipalKind::Role ? UsersResource::knownRoles().contains(id)
            : kind == PrincipalKind::Group             ? knownGroups().contains(id)
            : kind == PrincipalKind::User              ? t.data.userIndexFromId(id) >= 0
                                                       : false;
        if (!known)
            return Reply::error(400, "GS_BAD_REQUEST",
                                QStringLiteral("No %1 \"%2\" on this tenant.")
                                    .arg(kindText.isEmpty() ? QStringLiteral("principal") : kindText, id));
    }
    QJsonObject next { { QStringLiteral("permission"), permission }, { QStringLiteral("principals"), principals } };
    const bool changed = next != t.state.dashboardPermissions;
    t.state.dashboardPermissions = next;
    QJsonObject d = next;
    d.insert(QStringLiteral("changed"), changed);
    return Reply::ok(d);
}

Reply listRoles(Tenant&, const Call&)
{
    return Reply::ok(QJsonObject { { QStringLiteral("roles"), QJsonArray::fromStringList(UsersResource::knownRoles()) },
                                   { QStringLiteral("groups"), QJsonArray::fromStringList(knownGroups()) } });
}
} // namespace

void DashboardsResource::addRoutes(RouteTable& r)
{
    using namespace columns;
    // clang-format off
    r.add("GET", "/v1/dashboards",                     G, X, NoLimit, R, listDashboards);
    r.add("GET", "/v1/dashboards/([^/]+)/permissions", G, X, NoLimit, R, getPermissions);
    r.add("PUT", "/v1/dashboards/([^/]+)/permissions", G, X, NoLimit, W, putPermissions);
    r.add("GET", "/v1/roles",                          G, X, NoLimit, R, listRoles);
    // clang-format on
}

QJsonObject DashboardsResource::seedPermissions()
{
    return QJsonObject { { QStringLiteral("permission"), dashboardPermissionName(DashboardPermission::Specific) },
                         { QStringLiteral("principals"),
                           QJsonArray {
                               QJsonObject { { QStringLiteral("kind"), principalKindName(PrincipalKind::Role) },
                                             { QStringLiteral("id"), systemAdministratorRole() } } } } };
}

} // namespace banister::sandbox
