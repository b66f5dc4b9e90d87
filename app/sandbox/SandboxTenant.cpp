#include "sandbox/SandboxTenant.h"

#include "core/Graphemes.h"
#include "sandbox/CompanyQuery.h"
#include "sandbox/CrmFilterCheck.h"
#include "sandbox/StaircaseFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <cmath>

namespace banister::sandbox {

namespace {
QString randomSecret(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

Result<int> queryInt(const QUrlQuery& q, const char* key, int def, int lo, int hi)
{
    if (!q.hasQueryItem(QLatin1String(key)))
        return def;
    bool ok = false;
    const qint64 v = q.queryItemValue(QLatin1String(key)).toLongLong(&ok);
    if (!ok || v < lo || v > hi)
        return Result<int>::failure(
            QStringLiteral("%1 must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(lo).arg(hi));
    return int(v);
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
    registerRoutes();
    const auto sections = [](std::initializer_list<const char*> keys) {
        static const QHash<QString, QString> labels{
            {QStringLiteral("summary"), QStringLiteral("Summary")},       {QStringLiteral("attributes"), QStringLiteral("Attributes")},
            {QStringLiteral("timeline"), QStringLiteral("Timeline")},     {QStringLiteral("cockpit"), QStringLiteral("Cockpit")},
            {QStringLiteral("scorecard"), QStringLiteral("Scorecard")},   {QStringLiteral("people"), QStringLiteral("People")},
            {QStringLiteral("success-plans"), QStringLiteral("Success Plans")},
            {QStringLiteral("relationships"), QStringLiteral("Relationships")}};
        QList<QPair<QString, QString>> out;
        for (const char* k : keys)
            out.append({QLatin1String(k), labels.value(QLatin1String(k))});
        return out;
    };
    m_layouts = {
        {QStringLiteral("c360-enterprise"), QStringLiteral("Enterprise C360"), QStringLiteral("C360"),
         sections({"summary", "attributes", "cockpit", "timeline", "scorecard", "people", "success-plans"})},
        {QStringLiteral("c360-midmarket"), QStringLiteral("Mid-Market C360"), QStringLiteral("C360"),
         sections({"summary", "timeline", "cockpit", "scorecard", "people"})},
        {QStringLiteral("c360-smb"), QStringLiteral("SMB C360"), QStringLiteral("C360"), sections({"summary", "timeline", "scorecard"})},
        {QStringLiteral("p360-default"), QStringLiteral("Person 360"), QStringLiteral("P360"),
         sections({"summary", "attributes", "timeline", "relationships"})},
        {QStringLiteral("p360-executive"), QStringLiteral("Executive P360"), QStringLiteral("P360"),
         sections({"summary", "timeline", "relationships"})}};
    for (Layout& l : m_layouts)
        l.id = m_options.layoutIdPrefix + l.id;
    if (!m_options.subdomain.isEmpty()) {
        m_data.facts().subdomain = m_options.subdomain;
        m_data.facts().tenantName = m_options.subdomain.left(1).toUpper() + m_options.subdomain.mid(1) + QStringLiteral(" Inc.");
    }
    // "By default, only the System Administrator is assigned."
    m_dashboardPermissions = QJsonObject{
        {QStringLiteral("permission"), QStringLiteral("specific")},
        {QStringLiteral("principals"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("role")},
                                                             {QStringLiteral("id"), QStringLiteral("System Administrator")}}}}};
}

void SandboxTenant::setRates(RateLimit data, RateLimit userWrites)
{
    m_options.dataRate = data;
    m_options.userWriteRate = userWrites;
    m_dataLimiter.setLimit(data);
    m_userWriteLimiter.setLimit(userWrites);
}

void SandboxTenant::addRoute(const char* method, const char* pattern, Side side, Surface surface, RateClass rate,
                             bool jsonBody, Handler h)
{
    m_routes.append(Route{QByteArray(method),
                          QRegularExpression(QLatin1Char('^') + QLatin1String(pattern) + QLatin1Char('$')), side, rate,
                          jsonBody, std::move(h)});
    m_routes.last().surface = surface;
    m_routes.last().changesState = qstrcmp(method, "GET") != 0;
}

void SandboxTenant::registerRoutes()
{
    // The tenant's routes, one line each, classified: P = public, shaped after Gainsight's documented REST (data
    // describe and query, User Management's fetch, update users and update status); X = sandbox-only, invented so
    // the sandbox can stand for what a real tenant does in its admin UI. With publicApiOnly, X answers 404 as a real
    // tenant would (README: "Tenant routes").
    const auto G = Side::Gainsight;
    const auto S = Side::Staircase;
    const auto P = Surface::Public;
    const auto X = Surface::SandboxOnly;
    addRoute("GET", "/v1/tenant/info", G, X, RateClass::None, false, &SandboxTenant::tenantInfo);
    addRoute("GET", "/v1/meta/services/objects/([^/]+)/describe", G, P, RateClass::Data, false, &SandboxTenant::describe);
    addRoute("POST", "/v1/data/objects/query/([^/]+)", G, P, RateClass::Data, true, &SandboxTenant::query);
    m_routes.last().changesState = false;
    addRoute("GET", "/v1/data/objects/([^/]+)/distinct", G, X, RateClass::Data, false, &SandboxTenant::distinct);
    addRoute("GET", "/v1/users", G, P, RateClass::None, false, &SandboxTenant::listUsers);
    addRoute("GET", "/staircase/v1/integrations/gainsight", S, X, RateClass::None, false,
             &SandboxTenant::staircaseIntegration);
    addRoute("POST", "/staircase/v1/integrations/gainsight/connect", S, X, RateClass::None, true,
             &SandboxTenant::connectStaircase);
    addRoute("GET", "/v1/support/requests", G, X, RateClass::None, false, &SandboxTenant::listSupportRequests);
    addRoute("POST", "/v1/support/requests", G, X, RateClass::None, true, &SandboxTenant::createSupportRequest);
    addRoute("GET", "/v1/support/requests/([^/]+)", G, X, RateClass::None, false, &SandboxTenant::getSupportRequest);
    addRoute("GET", "/v1/apps", G, X, RateClass::None, false, &SandboxTenant::apps);
    addRoute("GET", "/staircase/v1/integrations/gainsight/crm", S, X, RateClass::None, false, &SandboxTenant::getCrm);
    addRoute("PUT", "/staircase/v1/integrations/gainsight/crm", S, X, RateClass::None, true, &SandboxTenant::putCrm);
    addRoute("GET", "/staircase/v1/fields/account", S, X, RateClass::None, false, &SandboxTenant::getAccountFields);
    addRoute("GET", "/v1/layouts", G, X, RateClass::None, false, &SandboxTenant::listLayouts);
    addRoute("GET", "/v1/layouts/([^/]+)", G, X, RateClass::None, false, &SandboxTenant::getLayout);
    addRoute("PUT", "/v1/layouts/([^/]+)", G, X, RateClass::None, true, &SandboxTenant::putLayout);
    addRoute("GET", "/v1/layouts/([^/]+)/preview", G, X, RateClass::None, false, &SandboxTenant::previewLayout);
    addRoute("GET", "/v1/dashboards", G, X, RateClass::None, false, &SandboxTenant::listDashboards);
    addRoute("GET", "/v1/dashboards/([^/]+)/permissions", G, X, RateClass::None, false, &SandboxTenant::getDashboardPermissions);
    addRoute("PUT", "/v1/dashboards/([^/]+)/permissions", G, X, RateClass::None, true, &SandboxTenant::putDashboardPermissions);
    addRoute("GET", "/v1/roles", G, X, RateClass::None, false, &SandboxTenant::listRoles);
    addRoute("PUT", "/v1/users", G, P, RateClass::UserWrites, true, &SandboxTenant::putUsers);
    addRoute("PUT", "/v1/users/status", G, P, RateClass::UserWrites, true, &SandboxTenant::putUserStatus);
    addRoute("GET", "/v1/permissions/bundles", G, X, RateClass::None, false, &SandboxTenant::bundles);
    addRoute("PUT", "/v1/permissions/bundles/([^/]+)", G, X, RateClass::None, true, &SandboxTenant::editBundle);
    addRoute("GET", "/v1/permissions/rules", G, X, RateClass::None, false, &SandboxTenant::rules);
    addRoute("GET", "/v1/users/([^/]+)/permissions", G, X, RateClass::None, false, &SandboxTenant::userPermissions);
    addRoute("POST", "/v1/sso/check", G, X, RateClass::None, true, &SandboxTenant::ssoCheck);
    m_routes.last().changesState = false;
    addRoute("PUT", "/staircase/v1/fields/account/mappings", S, X, RateClass::None, true, &SandboxTenant::putAccountMappings);
    // Every write but the read-only POSTs (query, SSO check) changes the configuration: admins only, as on a real
    // tenant.
    for (Route& r : m_routes) {
        const QString pattern = r.pattern.pattern();
        r.adminWrite = r.method != "GET" && !pattern.contains(QLatin1String("/v1/data/objects/query/"))
            && !pattern.contains(QLatin1String("/v1/sso/check"));
    }
}

SandboxResponse SandboxTenant::ok(const QJsonValue& data)
{
    SandboxResponse r;
    r.body = QJsonObject{{QStringLiteral("result"), true},
                         {QStringLiteral("errorCode"), QJsonValue::Null},
                         {QStringLiteral("errorDesc"), QJsonValue::Null},
                         {QStringLiteral("data"), data},
                         {QStringLiteral("requestId"), QStringLiteral("sbx-%1").arg(++m_requestCounter)}};
    return r;
}

SandboxResponse SandboxTenant::error(int status, const char* code, const QString& desc)
{
    SandboxResponse r;
    r.status = status;
    r.body = QJsonObject{{QStringLiteral("result"), false},
                         {QStringLiteral("errorCode"), QLatin1String(code)},
                         {QStringLiteral("errorDesc"), desc},
                         {QStringLiteral("data"), QJsonValue::Null},
                         {QStringLiteral("requestId"), QStringLiteral("sbx-%1").arg(++m_requestCounter)}};
    return r;
}

QList<SandboxTenant::RouteInfo> SandboxTenant::routes() const
{
    QList<RouteInfo> out;
    for (const Route& r : m_routes) {
        QString path = r.pattern.pattern();
        out.append(RouteInfo{r.method, path.mid(1, path.size() - 2), r.surface});
    }
    return out;
}

SandboxResponse SandboxTenant::handle(const SandboxRequest& req, qint64 nowMs)
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
    for (const Route& r : m_routes) {
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
            return error(404, "GS_NOT_FOUND",
                         QStringLiteral("No API at %1 %2 on this tenant").arg(QString::fromLatin1(req.method), req.path));
    }
    if (!match) {
        if (pathKnown)
            return error(405, "GS_METHOD",
                         QStringLiteral("%1 is not allowed on %2").arg(QString::fromLatin1(req.method), req.path));
        return error(404, "GS_NOT_FOUND",
                     QStringLiteral("No API at %1 %2 on this tenant").arg(QString::fromLatin1(req.method), req.path));
    }

    if (match->side == Side::Gainsight) {
        const QByteArray key = req.headers.value("accesskey");
        if (key.isEmpty())
            return error(401, "GS_AUTH", QStringLiteral("No access key was sent. Send the Gainsight REST API access key "
                                                        "in the \"accesskey\" header."));
        if (key != m_options.accessKey.toUtf8())
            return error(401, "GS_AUTH", QStringLiteral("The access key is not valid for this tenant. Generate a new "
                                                        "one under Administration > Connectors 2.0 > Gainsight API."));
    } else {
        const QByteArray auth = req.headers.value("authorization");
        if (!auth.startsWith("Bearer ") || auth.size() <= 7)
            return error(401, "GS_AUTH", QStringLiteral("No Staircase API token was sent (Authorization: Bearer …)."));
        if (auth.mid(7) != m_options.staircaseToken.toUtf8())
            return error(401, "GS_AUTH", QStringLiteral("The Staircase API token is not valid. Create a new one in "
                                                        "Staircase under Settings > API Tokens."));
    }

    if (match->adminWrite) {
        const TenantFacts& f = m_data.facts();
        const User& caller = m_data.users().at(size_t(f.callerUser));
        if (match->side == Side::Gainsight && !caller.isAdmin && !caller.superAdmin)
            return error(403, "GS_FORBIDDEN",
                         QStringLiteral("%1 is not a Gainsight admin: changing the tenant's configuration needs an admin's "
                                        "access key.")
                             .arg(caller.email));
        if (match->side == Side::Staircase && !f.staircaseTokenAdmin)
            return error(403, "GS_FORBIDDEN",
                         QStringLiteral("The Staircase token's user is not a Staircase Admin: changing the integration "
                                        "needs the Staircase Admin role."));
    }

    RateLimiter* limiter = match->rate == RateClass::Data ? &m_dataLimiter
        : match->rate == RateClass::UserWrites             ? &m_userWriteLimiter
                                                           : nullptr;
    if (limiter) {
        const qint64 waitMs = limiter->take(nowMs);
        if (waitMs > 0) {
            const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
            SandboxResponse r = error(429, "GS_RATE_LIMIT",
                                      QStringLiteral("Too many requests: this tenant allows %1 for this API (fixed "
                                                     "windows). Try again in %2 s.")
                                          .arg(describeWindows(limiter->limit().windows()))
                                          .arg(seconds));
            r.headers.append({"Retry-After", QByteArray::number(seconds)});
            return r;
        }
    }

    Context ctx{req, args, {}};
    if (match->jsonBody) {
        if (req.body.size() > kMaxBodyBytes)
            return error(413, "GS_BAD_REQUEST", QStringLiteral("The request body is larger than 1 MiB."));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
        if (pe.error != QJsonParseError::NoError)
            return error(400, "GS_BAD_REQUEST",
                         QStringLiteral("The request body is not valid JSON: %1 at byte %2.")
                             .arg(pe.errorString())
                             .arg(pe.offset));
        if (!doc.isObject())
            return error(400, "GS_BAD_REQUEST", QStringLiteral("The request body must be a JSON object."));
        ctx.json = doc.object();
    }
    SandboxResponse resp = match->handler(*this, ctx);
    if (match->changesState && resp.status < 400)
        ++m_stateVersion;
    return resp;
}

SandboxResponse SandboxTenant::tenantInfo(const Context&)
{
    const TenantFacts& f = m_data.facts();
    const User& caller = m_data.users().at(size_t(f.callerUser));
    return ok(QJsonObject{
        {QStringLiteral("tenantName"), f.tenantName},
        {QStringLiteral("subdomain"), f.subdomain},
        {QStringLiteral("subscriptions"),
         QJsonObject{{QStringLiteral("gainsightCs"), f.gainsightCs}, {QStringLiteral("staircase"), f.staircase}}},
        {QStringLiteral("primaryCrm"), f.primaryCrm},
        {QStringLiteral("aiFollowUp"), f.aiFollowUp},
        {QStringLiteral("caller"),
         QJsonObject{{QStringLiteral("email"), caller.email},
                     {QStringLiteral("name"), caller.name},
                     {QStringLiteral("isAdmin"), caller.isAdmin || caller.superAdmin},
                     {QStringLiteral("isSuperAdmin"), caller.superAdmin}}},
    });
}

SandboxResponse SandboxTenant::describe(const Context& c)
{
    if (c.args.value(0) != QLatin1String("Company"))
        return error(404, "GS_NOT_FOUND", QStringLiteral("Object \"%1\" was not found on this tenant.").arg(c.args.value(0)));
    return ok(describeCompany(m_data));
}

SandboxResponse SandboxTenant::query(const Context& c)
{
    if (c.args.value(0) != QLatin1String("Company"))
        return error(404, "GS_NOT_FOUND", QStringLiteral("Object \"%1\" was not found on this tenant.").arg(c.args.value(0)));
    auto result = queryCompany(m_data, c.json);
    if (!result)
        return error(400, "GS_BAD_REQUEST", QStringLiteral("Invalid query: %1.").arg(result.error()));
    return ok(result.value());
}

SandboxResponse SandboxTenant::distinct(const Context& c)
{
    if (c.args.value(0) != QLatin1String("Company"))
        return error(404, "GS_NOT_FOUND", QStringLiteral("Object \"%1\" was not found on this tenant.").arg(c.args.value(0)));
    const QString field = c.request.query.queryItemValue(QStringLiteral("field"), QUrl::FullyDecoded);
    if (field.isEmpty())
        return error(400, "GS_BAD_REQUEST", QStringLiteral("Name the field: ?field=Status."));
    auto result = distinctCompanyValues(m_data, field);
    if (!result)
        return error(400, "GS_BAD_REQUEST", QStringLiteral("Invalid request: %1.").arg(result.error()));
    return ok(result.value());
}

namespace {
const QStringList& staircaseRoles()
{
    static const QStringList roles{QStringLiteral("Staircase User"), QStringLiteral("Staircase Manager"),
                                   QStringLiteral("Staircase Admin")};
    return roles;
}

bool validEmail(const QString& email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}
} // namespace

// The article's rule: a Staircase role, a username equal to a valid email, and an active user give access.
bool SandboxTenant::hasStaircaseAccess(const User& u) const
{
    const bool role = std::any_of(u.gsRoles.begin(), u.gsRoles.end(), [](const QString& r) { return staircaseRoles().contains(r); });
    const bool licensed = u.license == QLatin1String("Full") || u.license == QLatin1String("Viewer Plus");
    return m_connected && role && licensed && u.active && u.username == u.email && validEmail(u.email);
}

QJsonObject SandboxTenant::userJson(const User& u) const
{
    QJsonObject o{{QStringLiteral("id"), u.id},
                       {QStringLiteral("name"), u.name},
                       {QStringLiteral("email"), u.email},
                       {QStringLiteral("username"), u.username},
                       {QStringLiteral("license"), u.license},
                       {QStringLiteral("active"), u.active},
                       {QStringLiteral("gsRoles"), QJsonArray::fromStringList(u.gsRoles)},
                       {QStringLiteral("managerId"), u.managerId.isEmpty() ? QJsonValue() : QJsonValue(u.managerId)},
                       {QStringLiteral("superAdmin"), u.superAdmin}};
    if (!m_options.publicApiOnly) // derived by the sandbox; Gainsight's documented user fetch has no such field
        o.insert(QStringLiteral("staircaseAccess"), hasStaircaseAccess(u));
    return o;
}

SandboxResponse SandboxTenant::listUsers(const Context& c)
{
    const QUrlQuery& q = c.request.query;
    auto page = queryInt(q, "page", 1, 1, 1000000);
    if (!page)
        return error(400, "GS_BAD_REQUEST", page.error());
    auto pageSize = queryInt(q, "pageSize", 50, 1, 500);
    if (!pageSize)
        return error(400, "GS_BAD_REQUEST", pageSize.error());
    const QString needle = q.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    if (needle.size() > 200)
        return error(400, "GS_BAD_REQUEST", QStringLiteral("The search text is longer than 200 characters."));
    QJsonArray records;
    qint64 total = 0;
    const qint64 first = qint64(page.value() - 1) * pageSize.value();
    for (const User& u : m_data.users()) {
        if (!needle.isEmpty() && !u.name.contains(needle, Qt::CaseInsensitive)
            && !u.email.contains(needle, Qt::CaseInsensitive) && !u.username.contains(needle, Qt::CaseInsensitive))
            continue;
        if (total >= first && total < first + pageSize.value())
            records.append(userJson(u));
        ++total;
    }
    return ok(QJsonObject{{QStringLiteral("records"), records},
                          {QStringLiteral("total"), total},
                          {QStringLiteral("page"), page.value()},
                          {QStringLiteral("pageSize"), pageSize.value()}});
}

SandboxResponse SandboxTenant::staircaseIntegration(const Context&)
{
    const TenantFacts& f = m_data.facts();
    if (!f.staircase)
        return error(404, "GS_NO_STAIRCASE",
                     QStringLiteral("This organization has no Staircase AI subscription, so there is no Staircase "
                                    "tenant to integrate. Contact your Gainsight representative."));
    if (!f.staircaseTokenAdmin)
        return error(403, "GS_FORBIDDEN",
                     QStringLiteral("Managing integrations needs the Staircase Admin role; the token's user does not "
                                    "have it."));
    return ok(integrationJson());
}

QJsonObject SandboxTenant::integrationJson() const
{
    return QJsonObject{
        {QStringLiteral("connected"), m_connected},
        {QStringLiteral("subdomain"), m_connected ? QJsonValue(m_connectedSubdomain) : QJsonValue()},
        {QStringLiteral("connectedAs"), m_connected ? QJsonValue(m_connectedAs) : QJsonValue()},
        {QStringLiteral("tabs"), m_connected ? QJsonArray{QStringLiteral("CRM"), QStringLiteral("Account Fields"),
                                                          QStringLiteral("Users")}
                                             : QJsonArray{}}};
}

QJsonObject SandboxTenant::supportRequestJson(int index) const
{
    const SupportRequest& r = m_supportRequests.at(index);
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("type"), r.type},
                       {QStringLiteral("status"), r.status},
                       {QStringLiteral("contact"), r.contact},
                       {QStringLiteral("note"), r.note}};
}

