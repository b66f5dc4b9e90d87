#pragma once

#include "sandbox/SandboxData.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/TenantState.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

namespace banister::sandbox {

struct SandboxRequest
{
    QByteArray method; // upper case
    QString path; // decoded, without query
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // keys lower case
};

struct SandboxResponse
{
    int status = 200;
    QJsonObject body;
    // Set instead of body by SandboxTenant::respond() when the answer was written as bytes directly: the compact
    // JSON that QJsonDocument(body).toJson(Compact) would give.
    QByteArray rawBody;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// What a resource answers; SandboxTenant puts it in Gainsight's envelope with the request id.
struct Reply
{
    int status = 200;
    QJsonValue data; // the envelope's data on success
    QByteArray errorCode; // empty on success
    QString errorDesc;
    bool stateMoved = false; // a read that moved the state on (a support request advancing as support works)
    // On success, instead of data: data already written as compact JSON (large answers, such as pages of users).
    QByteArray rawData = {};

    static Reply ok(const QJsonValue& data, int status = 200) { return Reply { status, data, {}, {} }; }
    static Reply okJson(QByteArray json, int status = 200)
    {
        Reply r { status, {}, {}, {} };
        r.rawData = std::move(json);
        return r;
    }
    static Reply error(int status, const char* code, const QString& desc) { return Reply { status, {}, code, desc }; }
};

// One request as a resource's handler sees it.
struct Call
{
    const SandboxRequest& request;
    QStringList args; // captured path segments
    QJsonObject json; // the parsed body, for methods that take one
};

// The tenant as the resources see it: the seeded world and options to read, the configuration to read and change.
struct Tenant
{
    const SandboxOptions& options;
    const SandboxData& data;
    TenantState& state;
};

// Public: shaped after Gainsight's documented REST. SandboxOnly: invented for what a real tenant does in its admin
// UI; 404 with SandboxOptions::publicApiOnly.
enum class Surface { Public, SandboxOnly };
// Which credentials a route takes: Gainsight's accesskey header or Staircase's bearer token.
enum class Side { Gainsight, Staircase };
// Which fixed-window limit a route counts against.
enum class RateClass { None, Data, UserWrites };
// Writes change the tenant's configuration: 403 for a caller who is not an admin, and the state file is written.
// Reads include the read-only POSTs (query, SSO check).
enum class Effect { Reads, Writes };

// Short names for the resources' route tables, one column each: G/S side, P/X surface, rate class, R/W effect.
namespace columns {
constexpr Side G = Side::Gainsight;
constexpr Side S = Side::Staircase;
constexpr Surface P = Surface::Public;
constexpr Surface X = Surface::SandboxOnly;
constexpr RateClass NoLimit = RateClass::None;
constexpr RateClass Data = RateClass::Data;
constexpr RateClass UserWrites = RateClass::UserWrites;
constexpr Effect R = Effect::Reads;
constexpr Effect W = Effect::Writes;
} // namespace columns

using Handler = Reply (*)(Tenant&, const Call&);

struct Route
{
    QByteArray method;
    QRegularExpression pattern;
    Side side;
    Surface surface;
    RateClass rate;
    Effect effect;
    Handler handler;
    bool jsonBody() const { return method != "GET"; } // every method but GET takes a JSON object
};

// The tenant's routes in the order the resources registered them; a path is matched against each pattern whole.
class RouteTable
{
public:
    void add(const char* method, const char* pattern, Side side, Surface surface, RateClass rate, Effect effect,
             Handler handler)
    {
        m_routes.append(Route { QByteArray(method),
                                QRegularExpression(QLatin1Char('^') + QLatin1String(pattern) + QLatin1Char('$')), side,
                                surface, rate, effect, handler });
    }
    const QList<Route>& routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace banister::sandbox
