#include "sandbox/resources/StaircaseResource.h"

#include "core/Domain.h"
#include "sandbox/CrmFilterCheck.h"

#include <QJsonArray>
#include <QSet>

namespace banister::sandbox {

namespace {
Reply integration(Tenant& t, const Call&)
{
    const TenantFacts& f = t.data.facts();
    if (!f.staircase)
        return Reply::error(404, "GS_NO_STAIRCASE",
                            QStringLiteral("This organization has no Staircase AI subscription, so there is no "
                                           "Staircase tenant to integrate. Contact your Gainsight representative."));
    if (!f.staircaseTokenAdmin)
        return Reply::error(403, "GS_FORBIDDEN",
                            QStringLiteral("Managing integrations needs the Staircase Admin role; the token's user "
                                           "does not have it."));
    return Reply::ok(integrationJson(t.state));
}

Reply connect(Tenant& t, const Call& c)
{
    const TenantFacts& f = t.data.facts();
    if (!f.staircase)
        return Reply::error(404, "GS_NO_STAIRCASE",
                            QStringLiteral("This organization has no Staircase AI subscription."));
    if (!f.staircaseTokenAdmin)
        return Reply::error(403, "GS_FORBIDDEN",
                            QStringLiteral("Connecting Gainsight needs the Staircase Admin role."));
    const QJsonValue subdomain = c.json.value(QLatin1String("subdomain"));
    const QJsonValue key = c.json.value(QLatin1String("accessKey"));
    if (!subdomain.isString() || subdomain.toString().isEmpty() || !key.isString())
        return Reply::error(400, "GS_BAD_REQUEST",
                            QStringLiteral("Send the Gainsight subdomain and access key as strings."));
    if (f.aiFollowUp)
        return Reply::error(409, "GS_CONFLICT",
                            QStringLiteral("AI Follow-Up is active on this tenant: Gainsight Support upgrades the "
                                           "connection; it cannot be connected from Staircase."));
    if (subdomain.toString() != f.subdomain)
        return Reply::error(400, "GS_BAD_REQUEST",
                            QStringLiteral("No Gainsight tenant has the subdomain \"%1\"; this one is \"%2\".")
                                .arg(subdomain.toString(), f.subdomain));
    if (key.toString() != t.options.accessKey)
        return Reply::error(400, "GS_BAD_REQUEST",
                            QStringLiteral("Gainsight rejected the access key sent for the connection."));
    if (!t.state.linked) {
        QString status = QStringLiteral("not been requested");
        for (const SupportRequest& r : t.state.supportRequests)
            if (r.type == QLatin1String("staircase-integration"))
                status = QStringLiteral("request %1 is %2").arg(r.id, r.status);
        return Reply::error(
            409, "GS_CONFLICT",
            QStringLiteral("Gainsight Support has not linked this Staircase tenant yet (%1).").arg(status));
    }
    const bool changed = !t.state.connected;
    if (changed)
        markConnected(t.state, subdomain.toString(), t.state.users.at(size_t(f.callerUser)).email);
    QJsonObject d = integrationJson(t.state);
    d.insert(QStringLiteral("changed"), changed);
    return Reply::ok(d);
}

QJsonObject defaultCrm()
{
    return QJsonObject { { QStringLiteral("syncAccounts"), false },
                         { QStringLiteral("filter"),
                           QJsonObject { { QStringLiteral("mode"), crmFilterModeName(CrmFilterMode::All) },
                                         { QStringLiteral("rows"), QJsonArray {} },
                                         { QStringLiteral("combine"), crmCombineName(CrmCombine::And) } } },
                         { QStringLiteral("churnedStatuses"), QJsonArray {} },
                         { QStringLiteral("prospectStatuses"), QJsonArray {} },
                         { QStringLiteral("syncTeamHierarchy"), false },
                         { QStringLiteral("callSummaryUpload"), false } };
}

// Checks a CRM tab body against the tenant's fields; returns the error text or empty.
QString validateCrm(const QJsonObject& body, const SandboxData& data)
{
    const QStringList keys { QStringLiteral("syncAccounts"),      QStringLiteral("filter"),
                             QStringLiteral("churnedStatuses"),   QStringLiteral("prospectStatuses"),
                             QStringLiteral("syncTeamHierarchy"), QStringLiteral("callSummaryUpload") };
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!keys.contains(it.key()))
            return QStringLiteral("unknown key \"%1\"").arg(it.key());
    for (const char* b : { "syncAccounts", "syncTeamHierarchy", "callSummaryUpload" })
        if (!body.value(QLatin1String(b)).isBool())
            return QStringLiteral("%1 must be true or false").arg(QLatin1String(b));
    const QJsonObject filter = body.value(QLatin1String("filter")).toObject();
    const std::optional<CrmFilterMode> mode = crmFilterModeFromName(filter.value(QLatin1String("mode")).toString());
    if (!mode)
        return QStringLiteral("filter.mode must be \"all\" or \"specific\"");
    const QJsonValue rowsValue = filter.value(QLatin1String("rows"));
    if (!rowsValue.isArray())
        return QStringLiteral("filter.rows must be an array");
    const QJsonArray rows = rowsValue.toArray();
    if (*mode == CrmFilterMode::Specific && rows.isEmpty())
        return QStringLiteral("\"Sync specific accounts\" needs at least one filter row");
    if (rows.size() > 20)
        return QStringLiteral("at most 20 filter rows are allowed");
    for (auto it = filter.begin(); it != filter.end(); ++it)
        if (it.key() != QLatin1String("mode") && it.key() != QLatin1String("rows")
            && it.key() != QLatin1String("combine"))
            return QStringLiteral("filter: unknown key \"%1\"").arg(it.key());
    const QJsonValue combine = filter.value(QLatin1String("combine"));
    if (!combine.isUndefined() && (!combine.isString() || !crmCombineFromName(combine.toString())))
        return QStringLiteral("filter.combine must be one of: %1").arg(crmCombineNames().join(QStringLiteral(", ")));
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QString field = row.value(QLatin1String("field")).toString();
        const Column* c = data.column(field);
        if (!c)
            return QStringLiteral("filter row %1: unknown Gainsight field \"%2\"").arg(i + 1).arg(field);
        if (!c->filterable)
            return QStringLiteral("filter row %1: %2 cannot be used in a filter").arg(i + 1).arg(field);
        if (const QString problem = checkCrmFilterRow(*c, row); !problem.isEmpty())
            return QStringLiteral("filter row %1: %2").arg(i + 1).arg(problem);
    }
    const Column* status = data.column(QStringLiteral("Status"));
    QSet<QString> churned;
    for (const char* key : { "churnedStatuses", "prospectStatuses" }) {
        const QJsonValue list = body.value(QLatin1String(key));
        if (!list.isArray())
            return QStringLiteral("%1 must be an array").arg(QLatin1String(key));
        for (const QJsonValue& v : list.toArray()) {
            if (!status->picklist.contains(v.toString()))
                return QStringLiteral("%1: \"%2\" is not a Status value").arg(QLatin1String(key), v.toString());
            if (QLatin1String(key) == QLatin1String("churnedStatuses"))
                churned.insert(v.toString());
            else if (churned.contains(v.toString()))
                return QStringLiteral("\"%1\" cannot be both a churned and a prospect status").arg(v.toString());
        }
    }
    return {};
}