void SandboxTenant::markConnected(const QString& subdomain, const QString& connectedAs)
{
    m_connected = true;
    m_connectedSubdomain = subdomain;
    m_connectedAs = connectedAs;
    // "Once enabled, Gainsight super admins automatically receive Staircase Admin access."
    for (User& u : m_data.users())
        if (u.superAdmin && !u.gsRoles.contains(QLatin1String("Staircase Admin")))
            u.gsRoles.append(QStringLiteral("Staircase Admin"));
}

void SandboxTenant::completeSupportRequest(int index)
{
    const SupportRequest& r = m_supportRequests.at(index);
    if (r.type == QLatin1String("staircase-integration"))
        m_linked = true;
    else if (r.type == QLatin1String("upgrade-connection"))
        markConnected(m_data.facts().subdomain, QStringLiteral("Gainsight Support"));
}

namespace {
QJsonObject defaultCrm()
{
    return QJsonObject{{QStringLiteral("syncAccounts"), false},
                       {QStringLiteral("filter"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("all")},
                                                              {QStringLiteral("rows"), QJsonArray{}},
                                                              {QStringLiteral("combine"), QStringLiteral("and")}}},
                       {QStringLiteral("churnedStatuses"), QJsonArray{}},
                       {QStringLiteral("prospectStatuses"), QJsonArray{}},
                       {QStringLiteral("syncTeamHierarchy"), false},
                       {QStringLiteral("callSummaryUpload"), false}};
}

