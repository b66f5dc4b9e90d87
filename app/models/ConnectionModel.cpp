#include "models/ConnectionModel.h"

#include "core/Log.h"
#include "net/TenantClient.h"
#include "net/UrlPolicy.h"

#include <QSettings>

namespace banister {

ConnectionModel::ConnectionModel(TenantClient* client, CredentialStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
}

void ConnectionModel::stopChecking()
{
    dropAnswers(); // answers still on their way are now stale
    if (m_infoJob)
        m_infoJob->abort();
    if (m_staircaseJob)
        m_staircaseJob->abort();
    m_connected = false;
    setLoaded(false);
}

void ConnectionModel::invalidate()
{
    stopChecking();
    m_subdomainNote.clear();
    setBusy(false);
    setErrorText({});
    m_statusText.clear();
    Q_EMIT changed();
}

#define BANISTER_SETTER(member, value)                                                                                 \
    if (member == value)                                                                                               \
        return;                                                                                                        \
    member = value;                                                                                                    \
    leaveSandboxIfEdited();                                                                                            \
    invalidate();

void ConnectionModel::setGainsightUrl(const QString& url)
{
    BANISTER_SETTER(m_gainsightUrl, url)
}
void ConnectionModel::setStaircaseUrl(const QString& url)
{
    BANISTER_SETTER(m_staircaseUrl, url)
}
void ConnectionModel::setAccessKey(const QString& key)
{
    BANISTER_SETTER(m_accessKey, key)
}
void ConnectionModel::setStaircaseToken(const QString& token)
{
    BANISTER_SETTER(m_token, token)
}
#undef BANISTER_SETTER

void ConnectionModel::leaveSandboxIfEdited()
{
    // Fields that no longer are the sandbox's are a real tenant's: its secrets follow "Remember" again.
    if (!m_sandbox
        || (m_gainsightUrl == m_sandboxFields.at(0) && m_staircaseUrl == m_sandboxFields.at(1)
            && m_accessKey == m_sandboxFields.at(2) && m_token == m_sandboxFields.at(3)))
        return;
    m_sandbox = false;
    m_sandboxScenario.clear();
    m_sandboxFields.clear();
    m_remember = m_rememberBeforeSandbox;
}

void ConnectionModel::setRemember(bool remember)
{
    if (m_remember == remember)
        return;
    m_remember = remember;
    Q_EMIT changed();
}

bool ConnectionModel::isFilled() const
{
    // The Staircase token is needed only where Banister itself talks to Staircase (the sandbox); a public-API tenant
    // is connected by hand in Staircase, so it is asked for after the first call says which tenant this is.
    return !m_gainsightUrl.trimmed().isEmpty() && !m_staircaseUrl.trimmed().isEmpty()
        && !m_accessKey.trimmed().isEmpty();
}

void ConnectionModel::setProgress(bool busy, const QString& status)
{
    setBusy(busy);
    m_statusText = status;
    Q_EMIT changed();
}

void ConnectionModel::fail(const QString& text)
{
    stopChecking();
    setErrorText(text);
    setProgress(false);
}

void ConnectionModel::restoreSaved()
{
    QSettings settings;
    const QString gs = settings.value(QStringLiteral("connect/gainsightUrl")).toString();
    const QString sc = settings.value(QStringLiteral("connect/staircaseUrl")).toString();
    m_remember = settings.value(QStringLiteral("connect/remember"), true).toBool();
    if (m_sandbox || gs.isEmpty() || !m_gainsightUrl.isEmpty())
        return;
    m_gainsightUrl = gs;
    m_staircaseUrl = sc;
    Q_EMIT fieldsChanged();
    if (!m_remember)
        return;
    const quint64 gen = currentTicket();
    const QString gsHost = checkTenantUrl(gs).url.host();
    const QString scHost = checkTenantUrl(sc).url.host();
    m_store->read(CredentialStore::accessKeyAccount(gsHost), this,
                  [this, gen](CredentialStore::Status s, const QString& secret, const QString&) {
                      if (isCurrent(gen) && s == CredentialStore::Status::Ok && m_accessKey.isEmpty()) {
                          m_accessKey = secret;
                          Q_EMIT fieldsChanged();
                          Q_EMIT changed();
                      }
                  });
    m_store->read(CredentialStore::tokenAccount(scHost), this,
                  [this, gen](CredentialStore::Status s, const QString& secret, const QString&) {
                      if (isCurrent(gen) && s == CredentialStore::Status::Ok && m_token.isEmpty()) {
                          m_token = secret;
                          Q_EMIT fieldsChanged();
                          Q_EMIT changed();
                      }
                  });
}

void ConnectionModel::requestSandbox(const QString& scenario)
{
    setProgress(true, tr("Starting the sandbox tenant…"));
    Q_EMIT sandboxRequested(scenario);
}

void ConnectionModel::useSandbox(const QString& url, const QString& accessKey, const QString& token,
                                 const QString& scenario)
{
    m_gainsightUrl = url;
    m_staircaseUrl = url;
    m_accessKey = accessKey;
    m_token = token;
    if (!m_sandbox)
        m_rememberBeforeSandbox = m_remember;
    m_sandbox = true;
    m_sandboxScenario = scenario;
    m_sandboxFields = QStringList { url, url, accessKey, token };
    m_remember = false; // sandbox keys change every start: nothing worth keeping
    invalidate();
    m_statusText
        = tr("The sandbox tenant (scenario \"%1\") is running on this computer. Click Next to connect.").arg(scenario);
    Q_EMIT fieldsChanged();
    Q_EMIT changed();
}

void ConnectionModel::cancel()
{
    invalidate();
}

void ConnectionModel::connectToTenant()
{
    invalidate();
    const UrlCheck gs = checkTenantUrl(m_gainsightUrl);
    if (!gs.ok())
        return fail(tr("Gainsight URL: %1").arg(gs.error));
    const UrlCheck sc = checkTenantUrl(m_staircaseUrl);
    if (!sc.ok())
        return fail(tr("Staircase URL: %1").arg(sc.error));
    if (m_accessKey.trimmed().isEmpty())
        return fail(tr("Enter the Gainsight access key (Administration > Connectors 2.0 > Gainsight API)."));
    m_client->setGainsight(m_gainsightUrl, m_accessKey);
    m_client->setStaircase(m_staircaseUrl, m_token);

    setProgress(true, tr("Contacting %1…").arg(gs.url.host()));
    const quint64 gen = currentTicket();
    m_gainsightError.clear();
    m_staircaseError.clear();
    // A documented call first (Company describe): it validates the key and says whether the tenant offers more than
    // Gainsight's documented REST. A real tenant does not: the facts no API gives are confirmed by the admin next.
    m_infoJob = m_client->probe();
    connect(m_infoJob, &ApiJob::finished, this, [this, gen](const ApiResult& r) {
        if (!isCurrent(gen))
            return;
        if (!r.ok())
            return fail(tr("Gainsight: %1").arg(r.error.message()));
        if (m_client->publicApiOnly())
            return connectedPublic();
        if (m_token.trimmed().isEmpty())
            return fail(tr("Enter the Staircase API token (Staircase: Settings > API Tokens)."));
        readTenant(gen);
    });
    connect(m_infoJob, &ApiJob::retrying, this, [this, gen](int attempt, qint64 delayMs, const QString&) {
        if (isCurrent(gen))
            setProgress(true,
                        tr("The tenant did not answer cleanly; trying again in %1 s (attempt %2)…")
                            .arg(QString::number(double(delayMs) / 1000.0, 'f', 1))
                            .arg(attempt + 1));
    });
}

void ConnectionModel::connectedPublic()
{
    m_publicApi = true;
    m_info = TenantInfo {};
    m_info.subdomain = subdomain();
    m_info.tenantName = m_info.subdomain.isEmpty() ? checkTenantUrl(m_gainsightUrl).url.host() : m_info.subdomain;
    m_connected = true;
    setLoaded(true);
    storeSecrets();
    setProgress(false,
                tr("Connected to %1. It offers Gainsight's documented REST only: user roles and usernames are "
                   "automated; the rest are guided steps you do by hand and confirm.")
                    .arg(checkTenantUrl(m_gainsightUrl).url.host()));
    Q_EMIT connected();
}

QString ConnectionModel::subdomain() const
{
    return !m_subdomain.isEmpty() ? m_subdomain : subdomainFromUrl(m_gainsightUrl);
}

void ConnectionModel::setSubdomain(const QString& subdomain)
{
    const QString s = subdomain.trimmed().toLower();
    if (s == m_subdomain)
        return;
    m_subdomain = s == subdomainFromUrl(m_gainsightUrl) ? QString() : s;
    if (m_connected && m_publicApi)
        m_info.subdomain = this->subdomain();
    Q_EMIT changed();
}

void ConnectionModel::readTenant(quint64 gen)
{
    m_publicApi = false;
    m_pending = 2;
    m_infoJob = m_client->tenantInfo();
    connect(m_infoJob, &ApiJob::finished, this, [this, gen](const ApiResult& r) {
        if (!isCurrent(gen))
            return; // a stale answer for fields that have changed since
        if (!r.ok()) {
            m_gainsightError = tr("Gainsight: %1").arg(r.error.message());
        } else {
            auto info = tenantInfoFromJson(r.data.toObject());
            if (!info)
                m_gainsightError = tr("Gainsight: the tenant's answer lacks %1.").arg(info.error());
            else
                m_info = info.value();
            // The tenant says its subdomain: that is the one Staircase's card needs, whatever was typed.
            if (info && !m_subdomain.isEmpty() && m_subdomain != m_info.subdomain)
                m_subdomainNote = tr("The tenant's subdomain is \"%1\", not \"%2\"; Banister uses the tenant's.")
                                      .arg(m_info.subdomain, m_subdomain);
            if (info)
                m_subdomain = m_info.subdomain == subdomainFromUrl(m_gainsightUrl) ? QString() : m_info.subdomain;
        }
        onBothAnswered();
    });
    m_staircaseJob = m_client->staircaseIntegration();
    connect(m_staircaseJob, &ApiJob::finished, this, [this, gen](const ApiResult& r) {
        if (!isCurrent(gen))
            return;
        // 403 (not a Staircase admin) and 404 (no Staircase subscription) are prerequisites, checked next:
        // the token itself was accepted.
        if (!r.ok() && r.error.kind != ErrorKind::Forbidden && r.error.kind != ErrorKind::NotFound)
            m_staircaseError = tr("Staircase: %1").arg(r.error.message());
        onBothAnswered();
    });
}

void ConnectionModel::onBothAnswered()
{
    if (--m_pending > 0)
        return;
    if (!m_gainsightError.isEmpty() || !m_staircaseError.isEmpty()) {
        QStringList errors;
        if (!m_gainsightError.isEmpty())
            errors << m_gainsightError;
        if (!m_staircaseError.isEmpty())
            errors << m_staircaseError;
        fail(errors.join(QLatin1Char('\n')));
        return;
    }
    m_connected = true;
    setLoaded(true);
    storeSecrets();
    setProgress(false,
                tr("Connected to %1 as %2.").arg(m_info.tenantName, m_info.callerEmail)
                    + (m_subdomainNote.isEmpty() ? QString() : QLatin1Char(' ') + m_subdomainNote));
    qCInfo(lcModels).noquote() << "connected to" << checkTenantUrl(m_gainsightUrl).url.host();
    Q_EMIT connected();
}

void ConnectionModel::storeSecrets()
{
    if (m_sandbox)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("connect/gainsightUrl"), m_gainsightUrl);
    settings.setValue(QStringLiteral("connect/staircaseUrl"), m_staircaseUrl);
    settings.setValue(QStringLiteral("connect/remember"), m_remember);
    const QString gsHost = checkTenantUrl(m_gainsightUrl).url.host();
    const QString scHost = checkTenantUrl(m_staircaseUrl).url.host();
    auto onWritten = [this](CredentialStore::Status s, const QString& error) {
        if (s == CredentialStore::Status::Unavailable || s == CredentialStore::Status::Failed) {
            m_keychainNotice = tr("The system keychain is not available (%1). The key and token are kept for this "
                                  "session only; you will be asked again next time.")
                                   .arg(error);
            Q_EMIT changed();
        }
    };
    m_store->write(CredentialStore::accessKeyAccount(gsHost), m_accessKey, m_remember, this, onWritten);
    if (!m_token.isEmpty())
        m_store->write(CredentialStore::tokenAccount(scHost), m_token, m_remember, this, onWritten);
}

