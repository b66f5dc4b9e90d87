#include "sandbox/resources/PermissionsResource.h"

#include "core/Domain.h"
#include "sandbox/resources/UsersResource.h"

#include <QJsonArray>
#include <algorithm>

namespace banister::sandbox {

namespace {
QJsonArray bundlesJson(const TenantState& s)
{
    const QJsonArray items { QStringLiteral("Navigation > Insights > Staircase Communication"),
                             QStringLiteral("Navigation > Insights > Staircase AI Reports"),
                             QStringLiteral("Settings > Staircase AI Setting") };
    if (!s.connected)
        return {}; // the integration creates them
    return QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("staircase-full") },
                                      { QStringLiteral("name"), QStringLiteral("Default Staircase Full Permissions") },
                                      { QStringLiteral("license"), licenseName(License::Full) },
                                      { QStringLiteral("default"), true },
                                      { QStringLiteral("items"), items } },
                        QJsonObject {
                            { QStringLiteral("id"), QStringLiteral("staircase-viewer-plus") },
                            { QStringLiteral("name"), QStringLiteral("Default Staircase Viewer Plus Permissions") },
                            { QStringLiteral("license"), licenseName(License::ViewerPlus) },
                            { QStringLiteral("default"), true },
                            { QStringLiteral("items"), items } } };
}

Reply bundles(Tenant& t, const Call&)
{
    return Reply::ok(QJsonObject { { QStringLiteral("bundles"), bundlesJson(t.state) } });
}

Reply editBundle(Tenant& t, const Call& c)
{
    for (const QJsonValue& b : bundlesJson(t.state))
        if (b[QStringLiteral("id")].toString() == c.args.value(0))
            return Reply::error(403, "GS_FORBIDDEN",
                                QStringLiteral("Default Staircase bundles cannot be customized; add Staircase "
                                               "navigation items to your own bundles instead."));
    return Reply::error(404, "GS_NOT_FOUND",
                        QStringLiteral("Permission bundle \"%1\" was not found on this tenant.").arg(c.args.value(0)));
}

Reply rules(Tenant& t, const Call&)
{
    QJsonArray list;
    if (t.state.connected)
        list.append(QJsonObject {
            { QStringLiteral("name"), QStringLiteral("Staircase roles") },
            { QStringLiteral("when"),
              QJsonObject {
                  { QStringLiteral("gsRoleIn"), QJsonArray::fromStringList(UsersResource::staircaseRoles()) } } },
            { QStringLiteral("assign"),
              QJsonObject { { licenseName(License::Full), QStringLiteral("staircase-full") },
                            { licenseName(License::ViewerPlus), QStringLiteral("staircase-viewer-plus") } } } });
    return Reply::ok(QJsonObject { { QStringLiteral("rules"), list } });
}

Reply userPermissions(Tenant& t, const Call& c)
{
    const int i = t.data.userIndexFromId(c.args.value(0));
    if (i < 0)
        return UsersResource::userNotFound(c.args.value(0));
    const User& u = t.state.users.at(size_t(i));
    QJsonArray bundles, items;
    const bool role = std::any_of(u.gsRoles.begin(), u.gsRoles.end(),
                                  [](const QString& r) { return UsersResource::staircaseRoles().contains(r); });
    if (role && u.active)
        for (const QJsonValue& b : bundlesJson(t.state))
            if (b[QStringLiteral("license")].toString() == u.license) {
                bundles.append(b[QStringLiteral("id")]);
                items = b[QStringLiteral("items")].toArray();
            }
    return Reply::ok(
        QJsonObject { { QStringLiteral("userId"), u.id },
                      { QStringLiteral("bundles"), bundles },
                      { QStringLiteral("items"), items },
                      { QStringLiteral("staircaseAccess"), UsersResource::hasStaircaseAccess(t.state, u) } });
}

Reply ssoCheck(Tenant& t, const Call& c)
{
    const int i = t.data.userIndexFromId(c.json.value(QLatin1String("userId")).toString());
    if (i < 0)
        return UsersResource::userNotFound(c.json.value(QLatin1String("userId")).toString());
    const User& u = t.state.users.at(size_t(i));
    const bool access = UsersResource::hasStaircaseAccess(t.state, u);
    QString detail = QStringLiteral("Signed in to Staircase as %1.").arg(u.email);
    if (!access)
        detail = !u.active ? QStringLiteral("The user is inactive.")
            : u.username != u.email
            ? QStringLiteral("The username (%1) differs from the email (%2).").arg(u.username, u.email)
            : !UsersResource::validEmail(u.email) ? QStringLiteral("The email %1 is not valid.").arg(u.email)
            : !t.state.connected                  ? QStringLiteral("Staircase is not connected.")
                                                  : QStringLiteral("The user has no Staircase role.");
    return Reply::ok(QJsonObject {
        { QStringLiteral("userId"), u.id }, { QStringLiteral("ok"), access }, { QStringLiteral("detail"), detail } });
}
} // namespace

void PermissionsResource::addRoutes(RouteTable& r)
{
    using namespace columns;
    // clang-format off
    r.add("GET",  "/v1/permissions/bundles",         G, X, NoLimit, R, bundles);
    r.add("PUT",  "/v1/permissions/bundles/([^/]+)", G, X, NoLimit, W, editBundle);
    r.add("GET",  "/v1/permissions/rules",           G, X, NoLimit, R, rules);
    r.add("GET",  "/v1/users/([^/]+)/permissions",   G, X, NoLimit, R, userPermissions);
    r.add("POST", "/v1/sso/check",                   G, X, NoLimit, R, ssoCheck);
    // clang-format on
}

} // namespace banister::sandbox