// Checks a CRM tab body against the tenant's fields; returns the error text or empty.
QString validateCrm(const QJsonObject& body, const SandboxData& data)
{
    const QStringList keys{QStringLiteral("syncAccounts"),     QStringLiteral("filter"),
                           QStringLiteral("churnedStatuses"),  QStringLiteral("prospectStatuses"),
                           QStringLiteral("syncTeamHierarchy"), QStringLiteral("callSummaryUpload")};
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!keys.contains(it.key()))
            return QStringLiteral("unknown key \"%1\"").arg(it.key());
    for (const char* b : {"syncAccounts", "syncTeamHierarchy", "callSummaryUpload"})
        if (!body.value(QLatin1String(b)).isBool())
            return QStringLiteral("%1 must be true or false").arg(QLatin1String(b));
    const QJsonObject filter = body.value(QLatin1String("filter")).toObject();
    const QString mode = filter.value(QLatin1String("mode")).toString();
    if (mode != QLatin1String("all") && mode != QLatin1String("specific"))
        return QStringLiteral("filter.mode must be \"all\" or \"specific\"");
    const QJsonValue rowsValue = filter.value(QLatin1String("rows"));
    if (!rowsValue.isArray())
        return QStringLiteral("filter.rows must be an array");
    const QJsonArray rows = rowsValue.toArray();
    if (mode == QLatin1String("specific") && rows.isEmpty())
        return QStringLiteral("\"Sync specific accounts\" needs at least one filter row");
    if (rows.size() > 20)
        return QStringLiteral("at most 20 filter rows are allowed");
    for (auto it = filter.begin(); it != filter.end(); ++it)
        if (it.key() != QLatin1String("mode") && it.key() != QLatin1String("rows") && it.key() != QLatin1String("combine"))
            return QStringLiteral("filter: unknown key \"%1\"").arg(it.key());
    const QJsonValue combine = filter.value(QLatin1String("combine"));
    if (!combine.isUndefined() && combine != QJsonValue(QStringLiteral("and")) && combine != QJsonValue(QStringLiteral("or")))
        return QStringLiteral("filter.combine must be \"and\" or \"or\"");
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
    for (const char* key : {"churnedStatuses", "prospectStatuses"}) {
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
} // namespace

