#include "engine/Session.h"

#include "engine/JournalPath.h"
#include "net/UrlPolicy.h"

#include <utility>

namespace banister {

Session::Session(QObject* parent)
    : QObject(parent)
    , m_client(this)
    , m_store(QStringLiteral("Banister"), this)
    , m_connection(&m_client, &m_store, this)
    , m_prerequisites(&m_client, this)
    , m_activation(&m_client, this)
    , m_crm(&m_client, this)
    , m_fieldMappings(&m_client, this)
    , m_userAccess(&m_client, this)
    , m_layouts(&m_client, this)
    , m_dashboard(&m_client, this)
    , m_profiles(this)
    , m_engine(&m_client, this)
    , m_plan(&m_engine, this)
    , m_verify(&m_engine, this)
    , m_steps { &m_connection,    &m_prerequisites, &m_activation, &m_crm,
                &m_fieldMappings, &m_userAccess,    &m_layouts,    &m_dashboard }
{
    connect(&m_profiles, &ProfileStore::loaded, this, &Session::applyProfile);
    // Connected to another tenant than before: every step reads its tenant again, and a draft that was only what
    // the last tenant had starts from the new one (what the admin chose or opened stays, for the plan to check).
    connect(&m_connection, &ConnectionModel::connected, this, [this] {
        // The origins connected to (as the client uses them: scheme, host, port), not the text typed.
        const QUrl gainsight = checkTenantUrl(m_connection.gainsightUrl()).url;
        const QUrl staircase = checkTenantUrl(m_connection.staircaseUrl()).url;
        const QStringList tenant { gainsight.toString(), staircase.toString() };
        const QStringList before = std::exchange(m_tenant, tenant);
        if (before.isEmpty() || tenant == before)
            return;
        for (StepModel* step : m_steps.mid(1))
            step->forgetTenant();
        // Named by the side that changed: Gainsight's, unless only Staircase's did.
        Q_EMIT tenantSwitched(tenant.first() != before.first() ? gainsight.authority() : staircase.authority());
    });
    // A public-API tenant: what the admin confirms about it (prerequisites) and its subdomain feed the other steps.
    const auto known = [this] {
        m_prerequisites.setSubdomain(m_connection.subdomain());
        m_activation.setKnownTenant(m_prerequisites.tenantInfo());
    };
    connect(&m_connection, &ConnectionModel::connected, this, known);
    connect(&m_connection, &ConnectionModel::changed, this, known);
    connect(&m_prerequisites, &PrerequisitesModel::changed, this, known);
}

Profile Session::currentProfile() const
{
    Profile p = m_profiles.profile();
    for (const StepModel* step : m_steps)
        step->writeDraft(p);
    return p;
}

void Session::applyProfile(const Profile& p)
{
    for (StepModel* step : std::as_const(m_steps))
        step->readDraft(p);
    Q_EMIT profileApplied();
}

QString Session::journalPath() const
{
    return defaultJournalPath(m_connection.tenantInfo().subdomain, m_connection.isSandbox());
}

} // namespace banister
