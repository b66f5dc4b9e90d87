#include "sandbox/resources/TenantInfoResource.h"

#include <QJsonArray>

namespace banister::sandbox {

namespace {
Reply tenantInfo(Tenant& t, const Call&)
{
    const TenantFacts& f = t.data.facts();
    const User& caller = t.state.users.at(size_t(f.callerUser));
    return Reply::ok(QJsonObject {
        { QStringLiteral("tenantName"), f.tenantName },
        { QStringLiteral("subdomain"), f.subdomain },
        { QStringLiteral("subscriptions"),
          QJsonObject { { QStringLiteral("gainsightCs"), f.gainsightCs },
                        { QStringLiteral("staircase"), f.staircase } } },
        { QStringLiteral("primaryCrm"), f.primaryCrm },
        { QStringLiteral("aiFollowUp"), f.aiFollowUp },
        { QStringLiteral("caller"),
          QJsonObject { { QStringLiteral("email"), caller.email },
                        { QStringLiteral("name"), caller.name },
                        { QStringLiteral("isAdmin"), caller.isAdmin || caller.superAdmin },
                        { QStringLiteral("isSuperAdmin"), caller.superAdmin } } },
    });
}

Reply apps(Tenant& t, const Call&)
{
    QJsonArray list { QJsonObject { { QStringLiteral("key"), QStringLiteral("gainsight-cs") },
                                    { QStringLiteral("name"), QStringLiteral("Gainsight CS") } } };
    if (t.state.connected)
        list.append(QJsonObject { { QStringLiteral("key"), QStringLiteral("staircase") },
                                  { QStringLiteral("name"), QStringLiteral("Staircase AI") } });
    return Reply::ok(QJsonObject { { QStringLiteral("apps"), list } });
}
} // namespace

void TenantInfoResource::addRoutes(RouteTable& r)
{
    using namespace columns;
    // clang-format off
    r.add("GET", "/v1/tenant/info", G, X, NoLimit, R, tenantInfo);
    r.add("GET", "/v1/apps",        G, X, NoLimit, R, apps);
    // clang-format on
}

} // namespace banister::sandbox
