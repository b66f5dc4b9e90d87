#include "sandbox/resources/CompanyResource.h"

#include "sandbox/CompanyQuery.h"

namespace banister::sandbox {

namespace {
Reply objectNotFound(const QString& name)
{
    return Reply::error(404, "GS_NOT_FOUND", QStringLiteral("Object \"%1\" was not found on this tenant.").arg(name));
}

Reply describe(Tenant& t, const Call& c)
{
    if (c.args.value(0) != QLatin1String("Company"))
        return objectNotFound(c.args.value(0));
    return Reply::ok(describeCompany(t.data));
}

Reply query(Tenant& t, const Call& c)
{
    if (c.args.value(0) != QLatin1String("Company"))
        return objectNotFound(c.args.value(0));
    auto result = queryCompany(t.data, c.json);
    if (!result)
        return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("Invalid query: %1.").arg(result.error()));
    return Reply::ok(result.value());
}

Reply distinct(Tenant& t, const Call& c)
{
    if (c.args.value(0) != QLatin1String("Company"))
        return objectNotFound(c.args.value(0));
    const QString field = c.request.query.queryItemValue(QStringLiteral("field"), QUrl::FullyDecoded);
    if (field.isEmpty())
        return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("Name the field: ?field=Status."));
    auto result = distinctCompanyValues(t.data, field);
    if (!result)
        return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("Invalid request: %1.").arg(result.error()));
    return Reply::ok(result.value());
}
} // namespace

void CompanyResource::addRoutes(RouteTable& r)
{
    using namespace columns;
    // clang-format off
    r.add("GET",  "/v1/meta/services/objects/([^/]+)/describe", G, P, Data, R, describe);
    r.add("POST", "/v1/data/objects/query/([^/]+)",             G, P, Data, R, query);
    r.add("GET",  "/v1/data/objects/([^/]+)/distinct",          G, X, Data, R, distinct);
    // clang-format on
}

} // namespace banister::sandbox
