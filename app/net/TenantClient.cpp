#include "net/TenantClient.h"

#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <memory>

namespace banister {

TenantClient::TenantClient(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<banister::ApiResult>();
    m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_nam.setStrictTransportSecurityEnabled(true);
    m_dataPacer.setWindows(TenantLimits::data());
    m_userWritePacer.setWindows(TenantLimits::userManagement());
}

void TenantClient::setRateWindows(RateClass cls, const RateWindows& windows)
{
    if (cls == RateClass::Data)
        m_dataPacer.setWindows(windows);
    else if (cls == RateClass::UserWrites)
        m_userWritePacer.setWindows(windows);
}

QString TenantClient::setGainsight(const QString& baseUrl, const QString& accessKey)
{
    const UrlCheck check = checkTenantUrl(baseUrl);
    if (!check.ok())
        return check.error;
    m_gainsightUrl = check.url;
    m_accessKey = accessKey.trimmed().toUtf8();
    return {};
}

QString TenantClient::setStaircase(const QString& baseUrl, const QString& token)
{
    const UrlCheck check = checkTenantUrl(baseUrl);
    if (!check.ok())
        return check.error;
    m_staircaseUrl = check.url;
    m_token = token.trimmed().toUtf8();
    return {};
}

ApiJob* TenantClient::send(Side side, const QByteArray& method, const QString& path, const QUrlQuery& query,
                           const QJsonObject* body, bool idempotent, RateClass rate)
{
    const QUrl base = side == Side::Gainsight ? m_gainsightUrl : m_staircaseUrl;
    ApiError preset;
    if (base.isEmpty()) {
        preset.kind = ErrorKind::InvalidUrl;
        preset.serverText = side == Side::Gainsight ? tr("No Gainsight URL is set; connect first.")
                                                    : tr("No Staircase URL is set; connect first.");
    }
    QUrl url = base;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Banister/" BANISTER_VERSION));
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (side == Side::Gainsight)
        req.setRawHeader("accesskey", m_accessKey);
    else
        req.setRawHeader("Authorization", "Bearer " + m_token);
    ApiJob::Spec spec;
    spec.method = method;
    spec.idempotent = idempotent;
    spec.timeoutMs = m_timeoutMs;
    spec.deadlineMs = m_deadlineMs;
    if (Pacer* pacer = rate == RateClass::Data ? &m_dataPacer
            : rate == RateClass::UserWrites    ? &m_userWritePacer
                                               : nullptr)
        if (!pacer->isUnlimited())
            spec.pace = [pacer] { return pacer->reserve(); }; // the client outlives its jobs (they are its children)
    if (body) {
        spec.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    }
    spec.request = req;
    auto* job = new ApiJob(&m_nam, std::move(spec), m_policy, preset, this);
    const quint64 call = ++m_calls;
    auto held = std::make_shared<bool>(false); // whether a hold was said, so its end is said too
    const auto say = [this, call, held](CallHold hold, qint64 ms) {
        hold.untilMs = QDateTime::currentMSecsSinceEpoch() + ms;
        hold.call = call;
        *held = true;
        Q_EMIT callHeldBack(hold);
    };
    connect(job, &ApiJob::pacing, this, [say, rate](qint64 ms) {
        CallHold hold;
        hold.why = rate == RateClass::UserWrites ? CallHold::Why::UserWriteLimit : CallHold::Why::DataLimit;
        say(hold, ms);
    });
    connect(job, &ApiJob::retrying, this, [say](int attempt, qint64 ms, const QString& reason, bool rateLimited) {
        CallHold hold;
        hold.why = rateLimited ? CallHold::Why::TenantLimit : CallHold::Why::Retry;
        hold.reason = reason;
        hold.attempt = attempt;
        say(hold, ms);
    });
    connect(job, &ApiJob::finished, this, [this, call, held] {
        if (*held)
            Q_EMIT callReleased(call);
    });
    return job;
}

ApiJob* TenantClient::probe()
{
    ApiJob* job = describeCompany();
    connect(job, &ApiJob::finished, this, [this](const ApiResult& r) {
        if (r.ok())
            m_surface = r.tenantExtensions ? Surface::Extended : Surface::Public;
    });
    return job;
}

QString subdomainFromUrl(const QString& url)
{
    const QUrl u = QUrl::fromUserInput(url.trimmed());
    const QString host = u.host().toLower();
    if (host.isEmpty() || host == QLatin1String("localhost") || !QHostAddress(host).isNull())
        return {};
    const QStringList labels = host.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    return labels.size() >= 2 ? labels.first() : QString();
}

ApiJob* TenantClient::tenantInfo()
{
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/tenant/info"));
}

ApiJob* TenantClient::describeCompany()
{
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/meta/services/objects/Company/describe"), {}, nullptr, true,
                RateClass::Data);
}

