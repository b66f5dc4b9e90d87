#include "sandbox/SandboxTenant.h"

#include "sandbox/CompanyQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
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
}

void SandboxTenant::setRates(RateLimit data, RateLimit userWrites)
{
    m_options.dataRate = data;
    m_options.userWriteRate = userWrites;
    m_dataLimiter.setLimit(data);
    m_userWriteLimiter.setLimit(userWrites);
}

void SandboxTenant::addRoute(const char* method, const char* pattern, Side side, RateClass rate, bool jsonBody,
                             Handler h)
{
    m_routes.append(Route{QByteArray(method),
                          QRegularExpression(QLatin1Char('^') + QLatin1String(pattern) + QLatin1Char('$')), side, rate,
                          jsonBody, std::move(h)});
}

void SandboxTenant::registerRoutes()
{
    const auto G = Side::Gainsight;
    const auto S = Side::Staircase;
    addRoute("GET", "/v1/tenant/info", G, RateClass::None, false, &SandboxTenant::tenantInfo);
    addRoute("GET", "/v1/meta/services/objects/([^/]+)/describe", G, RateClass::Data, false, &SandboxTenant::describe);
    addRoute("POST", "/v1/data/objects/query/([^/]+)", G, RateClass::Data, true, &SandboxTenant::query);
    addRoute("GET", "/v1/data/objects/([^/]+)/distinct", G, RateClass::Data, false, &SandboxTenant::distinct);
    addRoute("GET", "/v1/users", G, RateClass::None, false, &SandboxTenant::listUsers);
    addRoute("GET", "/staircase/v1/integrations/gainsight", S, RateClass::None, false,
             &SandboxTenant::staircaseIntegration);
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

SandboxResponse SandboxTenant::handle(const SandboxRequest& req, qint64 nowMs)
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

    RateLimiter* limiter = match->rate == RateClass::Data ? &m_dataLimiter
        : match->rate == RateClass::UserWrites             ? &m_userWriteLimiter
                                                           : nullptr;
    if (limiter) {
        const qint64 waitMs = limiter->take(nowMs);
        if (waitMs > 0) {
            const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
            SandboxResponse r = error(429, "GS_RATE_LIMIT",
                                      QStringLiteral("Too many requests: this tenant allows %1 calls per %2 s for this "
                                                     "API. Try again in %3 s.")
                                          .arg(match->rate == RateClass::Data ? m_options.dataRate.calls
                                                                              : m_options.userWriteRate.calls)
                                          .arg((match->rate == RateClass::Data ? m_options.dataRate.periodMs
                                                                               : m_options.userWriteRate.periodMs)
                                               / 1000)
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
    return match->handler(*this, ctx);
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

QJsonObject SandboxTenant::userJson(const User& u) const
{
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("name"), u.name},
                       {QStringLiteral("email"), u.email},
                       {QStringLiteral("username"), u.username},
                       {QStringLiteral("license"), u.license},
                       {QStringLiteral("active"), u.active},
                       {QStringLiteral("gsRoles"), QJsonArray::fromStringList(u.gsRoles)},
                       {QStringLiteral("managerId"), u.managerId.isEmpty() ? QJsonValue() : QJsonValue(u.managerId)},
                       {QStringLiteral("superAdmin"), u.superAdmin}};
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
    return ok(QJsonObject{{QStringLiteral("connected"), false},
                          {QStringLiteral("subdomain"), QJsonValue::Null},
                          {QStringLiteral("connectedAs"), QJsonValue::Null},
                          {QStringLiteral("tabs"), QJsonArray{}}});
}

} // namespace banister::sandbox
