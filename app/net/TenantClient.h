#pragma once

#include "core/Plan.h"
#include "net/ApiJob.h"
#include "net/CallHold.h"
#include "net/Pacer.h"
#include "net/RetryPolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

namespace banister {

// The only class that knows the tenant's URLs (DESIGN §4): a real-tenant adapter changes this file alone.
// Gainsight-side calls carry the "accesskey" header, Staircase-side calls "Authorization: Bearer". Every call is
// an ApiJob with one terminal signal; secrets are held in memory only and never logged.
class TenantClient : public QObject
{
    Q_OBJECT
public:
    explicit TenantClient(QObject* parent = nullptr);

    // Returns an error text when the URL is unacceptable (see UrlPolicy); the old setting is kept then.
    QString setGainsight(const QString& baseUrl, const QString& accessKey);
    QString setStaircase(const QString& baseUrl, const QString& token);
    QUrl gainsightUrl() const { return m_gainsightUrl; }
    QUrl staircaseUrl() const { return m_staircaseUrl; }

    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The longest one attempt may take from sending to the answer's last byte (default 60 s), besides the
    // inactivity timeout above.
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }

    // Client-side pacing (DESIGN §4) by the tenant's fixed windows. Defaults are a real tenant's documented limits
    // (core/RateWindows: data APIs 100 a minute and 50 000 a day, User Management 100 an hour and 1 000 a day).
    // Empty windows or 0 calls = unlimited (the in-process sandbox in tests).
    enum class RateClass { None, Data, UserWrites };
    void setRateWindows(RateClass cls, const RateWindows& windows);
    void setRateLimit(RateClass cls, int calls, qint64 periodMs) { setRateWindows(cls, { { calls, periodMs } }); }
    Pacer& pacer(RateClass cls) { return cls == RateClass::Data ? m_dataPacer : m_userWritePacer; }
    QNetworkAccessManager* networkAccessManager() { return &m_nam; }

    // What the tenant's API offers. Public: only routes shaped after Gainsight's documented REST (a real tenant, or
    // the sandbox with --public-api-only); every step those routes cannot do is a guided manual step. Extended: the
    // sandbox's own routes too. Unknown until a call has answered (probe()).
    enum class Surface { Unknown, Public, Extended };
    Surface surface() const { return m_surface; }
    bool publicApiOnly() const { return m_surface == Surface::Public; }
    void setSurface(Surface s) { m_surface = s; }
    // Validates the access key with a documented call (Company describe) and learns the surface from its answer.
    ApiJob* probe();

    // Gainsight side
    ApiJob* tenantInfo(); // sandbox-only
    ApiJob* describeCompany();
    ApiJob* queryCompany(const QJsonObject& query);
    ApiJob* countCompanies(const QJsonObject& where); // where may be empty: all accounts
    ApiJob* distinctCompanyValues(const QString& field);
    ApiJob* users(int page, int pageSize, const QString& search = {});

    ApiJob* supportRequests();
    ApiJob* supportRequest(const QString& id);
    // Not idempotent: sent exactly once (see ApiJob), never retried; on failure, ApiResult::answerLost() tells
    // whether it may have been filed anyway.
    ApiJob* fileSupportRequest(const QString& type, const QString& contact, const QString& note);
    ApiJob* apps();
    ApiJob* layouts(const QString& type = {}); // C360 | P360 | both
    ApiJob* layout(const QString& id);
    ApiJob* putLayoutSections(const QString& id, const QJsonArray& sections);
    ApiJob* layoutPreview(const QString& id, const QString& recordId);
    ApiJob* dashboards(const QString& folder = QStringLiteral("System"));
    ApiJob* dashboardPermissions(const QString& id);
    ApiJob* putDashboardPermissions(const QString& id, const QJsonObject& permissions);
    ApiJob* roles();
    // User Management, shaped after the documented calls (update users, update status; at most 50 users a call),
    // writes paced to its own limit
    ApiJob* setUserRoles(const QJsonArray& users); // [{userId, gsRoles}], at most 50
    ApiJob* setUserActive(const QString& id, bool active);
    ApiJob* deactivateUser(const QString& id);
    ApiJob* activateUser(const QString& id);
    ApiJob* updateUsername(const QString& id, const QString& username);
    ApiJob* permissionBundles();
    ApiJob* permissionRules();
    ApiJob* userPermissions(const QString& id);
    ApiJob* ssoCheck(const QString& userId);

    // Staircase side
    ApiJob* staircaseIntegration();
    // Connects Staircase to Gainsight with the access key this client holds (it never leaves this class otherwise).
    ApiJob* connectStaircase(const QString& subdomain);
    ApiJob* crmSettings();
    ApiJob* putCrmSettings(const QJsonObject& crm);
    ApiJob* accountFields();
    ApiJob* putAccountFieldMappings(const QJsonArray& mappings);

    // A plan step's call, sent exactly as planned. WaitForSupport is not one call (the area polls): nullptr.
    ApiJob* execute(const PlannedCall& call);
    // The call as "METHOD /path", for the admin (no body, no secret).
    static QString describe(const PlannedCall& call);

    // The N of a COUNT(Gsid) answer, or -1 when the data has no count (or one that is not a whole number ≥ 0).
    static qint64 countFrom(const QJsonValue& data);

Q_SIGNALS:
    // One of this client's calls is held back until hold.untilMs: paced to a rate limit, or waiting to be sent
    // again after a transient failure (every job says so; this is for whoever shows the waiting, not the caller).
    void callHeldBack(const banister::CallHold& hold);
    // The call a hold named has ended (answered, failed or aborted): its hold no longer matters.
    void callReleased(quint64 call);

private:
    enum class Side { Gainsight, Staircase };
    ApiJob* send(Side side, const QByteArray& method, const QString& path, const QUrlQuery& query = {},
                 const QJsonObject* body = nullptr, bool idempotent = true, RateClass rate = RateClass::None);

    QNetworkAccessManager m_nam;
    QUrl m_gainsightUrl;
    QUrl m_staircaseUrl;
    QByteArray m_accessKey;
    QByteArray m_token;
    RetryPolicy m_policy;
    int m_timeoutMs = 30000;
    int m_deadlineMs = 60000;
    Pacer m_dataPacer;
    Pacer m_userWritePacer;
    Surface m_surface = Surface::Unknown;
    quint64 m_calls = 0; // numbers the calls for CallHold::call
};

// The subdomain in a Gainsight URL, as Staircase's Gainsight card asks for it: https://acme.gainsightcloud.com/…
// → "acme"; empty for an IP address, localhost or a single-label host.
QString subdomainFromUrl(const QString& url);

} // namespace banister