ApiJob* TenantClient::queryCompany(const QJsonObject& query)
{
    return send(Side::Gainsight, "POST", QStringLiteral("/v1/data/objects/query/Company"), {}, &query, true,
                RateClass::Data);
}

ApiJob* TenantClient::countCompanies(const QJsonObject& where)
{
    QJsonObject q { { QStringLiteral("select"), QJsonArray { QStringLiteral("COUNT(Gsid)") } } };
    if (!where.isEmpty())
        q.insert(QStringLiteral("where"), where);
    return queryCompany(q);
}

ApiJob* TenantClient::distinctCompanyValues(const QString& field)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("field"), QString::fromLatin1(QUrl::toPercentEncoding(field)));
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/data/objects/Company/distinct"), q, nullptr, true,
                RateClass::Data);
}

ApiJob* TenantClient::users(int page, int pageSize, const QString& search)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    if (!search.isEmpty())
        q.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(search)));
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/users"), q);
}

ApiJob* TenantClient::staircaseIntegration()
{
    return send(Side::Staircase, "GET", QStringLiteral("/staircase/v1/integrations/gainsight"));
}

ApiJob* TenantClient::supportRequests()
{
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/support/requests"));
}

ApiJob* TenantClient::supportRequest(const QString& id)
{
    return send(Side::Gainsight, "GET",
                QStringLiteral("/v1/support/requests/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

ApiJob* TenantClient::fileSupportRequest(const QString& type, const QString& contact, const QString& note)
{
    const QJsonObject body { { QStringLiteral("type"), type },
                             { QStringLiteral("contact"), contact },
                             { QStringLiteral("note"), note } };
    // Not idempotent in general (a help desk may open two tickets): never resent, see ApiJob.
    return send(Side::Gainsight, "POST", QStringLiteral("/v1/support/requests"), {}, &body, false);
}

ApiJob* TenantClient::apps()
{
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/apps"));
}

ApiJob* TenantClient::connectStaircase(const QString& subdomain)
{
    const QJsonObject body { { QStringLiteral("subdomain"), subdomain },
                             { QStringLiteral("accessKey"), QString::fromUtf8(m_accessKey) } };
    return send(Side::Staircase, "POST", QStringLiteral("/staircase/v1/integrations/gainsight/connect"), {}, &body);
}

namespace {
QString segment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

ApiJob* TenantClient::layouts(const QString& type)
{
    QUrlQuery q;
    if (!type.isEmpty())
        q.addQueryItem(QStringLiteral("type"), type);
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/layouts"), q);
}

ApiJob* TenantClient::layout(const QString& id)
{
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/layouts/") + segment(id));
}

ApiJob* TenantClient::putLayoutSections(const QString& id, const QJsonArray& sections)
{
    const QJsonObject body { { QStringLiteral("sections"), sections } };
    return send(Side::Gainsight, "PUT", QStringLiteral("/v1/layouts/") + segment(id), {}, &body);
}

ApiJob* TenantClient::layoutPreview(const QString& id, const QString& recordId)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("recordId"), segment(recordId));
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/layouts/%1/preview").arg(segment(id)), q);
}

ApiJob* TenantClient::dashboards(const QString& folder)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("folder"), segment(folder));
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/dashboards"), q);
}

ApiJob* TenantClient::dashboardPermissions(const QString& id)
{
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/dashboards/%1/permissions").arg(segment(id)));
}

ApiJob* TenantClient::putDashboardPermissions(const QString& id, const QJsonObject& permissions)
{
    return send(Side::Gainsight, "PUT", QStringLiteral("/v1/dashboards/%1/permissions").arg(segment(id)), {},
                &permissions);
}

ApiJob* TenantClient::roles()
{
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/roles"));
}

ApiJob* TenantClient::setUserRoles(const QJsonArray& users)
{
    const QJsonObject body { { QStringLiteral("users"), users } };
    return send(Side::Gainsight, "PUT", QStringLiteral("/v1/users"), {}, &body, true, RateClass::UserWrites);
}

ApiJob* TenantClient::setUserActive(const QString& id, bool active)
{
    const QJsonObject body {
        { QStringLiteral("users"),
          QJsonArray { QJsonObject { { QStringLiteral("userId"), id }, { QStringLiteral("active"), active } } } }
    };
    return send(Side::Gainsight, "PUT", QStringLiteral("/v1/users/status"), {}, &body, true, RateClass::UserWrites);
}

ApiJob* TenantClient::deactivateUser(const QString& id)
{
    return setUserActive(id, false);
}

ApiJob* TenantClient::activateUser(const QString& id)
{
    return setUserActive(id, true);
}

ApiJob* TenantClient::updateUsername(const QString& id, const QString& username)
{
    const QJsonObject body {
        { QStringLiteral("users"),
          QJsonArray { QJsonObject { { QStringLiteral("userId"), id }, { QStringLiteral("username"), username } } } }
    };
    return send(Side::Gainsight, "PUT", QStringLiteral("/v1/users"), {}, &body, true, RateClass::UserWrites);
}