std::optional<SandboxResponse> SandboxTenant::requireConnected()
{
    if (!m_data.facts().staircase)
        return error(404, "GS_NO_STAIRCASE", QStringLiteral("This organization has no Staircase AI subscription."));
    if (!m_connected)
        return error(409, "GS_CONFLICT", QStringLiteral("Staircase is not connected to Gainsight yet; the CRM and field "
                                                        "settings appear once the integration is connected."));
    return std::nullopt;
}

SandboxResponse SandboxTenant::getCrm(const Context&)
{
    if (auto e = requireConnected())
        return *e;
    return ok(m_crm.isEmpty() ? defaultCrm() : m_crm);
}

SandboxResponse SandboxTenant::putCrm(const Context& c)
{
    if (auto e = requireConnected())
        return *e;
    const QString problem = validateCrm(c.json, m_data);
    if (!problem.isEmpty())
        return error(400, "GS_BAD_REQUEST", QStringLiteral("The CRM settings were not saved: %1.").arg(problem));
    const QJsonObject before = m_crm.isEmpty() ? defaultCrm() : m_crm;
    m_crm = c.json;
    QJsonObject d = m_crm;
    d.insert(QStringLiteral("changed"), before != m_crm);
    return ok(d);
}

QJsonArray SandboxTenant::accountFieldsJson() const
{
    QJsonArray list;
    for (const StaircaseField& f : staircaseAccountFields()) {
        const QString mapped = f.outOfTheBox ? f.defaultMapping : m_mappings.value(f.key);
        list.append(QJsonObject{{QStringLiteral("key"), f.key},
                                {QStringLiteral("label"), f.label},
                                {QStringLiteral("type"), f.type},
                                {QStringLiteral("required"), f.required},
                                {QStringLiteral("outOfTheBox"), f.outOfTheBox},
                                {QStringLiteral("gainsightField"), mapped.isEmpty() ? QJsonValue() : QJsonValue(mapped)}});
    }
    return list;
}

SandboxResponse SandboxTenant::getAccountFields(const Context&)
{
    if (auto e = requireConnected())
        return *e;
    return ok(accountFieldsJson());
}

SandboxResponse SandboxTenant::putAccountMappings(const Context& c)
{
    if (auto e = requireConnected())
        return *e;
    const QJsonValue list = c.json.value(QLatin1String("mappings"));
    if (!list.isArray() || c.json.size() != 1)
        return error(400, "GS_BAD_REQUEST", QStringLiteral("Send {\"mappings\": [{\"staircaseField\", \"gainsightField\"}]}."));
    QHash<QString, QString> next;
    for (const QJsonValue& v : list.toArray()) {
        const QString key = v[QStringLiteral("staircaseField")].toString();
        const QString gs = v[QStringLiteral("gainsightField")].toString();
        const StaircaseField* f = staircaseField(key);
        if (!f)
            return error(400, "GS_BAD_REQUEST", QStringLiteral("Staircase has no account field \"%1\".").arg(key));
        if (next.contains(key))
            return error(400, "GS_BAD_REQUEST", QStringLiteral("%1 is mapped twice.").arg(f->label));
        const Column* column = m_data.column(gs);
        if (!column)
            return error(400, "GS_BAD_REQUEST", QStringLiteral("Gainsight has no Company field \"%1\" (for %2).").arg(gs, f->label));
        if (f->outOfTheBox) {
            if (gs != f->defaultMapping)
                return error(400, "GS_BAD_REQUEST", QStringLiteral("%1 is mapped out of the box to %2 and cannot be changed.")
                                                        .arg(f->label, f->defaultMapping));
            continue;
        }
        const QString why = incompatibility(*f, *column);
        if (!why.isEmpty())
            return error(400, "GS_BAD_REQUEST", QStringLiteral("%1 cannot map to %2: %3.").arg(f->label, gs, why));
        next.insert(key, gs);
    }
    const bool changed = next != m_mappings;
    m_mappings = next;
    return ok(QJsonObject{{QStringLiteral("fields"), accountFieldsJson()}, {QStringLiteral("changed"), changed}});
}

namespace {
const QStringList& knownRoles()
{
    static const QStringList roles{QStringLiteral("System Administrator"), QStringLiteral("Staircase Admin"),
                                   QStringLiteral("Staircase Manager"),    QStringLiteral("Staircase User"),
                                   QStringLiteral("Staircase CSM"),        QStringLiteral("CS Leadership"),
                                   QStringLiteral("CSM Manager"),          QStringLiteral("CSM"),
                                   QStringLiteral("Read Only")};
    return roles;
}
const QStringList& knownGroups()
{
    static const QStringList groups{QStringLiteral("CS Leadership Team"), QStringLiteral("EMEA CSMs"),
                                    QStringLiteral("Renewals Desk")};
    return groups;
}
const char* const kExecDashboard = "staircase-executive-dashboard";
} // namespace

QJsonArray SandboxTenant::paletteJson() const
{
    QJsonArray palette{QJsonObject{{QStringLiteral("key"), QStringLiteral("report")}, {QStringLiteral("label"), QStringLiteral("Report")}},
                       QJsonObject{{QStringLiteral("key"), QStringLiteral("html")}, {QStringLiteral("label"), QStringLiteral("HTML")}},
                       QJsonObject{{QStringLiteral("key"), QStringLiteral("embed")}, {QStringLiteral("label"), QStringLiteral("Embed Page")}}};
    if (m_connected)
        palette.prepend(QJsonObject{{QStringLiteral("key"), QStringLiteral("staircase-ai")},
                                    {QStringLiteral("label"), QStringLiteral("Staircase AI")}});
    return palette;
}

