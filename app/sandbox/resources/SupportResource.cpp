#include "sandbox/resources/SupportResource.h"

#include <QJsonArray>

namespace banister::sandbox {

namespace {
Reply listSupportRequests(Tenant& t, const Call&)
{
    QJsonArray list;
    for (const SupportRequest& r : t.state.supportRequests)
        list.append(toJson(r));
    return Reply::ok(QJsonObject { { QStringLiteral("records"), list } });
}

// Why Gainsight Support would not take a request of this type on this tenant; empty when it would.
QString refusal(const TenantFacts& f, const QString& type)
{
    if (!f.staircase)
        return QStringLiteral("This organization has no Staircase AI subscription; Gainsight Support cannot link a "
                              "Staircase tenant.");
    if (f.primaryCrm != QLatin1String("Gainsight"))
        return QStringLiteral("%1 is the primary CRM of this tenant: Staircase AI is integrated directly with it, not "
                              "through Gainsight CS.")
            .arg(f.primaryCrm);
    if (type == QLatin1String("upgrade-connection") && !f.aiFollowUp)
        return QStringLiteral("AI Follow-Up is not active on this tenant, so there is no connection to upgrade; "
                              "request the Staircase integration.");
    if (type == QLatin1String("staircase-integration") && f.aiFollowUp)
        return QStringLiteral("AI Follow-Up is active on this tenant: ask Gainsight Support to upgrade the connection "
                              "instead.");
    return {};
}

Reply createSupportRequest(Tenant& t, const Call& c)
{
    const QString type = c.json.value(QLatin1String("type")).toString();
    if (type != QLatin1String("staircase-integration") && type != QLatin1String("upgrade-connection"))
        return Reply::error(400, "GS_BAD_REQUEST",
                            QStringLiteral("type must be \"staircase-integration\" or \"upgrade-connection\"."));
    const QJsonValue contact = c.json.value(QLatin1String("contact"));
    const QJsonValue note = c.json.value(QLatin1String("note"));
    if ((!contact.isUndefined() && !contact.isString()) || (!note.isUndefined() && !note.isString()))
        return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("contact and note must be strings."));
    if (note.toString().size() > 2000)
        return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("The note is longer than 2000 characters."));
    const QString refused = refusal(t.data.facts(), type);
    if (!refused.isEmpty())
        return Reply::error(409, "GS_CONFLICT", refused);
    QList<SupportRequest>& requests = t.state.supportRequests;
    for (const SupportRequest& r : requests) {
        if (r.type == type) {
            // Idempotent: the same request is not filed twice.
            QJsonObject d = toJson(r);
            d.insert(QStringLiteral("changed"), false);
            return Reply::ok(d);
        }
    }
    SupportRequest r;
    r.id = QStringLiteral("SR-%1").arg(1001 + requests.size());
    r.type = type;
    r.contact = contact.toString();
    r.note = note.toString();
    requests.append(r);
    QJsonObject d = toJson(r);
    d.insert(QStringLiteral("changed"), true);
    return Reply::ok(d, 201);
}

// What Gainsight Support's finishing a request does to the tenant.
void complete(Tenant& t, const SupportRequest& r)
{
    if (r.type == QLatin1String("staircase-integration"))
        t.state.linked = true;
    else if (r.type == QLatin1String("upgrade-connection"))
        markConnected(t.state, t.data.facts().subdomain, QStringLiteral("Gainsight Support"));
}

Reply getSupportRequest(Tenant& t, const Call& c)
{
    for (SupportRequest& r : t.state.supportRequests) {
        if (r.id != c.args.value(0))
            continue;
        bool moved = true;
        if (r.status == QLatin1String("open")) {
            r.status = QStringLiteral("in-progress");
        } else if (r.status == QLatin1String("in-progress")) {
            r.status = QStringLiteral("done");
            complete(t, r);
        } else {
            moved = false;
        }
        Reply reply = Reply::ok(toJson(r));
        reply.stateMoved = moved;
        return reply;
    }
    return Reply::error(404, "GS_NOT_FOUND",
                        QStringLiteral("Support request %1 was not found on this tenant.").arg(c.args.value(0)));
}
} // namespace

void SupportResource::addRoutes(RouteTable& r)
{
    using namespace columns;
    // clang-format off
    r.add("GET",  "/v1/support/requests",         G, X, NoLimit, R, listSupportRequests);
    r.add("POST", "/v1/support/requests",         G, X, NoLimit, W, createSupportRequest);
    r.add("GET",  "/v1/support/requests/([^/]+)", G, X, NoLimit, R, getSupportRequest);
    // clang-format on
}

} // namespace banister::sandbox
