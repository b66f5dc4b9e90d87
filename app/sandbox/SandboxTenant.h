#pragma once

#include "sandbox/RateLimiter.h"
#include "sandbox/RouteTable.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/TenantState.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace banister::sandbox {

// The sandbox tenant's behaviour, free of any transport: a request in, an enveloped response out.
// SandboxServer puts it on the wire; tests and fuzzers can call handle() directly.
//
// The tenant owns what every route shares: matching a request to a route, Gainsight's envelope and request ids,
// authentication per side, the admin check for writes, and the fixed-window rate limits. Each resource
// (app/sandbox/resources) registers its routes and answers from the seeded world and the one TenantState.
class SandboxTenant
{
public:
    explicit SandboxTenant(SandboxOptions options);

    // nowMs: ms since the epoch (UTC); the rate limits' fixed windows start at its multiples.
    SandboxResponse handle(const SandboxRequest& request, qint64 nowMs);
    // handle() as the wire needs it: a large answer may come as rawBody (its bytes) with body left empty.
    SandboxResponse respond(const SandboxRequest& request, qint64 nowMs);

    using Surface = sandbox::Surface;
    struct RouteInfo
    {
        QByteArray method;
        QString path; // the route's pattern, e.g. /v1/layouts/([^/]+)
        Surface surface;
    };
    QList<RouteInfo> routes() const;
    // Requests that reached a sandbox-only route (answered or, with publicApiOnly, refused), "METHOD /path" each.
    const QStringList& sandboxOnlyRequests() const { return m_sandboxOnlyRequests; }
    // Sent with every answer unless publicApiOnly: the sandbox's routes beyond the documented ones are there.
    static constexpr const char* kExtensionsHeader = "X-Banister-Sandbox";

    const SandboxOptions& options() const { return m_options; }
    const QString& accessKey() const { return m_options.accessKey; }
    const QString& staircaseToken() const { return m_options.staircaseToken; }
    // The seeded world as generated; what the API changed since is in state().
    const SandboxData& data() const { return m_data; }
    const TenantState& state() const { return m_state; }
    void setRates(RateLimit data, RateLimit userWrites);
    // Answers the nth User Management write from now on (0: the next) with a 429 asking to wait retryAfterS, once,
    // as a tenant does whose count of calls is ahead of the client's (another tool used the same budget).
    void refuseUserWrite(int nth, int retryAfterS);

    // The configuration Banister changes (not the seeded data), for --state persistence: toJson/fromJson of state().
    QJsonObject saveState() const;
    QString restoreState(const QJsonObject& state); // error text or empty
    // Grows with every change to what saveState() holds (writes, and GETs that move a support request on),
    // so the server knows when to write the state file.
    quint64 stateVersion() const { return m_stateVersion; }

    static constexpr int kMaxBodyBytes = 1 << 20;

private:
    SandboxResponse dispatch(const SandboxRequest& request, qint64 nowMs);
    std::optional<Reply> authenticate(const Route& route, const SandboxRequest& request) const;
    std::optional<SandboxResponse> limit(const Route& route, qint64 nowMs);
    SandboxResponse envelope(const Reply& reply);

    SandboxOptions m_options;
    SandboxData m_data;
    TenantState m_state;
    RateLimiter m_dataLimiter;
    RateLimiter m_userWriteLimiter;
    int m_refuseUserWriteIn = -1; // refuseUserWrite(): user writes still to answer normally, -1 for none
    int m_refuseRetryAfterS = 0;
    RouteTable m_routes;
    QStringList m_sandboxOnlyRequests;
    quint64 m_requestCounter = 0;
    quint64 m_stateVersion = 0;
};

} // namespace banister::sandbox