QJsonObject SandboxTenant::layoutJson(int index, bool withPalette) const
{
    const Layout& l = m_layouts.at(index);
    QJsonArray sections;
    for (const auto& sec : l.sections)
        sections.append(QJsonObject{{QStringLiteral("key"), sec.first}, {QStringLiteral("label"), sec.second}});
    QJsonObject o{{QStringLiteral("id"), l.id}, {QStringLiteral("name"), l.name}, {QStringLiteral("type"), l.type},
                  {QStringLiteral("sections"), sections}};
    if (withPalette)
        o.insert(QStringLiteral("palette"), paletteJson());
    return o;
}

int SandboxTenant::layoutIndex(const QString& id) const
{
    for (int i = 0; i < m_layouts.size(); ++i)
        if (m_layouts.at(i).id == id)
            return i;
    return -1;
}

SandboxResponse SandboxTenant::layoutNotFound(const QString& id)
{
    return error(404, "GS_NOT_FOUND", QStringLiteral("Layout \"%1\" was not found on this tenant.").arg(id));
}

SandboxResponse SandboxTenant::listLayouts(const Context& c)
{
    const QString type = c.request.query.queryItemValue(QStringLiteral("type"));
    if (!type.isEmpty() && type != QLatin1String("C360") && type != QLatin1String("P360"))
        return error(400, "GS_BAD_REQUEST", QStringLiteral("type must be C360 or P360."));
    QJsonArray list;
    for (int i = 0; i < m_layouts.size(); ++i)
        if (type.isEmpty() || m_layouts.at(i).type == type)
            list.append(layoutJson(i, false));
    return ok(QJsonObject{{QStringLiteral("layouts"), list}, {QStringLiteral("palette"), paletteJson()}});
}

SandboxResponse SandboxTenant::getLayout(const Context& c)
{
    const int index = layoutIndex(c.args.value(0));
    return index < 0 ? layoutNotFound(c.args.value(0)) : ok(layoutJson(index, true));
}

SandboxResponse SandboxTenant::putLayout(const Context& c)
{
    const int index = layoutIndex(c.args.value(0));
    if (index < 0)
        return layoutNotFound(c.args.value(0));
    const QJsonValue list = c.json.value(QLatin1String("sections"));
    if (!list.isArray() || c.json.size() != 1)
        return error(400, "GS_BAD_REQUEST", QStringLiteral("Send {\"sections\": [{\"key\", \"label\"}]}."));
    QSet<QString> allowed;
    for (const auto& sec : m_layouts.at(index).sections)
        allowed.insert(sec.first);
    for (const QJsonValue& p : paletteJson())
        allowed.insert(p[QStringLiteral("key")].toString());
    QList<QPair<QString, QString>> next;
    QSet<QString> seen;
    for (const QJsonValue& v : list.toArray()) {
        const QString key = v[QStringLiteral("key")].toString();
        const QString label = v[QStringLiteral("label")].toString();
        if (!allowed.contains(key))
            return error(400, "GS_BAD_REQUEST",
                         key == QLatin1String("staircase-ai")
                             ? QStringLiteral("The Staircase AI section is available once Staircase is connected to Gainsight.")
                             : QStringLiteral("Unknown section \"%1\" for this layout.").arg(key));
        if (seen.contains(key))
            return error(400, "GS_BAD_REQUEST", QStringLiteral("Section \"%1\" appears twice.").arg(key));
        if (label.trimmed().isEmpty())
            return error(400, "GS_BAD_REQUEST", QStringLiteral("Section \"%1\" needs a label.").arg(key));
        if (graphemeCount(label) > 80)
            return error(400, "GS_BAD_REQUEST", QStringLiteral("The label of section \"%1\" is longer than 80 characters.").arg(key));
        seen.insert(key);
        next.append({key, label});
    }
    const bool changed = next != m_layouts.at(index).sections;
    m_layouts[index].sections = next;
    QJsonObject d = layoutJson(index, false);
    d.insert(QStringLiteral("changed"), changed);
    return ok(d);
}

SandboxResponse SandboxTenant::previewLayout(const Context& c)
{
    const int index = layoutIndex(c.args.value(0));
    if (index < 0)
        return layoutNotFound(c.args.value(0));
    const QString recordId = c.request.query.queryItemValue(QStringLiteral("recordId"));
    const int row = m_data.companyRowFromGsid(recordId);
    if (row < 0)
        return error(404, "GS_NOT_FOUND", QStringLiteral("No account with id \"%1\" on this tenant.").arg(recordId));
    const QString name = m_data.column(QStringLiteral("Name"))->strings[size_t(row)];
    const Column* status = m_data.column(QStringLiteral("Status"));
    QJsonArray rendered;
    for (const auto& sec : m_layouts.at(index).sections) {
        QString content = QStringLiteral("%1 for %2").arg(sec.second, name);
        if (sec.first == QLatin1String("staircase-ai"))
            content = QStringLiteral("Staircase AI insights for %1: sentiment, engagement and risk signals").arg(name);
        else if (sec.first == QLatin1String("summary"))
            content = QStringLiteral("%1 · %2").arg(name, status->picklist.value(status->codes[size_t(row)]));
        rendered.append(QJsonObject{{QStringLiteral("key"), sec.first}, {QStringLiteral("label"), sec.second},
                                    {QStringLiteral("content"), content}});
    }
    return ok(QJsonObject{{QStringLiteral("layout"), m_layouts.at(index).id},
                          {QStringLiteral("record"), QJsonObject{{QStringLiteral("id"), recordId}, {QStringLiteral("name"), name}}},
                          {QStringLiteral("sections"), rendered}});
}

SandboxResponse SandboxTenant::listDashboards(const Context& c)
{
    const QString folder = c.request.query.queryItemValue(QStringLiteral("folder"));
    QJsonArray list;
    if (folder.isEmpty() || folder == QLatin1String("System")) {
        list.append(QJsonObject{{QStringLiteral("id"), QLatin1String(kExecDashboard)},
                                {QStringLiteral("name"), QStringLiteral("Staircase Executive Dashboard")},
                                {QStringLiteral("folder"), QStringLiteral("System")}});
        list.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("cs-operations")},
                                {QStringLiteral("name"), QStringLiteral("CS Operations")},
                                {QStringLiteral("folder"), QStringLiteral("System")}});
    }
    return ok(QJsonObject{{QStringLiteral("dashboards"), list}});
}

SandboxResponse SandboxTenant::getDashboardPermissions(const Context& c)
{
    if (c.args.value(0) != QLatin1String(kExecDashboard))
        return error(404, "GS_NOT_FOUND", QStringLiteral("Dashboard \"%1\" was not found on this tenant.").arg(c.args.value(0)));
    return ok(m_dashboardPermissions);
}

