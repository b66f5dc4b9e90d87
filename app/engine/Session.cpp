#include "engine/Session.h"

#include "engine/JournalPath.h"
#include "net/UrlPolicy.h"

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
{
    connect(&m_profiles, &ProfileStore::loaded, this, &Session::applyProfile);
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
    // The sandbox's address changes every start: a profile made on it names no URL, so it fits the next sandbox.
    if (!m_connection.isSandbox()) {
        if (!m_connection.gainsightUrl().isEmpty())
            p.tenant.gainsightUrl = checkTenantUrl(m_connection.gainsightUrl()).url.toString();
        if (!m_connection.staircaseUrl().isEmpty())
            p.tenant.staircaseUrl = checkTenantUrl(m_connection.staircaseUrl()).url.toString();
    }
    if (!m_connection.tenantInfo().subdomain.isEmpty())
        p.tenant.subdomain = m_connection.tenantInfo().subdomain;
    else if (!m_connection.subdomain().isEmpty())
        p.tenant.subdomain = m_connection.subdomain();
    if (m_connection.isPublicApi() || !m_prerequisites.confirmed().isEmpty())
        p.confirmed = m_prerequisites.confirmed();
    if (m_activation.hasDraft())
        p.activation = m_activation.section();
    if (m_crm.hasDraft())
        p.crm = m_crm.section();
    if (m_fieldMappings.hasDraft())
        p.fieldMappings = m_fieldMappings.mappings();
    if (m_userAccess.hasDraft())
        p.userAccess = m_userAccess.section();
    if (m_layouts.hasDraft())
        p.layouts = m_layouts.placements();
    if (m_dashboard.hasDraft())
        p.dashboard = m_dashboard.section();
    return p;
}

void Session::applyProfile(const Profile& p)
{
    if (!m_connection.isSandbox() && m_connection.gainsightUrl().isEmpty() && !p.tenant.gainsightUrl.isEmpty()) {
        m_connection.setGainsightUrl(p.tenant.gainsightUrl);
        m_connection.setStaircaseUrl(p.tenant.staircaseUrl.isEmpty() ? p.tenant.gainsightUrl : p.tenant.staircaseUrl);
        Q_EMIT m_connection.fieldsChanged();
    }
    m_prerequisites.setConfirmed(p.confirmed);
    m_activation.setSection(p.activation);
    m_crm.setSection(p.crm);
    m_fieldMappings.setMappings(p.fieldMappings);
    m_userAccess.setSection(p.userAccess);
    m_layouts.setPlacements(p.layouts);
    m_dashboard.setSection(p.dashboard);
    Q_EMIT profileApplied();
}

QString Session::journalPath() const
{
    return defaultJournalPath(m_connection.tenantInfo().subdomain, m_connection.isSandbox());
}

} // namespace banister
