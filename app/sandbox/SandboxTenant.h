#pragma once

#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SandboxOptions.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QUrlQuery>
#include <functional>
#include <optional>

namespace banister::sandbox {

struct SandboxRequest
{
    QByteArray method; // upper case
    QString path;      // decoded, without query
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // keys lower case
};

struct SandboxResponse
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// The sandbox tenant's behaviour, free of any transport: a request in, an enveloped response out.
// SandboxServer puts it on the wire; tests and fuzzers can call handle() directly.
class SandboxTenant
{
public:
    explicit SandboxTenant(SandboxOptions options);

    // nowMs: ms since the epoch (UTC); the rate limits' fixed windows start at its multiples.
    SandboxResponse handle(const SandboxRequest& request, qint64 nowMs);

    // Public: shaped after Gainsight's documented REST. SandboxOnly: invented for what a real tenant does in its
    // admin UI; 404 with SandboxOptions::publicApiOnly.
    enum class Surface { Public, SandboxOnly };
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
    SandboxData& data() { return m_data; }
    const SandboxData& data() const { return m_data; }
    void setRates(RateLimit data, RateLimit userWrites);

    // The configuration Banister changes (not the seeded data), for --state persistence.
    QJsonObject saveState() const;
    QString restoreState(const QJsonObject& state); // error text or empty
    // Grows with every change to what saveState() holds (writes, and GETs that move a support request on),
    // so the server knows when to write the state file.
    quint64 stateVersion() const { return m_stateVersion; }

    static constexpr int kMaxBodyBytes = 1 << 20;

private:
    enum class Side { Gainsight, Staircase };
    enum class RateClass { None, Data, UserWrites };
    SandboxResponse dispatch(const SandboxRequest& request, qint64 nowMs);
    struct Context
    {
        const SandboxRequest& request;
        QStringList args; // captured path segments
        QJsonObject json; // parsed body for write/query methods
    };
    using Handler = std::function<SandboxResponse(SandboxTenant&, const Context&)>;
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Side side;
        RateClass rate;
        bool jsonBody;
        Handler handler;
        Surface surface = Surface::SandboxOnly;
        bool adminWrite = false; // changes the tenant's configuration: 403 for a caller who is not an admin
        bool changesState = true; // false for GETs and read-only POSTs (query, SSO check)
    };

    void addRoute(const char* method, const char* pattern, Side side, Surface surface, RateClass rate, bool jsonBody,
                  Handler h);
    void registerRoutes();
    QStringList m_sandboxOnlyRequests;
    SandboxResponse ok(const QJsonValue& data);
    SandboxResponse error(int status, const char* code, const QString& desc);

    SandboxResponse tenantInfo(const Context& c);
    SandboxResponse describe(const Context& c);
    SandboxResponse query(const Context& c);
    SandboxResponse distinct(const Context& c);
    SandboxResponse listUsers(const Context& c);
    SandboxResponse staircaseIntegration(const Context& c);

    SandboxResponse listSupportRequests(const Context& c);
    SandboxResponse createSupportRequest(const Context& c);
    SandboxResponse getSupportRequest(const Context& c);
    SandboxResponse connectStaircase(const Context& c);
    SandboxResponse apps(const Context& c);
    SandboxResponse getCrm(const Context& c);
    SandboxResponse putCrm(const Context& c);
    SandboxResponse getAccountFields(const Context& c);
    SandboxResponse putAccountMappings(const Context& c);
    // 409 unless Staircase is connected to Gainsight (the CRM and field tabs appear only then); nullopt when fine.
    std::optional<SandboxResponse> requireConnected();
    QJsonArray accountFieldsJson() const;
    SandboxResponse listLayouts(const Context& c);
    SandboxResponse getLayout(const Context& c);
    SandboxResponse putLayout(const Context& c);
    SandboxResponse previewLayout(const Context& c);
    SandboxResponse listDashboards(const Context& c);
    SandboxResponse getDashboardPermissions(const Context& c);
    SandboxResponse putDashboardPermissions(const Context& c);
    SandboxResponse listRoles(const Context& c);
    SandboxResponse putUsers(const Context& c);
    SandboxResponse putUserStatus(const Context& c);
    SandboxResponse bundles(const Context& c);
    SandboxResponse editBundle(const Context& c);
    SandboxResponse rules(const Context& c);
    SandboxResponse userPermissions(const Context& c);
    SandboxResponse ssoCheck(const Context& c);
    bool hasStaircaseAccess(const User& u) const;
    SandboxResponse userNotFound(const QString& id);
    std::optional<SandboxResponse> userBatch(const Context& c, const char* shape, QJsonArray& batch);
    int layoutIndex(const QString& id) const;
    SandboxResponse layoutNotFound(const QString& id);
    QJsonArray bundlesJson() const;
    QJsonArray paletteJson() const;
    QJsonObject layoutJson(int index, bool withPalette) const;

    QJsonObject userJson(const User& u) const;
    QJsonObject integrationJson() const;
    QJsonObject supportRequestJson(int index) const;
    void completeSupportRequest(int index);
    void markConnected(const QString& subdomain, const QString& connectedAs);

    SandboxOptions m_options;
    SandboxData m_data;
    RateLimiter m_dataLimiter;
    RateLimiter m_userWriteLimiter;
    QList<Route> m_routes;

    // Mutable tenant state: what Banister configures.
    struct SupportRequest
    {
        QString id;
        QString type; // "staircase-integration" | "upgrade-connection"
        QString status = QStringLiteral("open"); // open -> in-progress -> done (one step per GET, as support works)
        QString contact;
        QString note;
    };
    QList<SupportRequest> m_supportRequests;
    bool m_linked = false; // Gainsight Support has linked the Staircase tenant (integration request done)
    bool m_connected = false;
    QString m_connectedSubdomain;
    QString m_connectedAs;
    QJsonObject m_crm;                   // the CRM tab, in the profile's keys
    QHash<QString, QString> m_mappings;  // Staircase account field key -> Gainsight Company field
    struct Layout
    {
        QString id;
        QString name;
        QString type; // C360 | P360
        QList<QPair<QString, QString>> sections; // key, label
    };
    QList<Layout> m_layouts;
    QJsonObject m_dashboardPermissions; // the Staircase Executive Dashboard's {permission, principals}
    quint64 m_requestCounter = 0;
    quint64 m_stateVersion = 0;
};

} // namespace banister::sandbox
