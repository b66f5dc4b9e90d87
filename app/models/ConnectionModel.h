#pragma once

#include "core/TenantInfo.h"
#include "models/StepModel.h"
#include "secrets/CredentialStore.h"

#include <QObject>
#include <QPointer>

namespace banister {

class TenantClient;
class ApiJob;

// The Connect step: the two tenant URLs and their secrets, validated by calling the tenant.
// States: Idle -connect()-> Checking -(both sides answer)-> Connected | Failed; any edit returns to Idle.
// Secrets go to the CredentialStore after a successful check, never anywhere else. Sandbox fields are never
// stored; editing any of them away from the sandbox's values leaves sandbox mode (Remember applies again).
class ConnectionModel : public QObject, public StepModel
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(bool canProceed READ canProceed NOTIFY changed)
public:
    ConnectionModel(TenantClient* client, CredentialStore* store, QObject* parent = nullptr);

    QString gainsightUrl() const { return m_gainsightUrl; }
    QString staircaseUrl() const { return m_staircaseUrl; }
    QString accessKey() const { return m_accessKey; }
    QString staircaseToken() const { return m_token; }
    bool remember() const { return m_remember; }
    bool isSandbox() const { return m_sandbox; }

    void setGainsightUrl(const QString& url);
    void setStaircaseUrl(const QString& url);
    void setAccessKey(const QString& key);
    void setStaircaseToken(const QString& token);
    void setRemember(bool remember);

    QString statusText() const { return m_statusText; }
    QString keychainNotice() const { return m_keychainNotice; }
    bool canProceed() const override { return m_connected; } // loaded: connected, with the tenant read
    // The tenant's address (not the sandbox's, which changes every start) and subdomain, and back when the URLs
    // are still empty.
    void writeDraft(Profile& profile) const override;
    void readDraft(const Profile& profile) override;
    const TenantInfo& tenantInfo() const { return m_info; }
    // The subdomain Staircase's Gainsight card asks for: typed, else derived from the Gainsight URL
    // (https://acme.gainsightcloud.com → acme); once connected to a tenant that says its own, that one.
    QString subdomain() const;
    void setSubdomain(const QString& subdomain);
    // Connected to a tenant with Gainsight's documented REST only (a real tenant): see TenantClient::Surface.
    bool isPublicApi() const { return m_connected && m_publicApi; }

    // Fields that are filled enough to try connecting.
    bool isFilled() const;

    // Restores the last URLs and, from the keychain, their secrets. Call after the window is shown.
    void restoreSaved();
    // Asks the composition root for the embedded sandbox; it answers with useSandbox().
    void requestSandbox(const QString& scenario = QStringLiteral("ready"));
    void useSandbox(const QString& url, const QString& accessKey, const QString& token, const QString& scenario);
    QString sandboxScenario() const { return m_sandboxScenario; }

    void connectToTenant();
    void load() override { connectToTenant(); } // this step's load is connecting
    void cancel();

Q_SIGNALS:
    void changed();
    void fieldsChanged(); // URLs or secrets replaced from outside the page (restore, sandbox)
    void connected();
    void sandboxRequested(const QString& scenario);

private:
    void stopChecking();
    void invalidate();
    void setProgress(bool busy, const QString& status = {});
    void fail(const QString& text);
    void onBothAnswered();
    void readTenant(quint64 generation);
    void connectedPublic();
    void storeSecrets();
    void leaveSandboxIfEdited();

    TenantClient* m_client;
    CredentialStore* m_store;
    QString m_gainsightUrl;
    QString m_staircaseUrl;
    QString m_accessKey;
    QString m_token;
    bool m_remember = true;
    bool m_sandbox = false;
    QString m_sandboxScenario;
    QStringList m_sandboxFields; // the URLs, key and token the sandbox gave, while they are in use
    bool m_rememberBeforeSandbox = true;
    bool m_connected = false;
    QString m_statusText;
    QString m_keychainNotice;
    TenantInfo m_info;
    QString m_subdomain; // typed by the admin; empty: derived from the URL
    QString m_subdomainNote;
    bool m_publicApi = false;
    int m_pending = 0;
    QString m_gainsightError;
    QString m_staircaseError;
    QPointer<ApiJob> m_infoJob;
    QPointer<ApiJob> m_staircaseJob;
};

} // namespace banister