void ConnectionModel::writeDraft(Profile& profile) const
{
    // The sandbox's address changes every start: a profile made on it names no URL, so it fits the next sandbox.
    if (!m_sandbox) {
        if (!m_gainsightUrl.isEmpty())
            profile.tenant.gainsightUrl = checkTenantUrl(m_gainsightUrl).url.toString();
        if (!m_staircaseUrl.isEmpty())
            profile.tenant.staircaseUrl = checkTenantUrl(m_staircaseUrl).url.toString();
    }
    if (!m_info.subdomain.isEmpty())
        profile.tenant.subdomain = m_info.subdomain;
    else if (!subdomain().isEmpty())
        profile.tenant.subdomain = subdomain();
}

void ConnectionModel::readDraft(const Profile& profile)
{
    // What the admin typed (or the sandbox) stays; an empty page takes the profile's tenant.
    if (m_sandbox || !m_gainsightUrl.isEmpty() || profile.tenant.gainsightUrl.isEmpty())
        return;
    setGainsightUrl(profile.tenant.gainsightUrl);
    setStaircaseUrl(profile.tenant.staircaseUrl.isEmpty() ? profile.tenant.gainsightUrl : profile.tenant.staircaseUrl);
    Q_EMIT fieldsChanged();
}

} // namespace banister