SandboxResponse SandboxTenant::putDashboardPermissions(const Context& c)
{
    if (c.args.value(0) != QLatin1String(kExecDashboard))
        return error(404, "GS_NOT_FOUND", QStringLiteral("Dashboard \"%1\" was not found on this tenant.").arg(c.args.value(0)));
    static const QStringList types{QStringLiteral("private"), QStringLiteral("public"), QStringLiteral("publicViewEdit"),
                                   QStringLiteral("publicViewShare"), QStringLiteral("specific")};
    const QString permission = c.json.value(QLatin1String("permission")).toString();
    if (!types.contains(permission))
        return error(400, "GS_BAD_REQUEST", QStringLiteral("permission must be one of %1.").arg(types.join(QStringLiteral(", "))));
    const QJsonValue principals = c.json.value(QLatin1String("principals"));
    if (!principals.isArray())
        return error(400, "GS_BAD_REQUEST", QStringLiteral("principals must be an array."));
    if (permission != QLatin1String("specific") && !principals.toArray().isEmpty())
        return error(400, "GS_BAD_REQUEST", QStringLiteral("Only \"specific\" takes principals."));
    if (permission == QLatin1String("specific") && principals.toArray().isEmpty())
        return error(400, "GS_BAD_REQUEST", QStringLiteral("\"specific\" needs at least one user, role or group."));
    for (const QJsonValue& p : principals.toArray()) {
        const QString kind = p[QStringLiteral("kind")].toString();
        const QString id = p[QStringLiteral("id")].toString();
        const bool known = kind == QLatin1String("role")    ? knownRoles().contains(id)
            : kind == QLatin1String("group")                ? knownGroups().contains(id)
            : kind == QLatin1String("user")                 ? m_data.userIndexFromId(id) >= 0
                                                            : false;
        if (!known)
            return error(400, "GS_BAD_REQUEST", QStringLiteral("No %1 \"%2\" on this tenant.").arg(kind.isEmpty() ? QStringLiteral("principal") : kind, id));
    }
    QJsonObject next{{QStringLiteral("permission"), permission}, {QStringLiteral("principals"), principals}};
    const bool changed = next != m_dashboardPermissions;
    m_dashboardPermissions = next;
    QJsonObject d = next;
    d.insert(QStringLiteral("changed"), changed);
    return ok(d);
}

SandboxResponse SandboxTenant::userNotFound(const QString& id)
{
    return error(404, "GS_NOT_FOUND", QStringLiteral("User %1 was not found on this tenant.").arg(id));
}

// The {"users": [...]} of a User Management write as Gainsight's documented calls take it: 1 to 50 entries, each
// naming a user by userId. Fills batch with the entries or answers why not.
std::optional<SandboxResponse> SandboxTenant::userBatch(const Context& c, const char* shape, QJsonArray& batch)
{
    const QJsonValue list = c.json.value(QLatin1String("users"));
    if (!list.isArray() || list.toArray().isEmpty())
        return error(400, "GS_BAD_REQUEST", QStringLiteral("Send {\"users\": %1}.").arg(QLatin1String(shape)));
    if (list.toArray().size() > TenantLimits::kUsersPerCall)
        return error(400, "GS_BAD_REQUEST", QStringLiteral("At most %1 users per call (got %2).")
                                                .arg(TenantLimits::kUsersPerCall)
                                                .arg(list.toArray().size()));
    batch = list.toArray();
    return std::nullopt;
}

// Shaped after Gainsight's documented "Update Users" call: up to 50 users a call, each {userId, gsRoles?,
// username?}. All or nothing: one refused user refuses the call.
SandboxResponse SandboxTenant::putUsers(const Context& c)
{
    QJsonArray batch;
    if (auto refused = userBatch(c, "[{\"userId\", \"gsRoles\": [...]} or {\"userId\", \"username\"}]", batch))
        return *refused;
    struct Update
    {
        int index;
        std::optional<QStringList> roles;
        std::optional<QString> username;
    };
    QList<Update> updates;
    QStringList inactive;
    QSet<QString> newNames;
    for (const QJsonValue& v : batch) {
        const QJsonObject o = v.toObject();
        const int i = m_data.userIndexFromId(o.value(QLatin1String("userId")).toString());
        if (i < 0)
            return userNotFound(o.value(QLatin1String("userId")).toString());
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != QLatin1String("userId") && it.key() != QLatin1String("gsRoles")
                && it.key() != QLatin1String("username"))
                return error(400, "GS_BAD_REQUEST",
                             QStringLiteral("\"%1\" cannot be changed through Update Users here (userId, gsRoles, username).")
                                 .arg(it.key()));
        const User& u = m_data.users().at(size_t(i));
        Update up{i, {}, {}};
        if (o.contains(QLatin1String("gsRoles"))) {
            const QJsonValue roles = o.value(QLatin1String("gsRoles"));
            if (!roles.isArray())
                return error(400, "GS_BAD_REQUEST", QStringLiteral("gsRoles must be an array of role names."));
            QStringList names;
            for (const QJsonValue& r : roles.toArray()) {
                if (!knownRoles().contains(r.toString()))
                    return error(400, "GS_BAD_REQUEST", QStringLiteral("Unknown GS role \"%1\".").arg(r.toString()));
                names << r.toString();
            }
            if (!u.active && names != u.gsRoles)
                inactive << u.email;
            if (u.superAdmin && m_connected && !names.contains(QLatin1String("Staircase Admin")))
                return error(409, "GS_CONFLICT",
                             QStringLiteral("%1 is a Gainsight super admin and keeps Staircase Admin.").arg(u.email));
            up.roles = names;
        }
        if (o.contains(QLatin1String("username"))) {
            const QString username = o.value(QLatin1String("username")).toString();
            if (username.isEmpty())
                return error(400, "GS_BAD_REQUEST", QStringLiteral("username must be a non-empty string."));
            if (u.username != username && u.active)
                return error(409, "GS_CONFLICT",
                             QStringLiteral("The username of an active user cannot change: deactivate %1 first, "
                                            "update the username, then reactivate.")
                                 .arg(u.email));
            for (const User& other : m_data.users())
                if (&other != &u && other.username == username)
                    return error(409, "GS_CONFLICT", QStringLiteral("The username %1 is taken by another user.").arg(username));
            if (newNames.contains(username))
                return error(409, "GS_CONFLICT", QStringLiteral("The username %1 is given to two users in one call.").arg(username));
            newNames.insert(username);
            up.username = username;
        }
        if (!up.roles && !up.username)
            return error(400, "GS_BAD_REQUEST", QStringLiteral("Nothing to update for user %1.").arg(u.id));
        updates.append(up);
    }
    if (!inactive.isEmpty())
        return error(409, "GS_CONFLICT", QStringLiteral("Roles of inactive users cannot be changed: %1. Activate them first.")
                                             .arg(inactive.join(QStringLiteral(", "))));
    int changed = 0;
    QJsonArray users;
    for (const Update& up : updates) {
        User& u = m_data.users()[size_t(up.index)];
        bool c1 = false;
        if (up.roles) {
            c1 |= u.gsRoles != *up.roles;
            u.gsRoles = *up.roles;
        }
        if (up.username) {
            c1 |= u.username != *up.username;
            u.username = *up.username;
        }
        changed += c1;
        users.append(userJson(u));
    }
    return ok(QJsonObject{{QStringLiteral("users"), users}, {QStringLiteral("changed"), changed > 0}, {QStringLiteral("changedCount"), changed}});
}

// Shaped after Gainsight's documented "Update User Status" call: up to 50 users a call, each {userId, active}.
SandboxResponse SandboxTenant::putUserStatus(const Context& c)
{
    QJsonArray batch;
    if (auto refused = userBatch(c, "[{\"userId\", \"active\": true|false}]", batch))
        return *refused;
    QList<QPair<int, bool>> updates;
    for (const QJsonValue& v : batch) {
        const QJsonObject o = v.toObject();
        const int i = m_data.userIndexFromId(o.value(QLatin1String("userId")).toString());
        if (i < 0)
            return userNotFound(o.value(QLatin1String("userId")).toString());
        if (!o.value(QLatin1String("active")).isBool())
            return error(400, "GS_BAD_REQUEST", QStringLiteral("active must be true or false."));
        const bool active = o.value(QLatin1String("active")).toBool();
        if (!active && m_data.users().at(size_t(i)).superAdmin)
            return error(409, "GS_CONFLICT", QStringLiteral("A super admin cannot be deactivated."));
        updates.append({i, active});
    }
    int changed = 0;
    QJsonArray users;
    for (const auto& [i, active] : updates) {
        User& u = m_data.users()[size_t(i)];
        changed += u.active != active;
        u.active = active;
        users.append(userJson(u));
    }
    return ok(QJsonObject{{QStringLiteral("users"), users}, {QStringLiteral("changed"), changed > 0}, {QStringLiteral("changedCount"), changed}});
}