Reply getCrm(Tenant& t, const Call&)
{
    if (auto e = StaircaseResource::requireConnected(t))
        return *e;
    return Reply::ok(t.state.crm.isEmpty() ? defaultCrm() : t.state.crm);
}

Reply putCrm(Tenant& t, const Call& c)
{
    if (auto e = StaircaseResource::requireConnected(t))
        return *e;
    const QString problem = validateCrm(c.json, t.data);
    if (!problem.isEmpty())
        return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("The CRM settings were not saved: %1.").arg(problem));
    const QJsonObject before = t.state.crm.isEmpty() ? defaultCrm() : t.state.crm;
    t.state.crm = c.json;
    QJsonObject d = t.state.crm;
    d.insert(QStringLiteral("changed"), before != t.state.crm);
    return Reply::ok(d);
}
} // namespace

void StaircaseResource::addRoutes(RouteTable& r)
{
    using namespace columns;
    // clang-format off
    r.add("GET",  "/staircase/v1/integrations/gainsight",         S, X, NoLimit, R, integration);
    r.add("POST", "/staircase/v1/integrations/gainsight/connect", S, X, NoLimit, W, connect);
    r.add("GET",  "/staircase/v1/integrations/gainsight/crm",     S, X, NoLimit, R, getCrm);
    r.add("PUT",  "/staircase/v1/integrations/gainsight/crm",     S, X, NoLimit, W, putCrm);
    // clang-format on
}

std::optional<Reply> StaircaseResource::requireConnected(const Tenant& t)
{
    if (!t.data.facts().staircase)
        return Reply::error(404, "GS_NO_STAIRCASE",
                            QStringLiteral("This organization has no Staircase AI subscription."));
    if (!t.state.connected)
        return Reply::error(409, "GS_CONFLICT",
                            QStringLiteral("Staircase is not connected to Gainsight yet; the CRM and field settings "
                                           "appear once the integration is connected."));
    return std::nullopt;
}

} // namespace banister::sandbox
