#include "models/DashboardModel.h"

#include <QTimer>

#include "net/JobGroup.h"
#include "net/TenantClient.h"

#include <QJsonArray>

namespace banister {

namespace {
const Principal kSystemAdministrator { PrincipalKind::Role, systemAdministratorRole() };
}

DashboardModel::DashboardModel(TenantClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

QList<DashboardPermission> DashboardModel::permissionTypes()
{
    return { DashboardPermission::Private, DashboardPermission::Public, DashboardPermission::PublicViewEdit,
             DashboardPermission::PublicViewShare, DashboardPermission::Specific };
}

QString DashboardModel::describe(DashboardPermission permission)
{
    // The article's one-line meaning of each type.
    switch (permission) {
    case DashboardPermission::Private:
        return tr("Private: no one but the creator has access.");
    case DashboardPermission::Public:
        return tr("Public: anyone with access to Dashboards can view it.");
    case DashboardPermission::PublicViewEdit:
        return tr("Public – View & Edit: anyone with access to Dashboards can view it; anyone with access to the "
                  "Dashboard Builder can edit it.");
    case DashboardPermission::PublicViewShare:
        return tr("Public – View & Share: anyone with access to Dashboards can view and share it.");
    case DashboardPermission::Specific:
        break;
    }
    return tr("Specific people: only the users, roles and groups you choose.");
}

void DashboardModel::load()
{
    const quint64 ticket = beginLoad();
    Q_EMIT changed();
    auto* group = new JobGroup(this, [this, ticket](const QHash<QString, ApiResult>& r) {
        if (!isCurrent(ticket))
            return;
        const QString error = JobGroup::firstError(r);
        if (error.isEmpty()) {
            m_roles = r.value(QStringLiteral("roles")).data[QStringLiteral("roles")].toVariant().toStringList();
            m_groups = r.value(QStringLiteral("roles")).data[QStringLiteral("groups")].toVariant().toStringList();
            if (!hasDraft()) {
                // Start from what the tenant has now.
                DashboardSection live;
                const QJsonObject p = r.value(QStringLiteral("permissions")).data.toObject();
                // A type or principal kind Banister does not know cannot be edited here: the default stands in.
                live.permission = dashboardPermissionFromName(p.value(QLatin1String("permission")).toString())
                                      .value_or(live.permission);
                for (const QJsonValue& pr : p.value(QLatin1String("principals")).toArray())
                    if (const auto kind = principalKindFromName(pr[QStringLiteral("kind")].toString()))
                        live.principals.append({ *kind, pr[QStringLiteral("id")].toString() });
                m_section = live;
                setHasDraft(true);
                setDraftIsTenants(true);
            }
        }
        endLoad(error);
        Q_EMIT changed();
    });
    if (m_client->publicApiOnly()) {
        // No documented API lists roles or the dashboard's permissions: the article's roles stand in, users are
        // searched through the documented user fetch, and the permissions are set by hand from the plan.
        delete group;
        m_roles = QStringList { systemAdministratorRole(), staircaseGsRole(StaircaseRole::Admin),
                                staircaseGsRole(StaircaseRole::Manager), staircaseCsmRole(),
                                staircaseGsRole(StaircaseRole::User) };
        m_groups.clear();
        endLoad();
        if (!hasDraft())
            setDraftIsTenants(true); // the default, nothing chosen: a full-API tenant connected next is read
        setHasDraft(true);
        QTimer::singleShot(0, this, &DashboardModel::changed);
        return;
    }
    group->add(QStringLiteral("permissions"),
               m_client->dashboardPermissions(QStringLiteral("staircase-executive-dashboard")));
    group->add(QStringLiteral("roles"), m_client->roles());
    group->seal();
}

void DashboardModel::setSection(const std::optional<DashboardSection>& s)
{
    m_section = s.value_or(DashboardSection {});
    setHasDraft(s.has_value());
    setDraftIsTenants(false);
    Q_EMIT changed();
}

void DashboardModel::forgetTenant()
{
    StepModel::forgetTenant();
    ++m_searchGeneration;
    m_refusal.clear();
    m_roles.clear();
    m_groups.clear();
    m_userNames.clear();
    if (draftIsTenants()) { // the last tenant's permissions as read: the next tenant's are the draft
        m_section = DashboardSection {};
        setHasDraft(false);
        setDraftIsTenants(false);
    }
    Q_EMIT changed();
}

void DashboardModel::setPermission(DashboardPermission permission)
{
    setHasDraft(true);
    setDraftIsTenants(false);
    m_section.permission = permission;
    if (permission == DashboardPermission::Specific) {
        if (!m_section.principals.contains(kSystemAdministrator))
            m_section.principals.prepend(kSystemAdministrator);
    } else {
        m_section.principals.clear(); // only "specific" names people
    }
    Q_EMIT changed();
}

void DashboardModel::addPrincipal(const Principal& p)
{
    m_refusal.clear();
    if (m_section.permission != DashboardPermission::Specific)
        setPermission(DashboardPermission::Specific);
    if (!m_section.principals.contains(p))
        m_section.principals.append(p);
    setHasDraft(true);
    setDraftIsTenants(false);
    Q_EMIT changed();
}

bool DashboardModel::removePrincipal(const Principal& p)
{
    if (p == kSystemAdministrator) {
        m_refusal = tr("System Administrator keeps access to the dashboard.");
        Q_EMIT changed();
        return false;
    }
    m_refusal.clear();
    m_section.principals.removeAll(p);
    setDraftIsTenants(false);
    Q_EMIT changed();
    return true;
}

QStringList DashboardModel::suggestedRoles() const
{
    QStringList out;
    for (const QString& r :
         { staircaseGsRole(StaircaseRole::Manager), staircaseCsmRole(), staircaseGsRole(StaircaseRole::Admin) })
        if (m_roles.contains(r) && !m_section.principals.contains(Principal { PrincipalKind::Role, r }))
            out << r;
    return out;
}

void DashboardModel::searchUsers(const QString& text)
{
    const quint64 gen = ++m_searchGeneration;
    ApiJob* job = m_client->users(1, 20, text.trimmed());
    connect(job, &ApiJob::finished, this, [this, gen](const ApiResult& r) {
        if (gen != m_searchGeneration)
            return;
        QList<QPair<QString, QString>> found;
        for (const QJsonValue& u : r.data[QStringLiteral("records")].toArray()) {
            const QString name = QStringLiteral("%1 <%2>").arg(u[QStringLiteral("name")].toString(),
                                                               u[QStringLiteral("email")].toString());
            m_userNames.insert(u[QStringLiteral("id")].toString(), name);
            found.append({ u[QStringLiteral("id")].toString(), name });
        }
        Q_EMIT usersFound(found);
    });
}

QString DashboardModel::displayName(const Principal& p) const
{
    switch (p.kind) {
    case PrincipalKind::User:
        return tr("User: %1").arg(m_userNames.value(p.id, p.id));
    case PrincipalKind::Group:
        return tr("Group: %1").arg(p.id);
    case PrincipalKind::Role:
        break;
    }
    return tr("Role: %1").arg(p.id);
}

void DashboardModel::writeDraft(Profile& profile) const
{
    if (hasDraft())
        profile.dashboard = section();
}

} // namespace banister