QJsonArray SandboxTenant::bundlesJson() const
{
    const QJsonArray items{QStringLiteral("Navigation > Insights > Staircase Communication"),
                           QStringLiteral("Navigation > Insights > Staircase AI Reports"),
                           QStringLiteral("Settings > Staircase AI Setting")};
    if (!m_connected)
        return {}; // the integration creates them
    return QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("staircase-full")},
                                  {QStringLiteral("name"), QStringLiteral("Default Staircase Full Permissions")},
                                  {QStringLiteral("license"), QStringLiteral("Full")},
                                  {QStringLiteral("default"), true},
                                  {QStringLiteral("items"), items}},
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("staircase-viewer-plus")},
                                  {QStringLiteral("name"), QStringLiteral("Default Staircase Viewer Plus Permissions")},
                                  {QStringLiteral("license"), QStringLiteral("Viewer Plus")},
                                  {QStringLiteral("default"), true},
                                  {QStringLiteral("items"), items}}};
}

SandboxResponse SandboxTenant::bundles(const Context&)
{
    return ok(QJsonObject{{QStringLiteral("bundles"), bundlesJson()}});
}

SandboxResponse SandboxTenant::editBundle(const Context& c)
{
    for (const QJsonValue& b : bundlesJson())
        if (b[QStringLiteral("id")].toString() == c.args.value(0))
            return error(403, "GS_FORBIDDEN", QStringLiteral("Default Staircase bundles cannot be customized; add Staircase "
                                                             "navigation items to your own bundles instead."));
    return error(404, "GS_NOT_FOUND", QStringLiteral("Permission bundle \"%1\" was not found on this tenant.").arg(c.args.value(0)));
}

SandboxResponse SandboxTenant::rules(const Context&)
{
    QJsonArray list;
    if (m_connected)
        list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Staircase roles")},
                                {QStringLiteral("when"), QJsonObject{{QStringLiteral("gsRoleIn"), QJsonArray::fromStringList(staircaseRoles())}}},
                                {QStringLiteral("assign"), QJsonObject{{QStringLiteral("Full"), QStringLiteral("staircase-full")},
                                                                       {QStringLiteral("Viewer Plus"), QStringLiteral("staircase-viewer-plus")}}}});
    return ok(QJsonObject{{QStringLiteral("rules"), list}});
}

SandboxResponse SandboxTenant::userPermissions(const Context& c)
{
    const int i = m_data.userIndexFromId(c.args.value(0));
    if (i < 0)
        return userNotFound(c.args.value(0));
    const User& u = m_data.users().at(size_t(i));
    QJsonArray bundles, items;
    const bool role = std::any_of(u.gsRoles.begin(), u.gsRoles.end(), [](const QString& r) { return staircaseRoles().contains(r); });
    if (role && u.active)
        for (const QJsonValue& b : bundlesJson())
            if (b[QStringLiteral("license")].toString() == u.license) {
                bundles.append(b[QStringLiteral("id")]);
                items = b[QStringLiteral("items")].toArray();
            }
    return ok(QJsonObject{{QStringLiteral("userId"), u.id}, {QStringLiteral("bundles"), bundles}, {QStringLiteral("items"), items},
                          {QStringLiteral("staircaseAccess"), hasStaircaseAccess(u)}});
}

SandboxResponse SandboxTenant::ssoCheck(const Context& c)
{
    const int i = m_data.userIndexFromId(c.json.value(QLatin1String("userId")).toString());
    if (i < 0)
        return userNotFound(c.json.value(QLatin1String("userId")).toString());
    const User& u = m_data.users().at(size_t(i));
    QString detail = QStringLiteral("Signed in to Staircase as %1.").arg(u.email);
    if (!hasStaircaseAccess(u))
        detail = !u.active                  ? QStringLiteral("The user is inactive.")
            : u.username != u.email         ? QStringLiteral("The username (%1) differs from the email (%2).").arg(u.username, u.email)
            : !validEmail(u.email)          ? QStringLiteral("The email %1 is not valid.").arg(u.email)
            : !m_connected                  ? QStringLiteral("Staircase is not connected.")
                                            : QStringLiteral("The user has no Staircase role.");
    return ok(QJsonObject{{QStringLiteral("userId"), u.id}, {QStringLiteral("ok"), hasStaircaseAccess(u)}, {QStringLiteral("detail"), detail}});
}

SandboxResponse SandboxTenant::listRoles(const Context&)
{
    return ok(QJsonObject{{QStringLiteral("roles"), QJsonArray::fromStringList(knownRoles())},
                          {QStringLiteral("groups"), QJsonArray::fromStringList(knownGroups())}});
}

QJsonObject SandboxTenant::saveState() const
{
    QJsonArray requests;
    for (int i = 0; i < m_supportRequests.size(); ++i)
        requests.append(supportRequestJson(i));
    QJsonObject roles, accounts;
    for (const User& u : m_data.users()) {
        roles.insert(u.id, QJsonArray::fromStringList(u.gsRoles));
        accounts.insert(u.id, QJsonObject{{QStringLiteral("active"), u.active}, {QStringLiteral("username"), u.username}});
    }
    return QJsonObject{{QStringLiteral("schema"), QStringLiteral("banister.sandbox-state/1")},
                       {QStringLiteral("scenario"), m_options.scenario},
                       {QStringLiteral("seed"), double(m_options.seed)},
                       {QStringLiteral("supportRequests"), requests},
                       {QStringLiteral("linked"), m_linked},
                       {QStringLiteral("integration"), integrationJson()},
                       {QStringLiteral("gsRoles"), roles},
                       {QStringLiteral("accounts"), accounts},
                       {QStringLiteral("crm"), m_crm},
                       {QStringLiteral("layouts"), [this] {
                            QJsonArray a;
                            for (int i = 0; i < m_layouts.size(); ++i)
                                a.append(layoutJson(i, false));
                            return a;
                        }()},
                       {QStringLiteral("dashboard"), m_dashboardPermissions},
                       {QStringLiteral("mappings"), QJsonObject::fromVariantHash([this] {
                            QVariantHash h;
                            for (auto it = m_mappings.begin(); it != m_mappings.end(); ++it)
                                h.insert(it.key(), it.value());
                            return h;
                        }())}};
}

QString SandboxTenant::restoreState(const QJsonObject& state)
{
    if (state.value(QLatin1String("schema")).toString() != QLatin1String("banister.sandbox-state/1"))
        return QStringLiteral("not a sandbox state file");
    if (state.value(QLatin1String("scenario")).toString() != m_options.scenario
        || state.value(QLatin1String("seed")).toDouble() != double(m_options.seed))
        return QStringLiteral("the state was saved for scenario %1, seed %2")
            .arg(state.value(QLatin1String("scenario")).toString())
            .arg(state.value(QLatin1String("seed")).toDouble());
    m_supportRequests.clear();
    for (const QJsonValue& r : state.value(QLatin1String("supportRequests")).toArray())
        m_supportRequests.append({r[QStringLiteral("id")].toString(), r[QStringLiteral("type")].toString(),
                                  r[QStringLiteral("status")].toString(), r[QStringLiteral("contact")].toString(),
                                  r[QStringLiteral("note")].toString()});
    m_linked = state.value(QLatin1String("linked")).toBool();
    const QJsonObject integration = state.value(QLatin1String("integration")).toObject();
    m_connected = integration.value(QLatin1String("connected")).toBool();
    m_connectedSubdomain = integration.value(QLatin1String("subdomain")).toString();
    m_connectedAs = integration.value(QLatin1String("connectedAs")).toString();
    m_crm = state.value(QLatin1String("crm")).toObject();
    if (state.contains(QLatin1String("dashboard")))
        m_dashboardPermissions = state.value(QLatin1String("dashboard")).toObject();
    for (const QJsonValue& l : state.value(QLatin1String("layouts")).toArray()) {
        for (Layout& layout : m_layouts) {
            if (layout.id != l[QStringLiteral("id")].toString())
                continue;
            layout.sections.clear();
            for (const QJsonValue& sec : l[QStringLiteral("sections")].toArray())
                layout.sections.append({sec[QStringLiteral("key")].toString(), sec[QStringLiteral("label")].toString()});
        }
    }
    m_mappings.clear();
    const QJsonObject mappings = state.value(QLatin1String("mappings")).toObject();
    for (auto it = mappings.begin(); it != mappings.end(); ++it)
        m_mappings.insert(it.key(), it.value().toString());
    const QJsonObject roles = state.value(QLatin1String("gsRoles")).toObject();
    const QJsonObject accounts = state.value(QLatin1String("accounts")).toObject();
    for (User& u : m_data.users()) {
        if (roles.contains(u.id))
            u.gsRoles = roles.value(u.id).toVariant().toStringList();
        if (accounts.contains(u.id)) {
            u.active = accounts.value(u.id)[QStringLiteral("active")].toBool();
            u.username = accounts.value(u.id)[QStringLiteral("username")].toString();
        }
    }
    return {};
}