ApiJob* TenantClient::permissionBundles()
{
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/permissions/bundles"));
}

ApiJob* TenantClient::permissionRules()
{
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/permissions/rules"));
}

ApiJob* TenantClient::userPermissions(const QString& id)
{
    return send(Side::Gainsight, "GET", QStringLiteral("/v1/users/%1/permissions").arg(segment(id)));
}

ApiJob* TenantClient::ssoCheck(const QString& userId)
{
    const QJsonObject body { { QStringLiteral("userId"), userId } };
    return send(Side::Gainsight, "POST", QStringLiteral("/v1/sso/check"), {}, &body);
}

ApiJob* TenantClient::crmSettings()
{
    return send(Side::Staircase, "GET", QStringLiteral("/staircase/v1/integrations/gainsight/crm"));
}

ApiJob* TenantClient::putCrmSettings(const QJsonObject& crm)
{
    return send(Side::Staircase, "PUT", QStringLiteral("/staircase/v1/integrations/gainsight/crm"), {}, &crm);
}

ApiJob* TenantClient::accountFields()
{
    return send(Side::Staircase, "GET", QStringLiteral("/staircase/v1/fields/account"));
}

ApiJob* TenantClient::putAccountFieldMappings(const QJsonArray& mappings)
{
    const QJsonObject body { { QStringLiteral("mappings"), mappings } };
    return send(Side::Staircase, "PUT", QStringLiteral("/staircase/v1/fields/account/mappings"), {}, &body);
}

qint64 TenantClient::countFrom(const QJsonValue& data)
{
    const QJsonValue n = data.toObject()
                             .value(QLatin1String("records"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QLatin1String("COUNT(Gsid)"));
    // A count is a whole number a double holds exactly; anything else (negative, fractional, 1e300) is not one,
    // and converting it would be undefined behaviour.
    const double x = n.isDouble() ? n.toDouble() : -1.0;
    if (!(x >= 0.0 && x <= 9007199254740992.0) || x != std::floor(x))
        return -1;
    return qint64(x);
}

ApiJob* TenantClient::execute(const PlannedCall& c)
{
    using K = PlannedCall::Kind;
    switch (c.kind) {
    case K::FileSupportRequest:
        return fileSupportRequest(c.body[QStringLiteral("type")].toString(),
                                  c.body[QStringLiteral("contact")].toString(),
                                  c.body[QStringLiteral("note")].toString());
    case K::WaitForSupport:
        return nullptr;
    case K::ConnectStaircase:
        return connectStaircase(c.body[QStringLiteral("subdomain")].toString());
    case K::PutCrmSettings:
        return putCrmSettings(c.body.toObject());
    case K::PutAccountMappings:
        return putAccountFieldMappings(c.body.toArray());
    case K::PutLayoutSections:
        return putLayoutSections(c.target, c.body.toArray());
    case K::PutDashboardPermissions:
        return putDashboardPermissions(c.target, c.body.toObject());
    case K::SetUserRoles:
        return setUserRoles(c.body.toArray());
    case K::DeactivateUser:
        return deactivateUser(c.target);
    case K::UpdateUsername:
        return updateUsername(c.target, c.body.toString());
    case K::ActivateUser:
        return activateUser(c.target);
    }
    return nullptr;
}

QString TenantClient::describe(const PlannedCall& c)
{
    using K = PlannedCall::Kind;
    switch (c.kind) {
    case K::FileSupportRequest:
        return QStringLiteral("POST /v1/support/requests");
    case K::WaitForSupport:
        return QStringLiteral("GET /v1/support/requests/{id}");
    case K::ConnectStaircase:
        return QStringLiteral("POST /staircase/v1/integrations/gainsight/connect");
    case K::PutCrmSettings:
        return QStringLiteral("PUT /staircase/v1/integrations/gainsight/crm");
    case K::PutAccountMappings:
        return QStringLiteral("PUT /staircase/v1/fields/account/mappings");
    case K::PutLayoutSections:
        return QStringLiteral("PUT /v1/layouts/%1").arg(c.target);
    case K::PutDashboardPermissions:
        return QStringLiteral("PUT /v1/dashboards/%1/permissions").arg(c.target);
    case K::SetUserRoles:
        return QStringLiteral("PUT /v1/users");
    case K::DeactivateUser:
        return QStringLiteral("PUT /v1/users/status (%1 inactive)").arg(c.target);
    case K::UpdateUsername:
        return QStringLiteral("PUT /v1/users (%1 username)").arg(c.target);
    case K::ActivateUser:
        return QStringLiteral("PUT /v1/users/status (%1 active)").arg(c.target);
    }
    return {};
}

} // namespace banister
