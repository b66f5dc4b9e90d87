#include "sandbox/SandboxTenant.h"

#include "sandbox/resources/CompanyResource.h"
#include "sandbox/resources/DashboardsResource.h"
#include "sandbox/resources/FieldsResource.h"
#include "sandbox/resources/LayoutsResource.h"
#include "sandbox/resources/PermissionsResource.h"
#include "sandbox/resources/StaircaseResource.h"
#include "sandbox/resources/SupportResource.h"
#include "sandbox/resources/TenantInfoResource.h"
#include "sandbox/resources/UsersResource.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <utility>

namespace banister::sandbox {

namespace {
QString randomSecret(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

Reply notFound(const SandboxRequest& req)
{
    return Reply::error(
        404, "GS_NOT_FOUND",
        QStringLiteral("No API at %1 %2 on this tenant").arg(QString::fromLatin1(req.method), req.path));
}
} // namespace

SandboxTenant::SandboxTenant(SandboxOptions options)
    : m_options(std::move(options))
    , m_data(SandboxData::generate(m_options.scenario, m_options.seed))
    , m_dataLimiter(m_options.dataRate)
    , m_userWriteLimiter(m_options.userWriteRate)
{
    if (m_options.accessKey.isEmpty())
        m_options.accessKey = randomSecret(16);
    if (m_options.staircaseToken.isEmpty())
        m_options.staircaseToken = randomSecret(24);
    if (!m_options.subdomain.isEmpty()) {
        m_data.facts().subdomain = m_options.subdomain;
        m_data.facts().tenantName
            = m_options.subdomain.left(1).toUpper() + m_options.subdomain.mid(1) + QStringLiteral(" Inc.");
    }
    m_state.scenario = m_options.scenario;
    m_state.seed = m_options.seed;
    m_state.users = m_data.users();
    m_state.layouts = LayoutsResource::seed(m_options.layoutIdPrefix);
    m_state.dashboardPermissions = DashboardsResource::seedPermissions();

    // Each resource's table lists its routes, one line each, classified: P = public, shaped after Gainsight's
    // documented REST (data describe and query, User Management's fetch, update users and update status); X =
    // sandbox-only, invented so the sandbox can stand for what a real tenant does in its admin UI. With
    // publicApiOnly, X answers 404 as a real tenant would (README: "Tenant routes").
    TenantInfoResource::addRoutes(m_routes);
    CompanyResource::addRoutes(m_routes);
    UsersResource::addRoutes(m_routes);
    SupportResource::addRoutes(m_routes);
    StaircaseResource::addRoutes(m_routes);
    FieldsResource::addRoutes(m_routes);
    LayoutsResource::addRoutes(m_routes);
    DashboardsResource::addRoutes(m_routes);
    PermissionsResource::addRoutes(m_routes);
}

void SandboxTenant::setRates(RateLimit data, RateLimit userWrites)
{
    m_options.dataRate = data;
    m_options.userWriteRate = userWrites;
    m_dataLimiter.setLimit(data);
    m_userWriteLimiter.setLimit(userWrites);
}

QList<SandboxTenant::RouteInfo> SandboxTenant::routes() const
{
    QList<RouteInfo> out;
    for (const Route& r : m_routes.routes()) {
        const QString path = r.pattern.pattern();
        out.append(RouteInfo { r.method, path.mid(1, path.size() - 2), r.surface });
    }
    return out;
}

QJsonObject SandboxTenant::saveState() const
{
    return toJson(m_state);
}

QString SandboxTenant::restoreState(const QJsonObject& state)
{
    auto restored = fromJson(state, m_state);
    if (!restored)
        return restored.error();
    m_state = std::move(restored.value());
    return {};
}

SandboxResponse SandboxTenant::envelope(const Reply& reply)
{
    SandboxResponse r;
    r.status = reply.status;
    const bool ok = reply.errorCode.isEmpty();
    if (ok && !reply.rawData.isEmpty()) {
        // The envelope below, written directly: its keys in QJsonObject's (sorted) order.
        const QByteArray id = QByteArray::number(++m_requestCounter);
        r.rawBody.reserve(reply.rawData.size() + 96);
        r.rawBody += "{\"data\":";
        r.rawBody += reply.rawData;
        r.rawBody += ",\"errorCode\":null,\"errorDesc\":null,\"requestId\":\"sbx-";
        r.rawBody += id;
        r.rawBody += "\",\"result\":true}";
        return r;
    }
    r.body = QJsonObject { { QStringLiteral("result"), ok },
                           { QStringLiteral("errorCode"),
                             ok ? QJsonValue::Null : QJsonValue(QString::fromLatin1(reply.errorCode)) },
                           { QStringLiteral("errorDesc"), ok ? QJsonValue::Null : QJsonValue(reply.errorDesc) },
                           { QStringLiteral("data"), ok ? reply.data : QJsonValue::Null },
                           { QStringLiteral("requestId"), QStringLiteral("sbx-%1").arg(++m_requestCounter) } };
    return r;
}

SandboxResponse SandboxTenant::handle(const SandboxRequest& req, qint64 nowMs)
{
    SandboxResponse r = respond(req, nowMs);
    if (!r.rawBody.isEmpty())
        r.body = QJsonDocument::fromJson(std::exchange(r.rawBody, {})).object();
    return r;
}

SandboxResponse SandboxTenant::respond(const SandboxRequest& req, qint64 nowMs)
{
    SandboxResponse r = dispatch(req, nowMs);
    if (!m_options.publicApiOnly)
        r.headers.append(qMakePair(QByteArray(kExtensionsHeader), QByteArray("extensions")));
    return r;
}

SandboxResponse SandboxTenant::dispatch(const SandboxRequest& req, qint64 nowMs)
{
    const Route* match = nullptr;
    QStringList args;
    bool pathKnown = false;
    for (const Route& r : m_routes.routes()) {
        const auto m = r.pattern.match(req.path);
        if (!m.hasMatch())
            continue;
        pathKnown = true;
        if (r.method == req.method) {
            match = &r;
            args = m.capturedTexts().mid(1);
            break;
        }
    }
    if (match && match->surface == Surface::SandboxOnly) {
        if (m_sandboxOnlyRequests.size() < 10000)
            m_sandboxOnlyRequests << QString::fromLatin1(req.method) + QLatin1Char(' ') + req.path;
        if (m_options.publicApiOnly) // a real tenant has no such API
            return envelope(notFound(req));
    }
    if (!match) {
        if (pathKnown)
            return envelope(
                Reply::error(405, "GS_METHOD",
                             QStringLiteral("%1 is not allowed on %2").arg(QString::fromLatin1(req.method), req.path)));
        return envelope(notFound(req));
    }
    if (auto refused = authenticate(*match, req))
        return envelope(*refused);
    if (auto limited = limit(*match, nowMs))
        return *limited;

    Call call { req, args, {} };
    if (match->jsonBody()) {
        if (req.body.size() > kMaxBodyBytes)
            return envelope(
                Reply::error(413, "GS_BAD_REQUEST", QStringLiteral("The request body is larger than 1 MiB.")));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
        if (pe.error != QJsonParseError::NoError)
            return envelope(Reply::error(400, "GS_BAD_REQUEST",
                                         QStringLiteral("The request body is not valid JSON: %1 at byte %2.")
                                             .arg(pe.errorString())
                                             .arg(pe.offset)));
        if (!doc.isObject())
            return envelope(
                Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("The request body must be a JSON object.")));
        call.json = doc.object();
    }
    Tenant tenant { m_options, m_data, m_state };
    const Reply reply = match->handler(tenant, call);
    if ((match->effect == Effect::Writes && reply.status < 400) || reply.stateMoved)
        ++m_stateVersion;
    return envelope(reply);
}

// The key or token of the route's side, then for a write the caller's admin rights; nullopt when let through.
std::optional<Reply> SandboxTenant::authenticate(const Route& route, const SandboxRequest& req) const
{
    if (route.side == Side::Gainsight) {
        const QByteArray key = req.headers.value("accesskey");
        if (key.isEmpty())
            return Reply::error(401, "GS_AUTH",
                                QStringLiteral("No access key was sent. Send the Gainsight REST API "
                                               "access key in the \"accesskey\" header."));
        if (key != m_options.accessKey.toUtf8())
            return Reply::error(401, "GS_AUTH",
                                QStringLiteral("The access key is not valid for this tenant. Generate "
                                               "a new one under Administration > Connectors 2.0 > "
                                               "Gainsight API."));
    } else {
        const QByteArray auth = req.headers.value("authorization");
        if (!auth.startsWith("Bearer ") || auth.size() <= 7)
            return Reply::error(401, "GS_AUTH",
                                QStringLiteral("No Staircase API token was sent (Authorization: Bearer …)."));
        if (auth.mid(7) != m_options.staircaseToken.toUtf8())
            return Reply::error(401, "GS_AUTH",
                                QStringLiteral("The Staircase API token is not valid. Create a new one "
                                               "in Staircase under Settings > API Tokens."));
    }
    if (route.effect != Effect::Writes)
        return std::nullopt;
    const TenantFacts& f = m_data.facts();
    const User& caller = m_state.users.at(size_t(f.callerUser));
    if (route.side == Side::Gainsight && !caller.isAdmin && !caller.superAdmin)
        return Reply::error(403, "GS_FORBIDDEN",
                            QStringLiteral("%1 is not a Gainsight admin: changing the tenant's configuration needs an "
                                           "admin's access key.")
                                .arg(caller.email));
    if (route.side == Side::Staircase && !f.staircaseTokenAdmin)
        return Reply::error(403, "GS_FORBIDDEN",
                            QStringLiteral("The Staircase token's user is not a Staircase Admin: changing the "
                                           "integration needs the Staircase Admin role."));
    return std::nullopt;
}

void SandboxTenant::refuseUserWrite(int nth, int retryAfterS)
{
    m_refuseUserWriteIn = nth;
    m_refuseRetryAfterS = std::max(1, retryAfterS);
}

// The route's fixed-window limit: a 429 with Retry-After pointing at the next window, or nullopt.
std::optional<SandboxResponse> SandboxTenant::limit(const Route& route, qint64 nowMs)
{
    RateLimiter* limiter = route.rate == RateClass::Data ? &m_dataLimiter
        : route.rate == RateClass::UserWrites            ? &m_userWriteLimiter
                                                         : nullptr;
    if (!limiter)
        return std::nullopt;
    qint64 waitMs = 0;
    if (limiter == &m_userWriteLimiter && m_refuseUserWriteIn >= 0 && m_refuseUserWriteIn-- == 0)
        waitMs = qint64(m_refuseRetryAfterS) * 1000;
    else
        waitMs = limiter->take(nowMs);
    if (waitMs <= 0)
        return std::nullopt;
    const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
    SandboxResponse r = envelope(Reply::error(429, "GS_RATE_LIMIT",
                                              QStringLiteral("Too many requests: this tenant allows %1 for this API "
                                                             "(fixed windows). Try again in %2 s.")
                                                  .arg(describeWindows(limiter->limit().windows()))
                                                  .arg(seconds)));
    r.headers.append({ "Retry-After", QByteArray::number(seconds) });
    return r;
}

} // namespace banister::sandbox