SandboxResponse SandboxTenant::listSupportRequests(const Context&)
{
    QJsonArray list;
    for (int i = 0; i < m_supportRequests.size(); ++i)
        list.append(supportRequestJson(i));
    return ok(QJsonObject{{QStringLiteral("records"), list}});
}

SandboxResponse SandboxTenant::createSupportRequest(const Context& c)
{
    const QString type = c.json.value(QLatin1String("type")).toString();
    if (type != QLatin1String("staircase-integration") && type != QLatin1String("upgrade-connection"))
        return error(400, "GS_BAD_REQUEST",
                     QStringLiteral("type must be \"staircase-integration\" or \"upgrade-connection\"."));
    const QJsonValue contact = c.json.value(QLatin1String("contact"));
    const QJsonValue note = c.json.value(QLatin1String("note"));
    if ((!contact.isUndefined() && !contact.isString()) || (!note.isUndefined() && !note.isString()))
        return error(400, "GS_BAD_REQUEST", QStringLiteral("contact and note must be strings."));
    if (note.toString().size() > 2000)
        return error(400, "GS_BAD_REQUEST", QStringLiteral("The note is longer than 2000 characters."));
    if (!m_data.facts().staircase)
        return error(409, "GS_CONFLICT", QStringLiteral("This organization has no Staircase AI subscription; Gainsight "
                                                        "Support cannot link a Staircase tenant."));
    if (m_data.facts().primaryCrm != QLatin1String("Gainsight"))
        return error(409, "GS_CONFLICT", QStringLiteral("%1 is the primary CRM of this tenant: Staircase AI is integrated "
                                                        "directly with it, not through Gainsight CS.")
                                             .arg(m_data.facts().primaryCrm));
    if (type == QLatin1String("upgrade-connection") && !m_data.facts().aiFollowUp)
        return error(409, "GS_CONFLICT", QStringLiteral("AI Follow-Up is not active on this tenant, so there is no "
                                                        "connection to upgrade; request the Staircase integration."));
    if (type == QLatin1String("staircase-integration") && m_data.facts().aiFollowUp)
        return error(409, "GS_CONFLICT", QStringLiteral("AI Follow-Up is active on this tenant: ask Gainsight Support to "
                                                        "upgrade the connection instead."));
    for (int i = 0; i < m_supportRequests.size(); ++i) {
        if (m_supportRequests.at(i).type == type) {
            // Idempotent: the same request is not filed twice.
            QJsonObject d = supportRequestJson(i);
            d.insert(QStringLiteral("changed"), false);
            return ok(d);
        }
    }
    SupportRequest r;
    r.id = QStringLiteral("SR-%1").arg(1001 + m_supportRequests.size());
    r.type = type;
    r.contact = contact.toString();
    r.note = note.toString();
    m_supportRequests.append(r);
    QJsonObject d = supportRequestJson(m_supportRequests.size() - 1);
    d.insert(QStringLiteral("changed"), true);
    SandboxResponse resp = ok(d);
    resp.status = 201;
    return resp;
}

SandboxResponse SandboxTenant::getSupportRequest(const Context& c)
{
    for (int i = 0; i < m_supportRequests.size(); ++i) {
        SupportRequest& r = m_supportRequests[i];
        if (r.id != c.args.value(0))
            continue;
        if (r.status == QLatin1String("open")) {
            r.status = QStringLiteral("in-progress");
            ++m_stateVersion;
        } else if (r.status == QLatin1String("in-progress")) {
            r.status = QStringLiteral("done");
            completeSupportRequest(i);
            ++m_stateVersion;
        }
        return ok(supportRequestJson(i));
    }
    return error(404, "GS_NOT_FOUND", QStringLiteral("Support request %1 was not found on this tenant.").arg(c.args.value(0)));
}

SandboxResponse SandboxTenant::connectStaircase(const Context& c)
{
    const TenantFacts& f = m_data.facts();
    if (!f.staircase)
        return error(404, "GS_NO_STAIRCASE", QStringLiteral("This organization has no Staircase AI subscription."));
    if (!f.staircaseTokenAdmin)
        return error(403, "GS_FORBIDDEN", QStringLiteral("Connecting Gainsight needs the Staircase Admin role."));
    const QJsonValue subdomain = c.json.value(QLatin1String("subdomain"));
    const QJsonValue key = c.json.value(QLatin1String("accessKey"));
    if (!subdomain.isString() || subdomain.toString().isEmpty() || !key.isString())
        return error(400, "GS_BAD_REQUEST", QStringLiteral("Send the Gainsight subdomain and access key as strings."));
    if (f.aiFollowUp)
        return error(409, "GS_CONFLICT", QStringLiteral("AI Follow-Up is active on this tenant: Gainsight Support upgrades "
                                                        "the connection; it cannot be connected from Staircase."));
    if (subdomain.toString() != f.subdomain)
        return error(400, "GS_BAD_REQUEST", QStringLiteral("No Gainsight tenant has the subdomain \"%1\"; this one is "
                                                           "\"%2\".").arg(subdomain.toString(), f.subdomain));
    if (key.toString() != m_options.accessKey)
        return error(400, "GS_BAD_REQUEST", QStringLiteral("Gainsight rejected the access key sent for the connection."));
    if (!m_linked) {
        QString status = QStringLiteral("not been requested");
        for (const SupportRequest& r : m_supportRequests)
            if (r.type == QLatin1String("staircase-integration"))
                status = QStringLiteral("request %1 is %2").arg(r.id, r.status);
        return error(409, "GS_CONFLICT",
                     QStringLiteral("Gainsight Support has not linked this Staircase tenant yet (%1).").arg(status));
    }
    const bool changed = !m_connected;
    if (changed)
        markConnected(subdomain.toString(), m_data.users().at(size_t(f.callerUser)).email);
    QJsonObject d = integrationJson();
    d.insert(QStringLiteral("changed"), changed);
    return ok(d);
}

SandboxResponse SandboxTenant::apps(const Context&)
{
    QJsonArray list{QJsonObject{{QStringLiteral("key"), QStringLiteral("gainsight-cs")},
                                {QStringLiteral("name"), QStringLiteral("Gainsight CS")}}};
    if (m_connected)
        list.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("staircase")},
                                {QStringLiteral("name"), QStringLiteral("Staircase AI")}});
    return ok(QJsonObject{{QStringLiteral("apps"), list}});
}

} // namespace banister::sandbox
