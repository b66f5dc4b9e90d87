#include "sandbox/TenantState.h"

#include "core/Domain.h"

#include <QJsonArray>
#include <QVariantHash>
#include <utility>

namespace banister::sandbox {

namespace {
const QString kSchema = QStringLiteral("banister.sandbox-state/1");
} // namespace

bool TenantState::operator==(const TenantState& o) const
{
    return scenario == o.scenario && seed == o.seed && supportRequests == o.supportRequests && linked == o.linked
        && connected == o.connected && connectedSubdomain == o.connectedSubdomain && connectedAs == o.connectedAs
        && crm == o.crm && mappings == o.mappings && layouts == o.layouts
        && dashboardPermissions == o.dashboardPermissions && users == o.users;
}

void markConnected(TenantState& state, const QString& subdomain, const QString& connectedAs)
{
    state.connected = true;
    state.connectedSubdomain = subdomain;
    state.connectedAs = connectedAs;
    // "Once enabled, Gainsight super admins automatically receive Staircase Admin access."
    // Read through const access: the users stay shared with the seeded ones unless one changes here.
    for (qsizetype i = 0; i < state.users.size(); ++i)
        if (const User& u = std::as_const(state.users).at(i);
            u.superAdmin && !u.gsRoles.contains(staircaseGsRole(StaircaseRole::Admin)))
            state.users[i].gsRoles.append(staircaseGsRole(StaircaseRole::Admin));
}

QJsonObject toJson(const SupportRequest& r)
{
    return QJsonObject { { QStringLiteral("id"), r.id },
                         { QStringLiteral("type"), r.type },
                         { QStringLiteral("status"), r.status },
                         { QStringLiteral("contact"), r.contact },
                         { QStringLiteral("note"), r.note } };
}

QJsonObject toJson(const Layout& l)
{
    QJsonArray sections;
    for (const auto& sec : l.sections)
        sections.append(QJsonObject { { QStringLiteral("key"), sec.first }, { QStringLiteral("label"), sec.second } });
    return QJsonObject { { QStringLiteral("id"), l.id },
                         { QStringLiteral("name"), l.name },
                         { QStringLiteral("type"), l.type },
                         { QStringLiteral("sections"), sections } };
}

QJsonObject integrationJson(const TenantState& s)
{
    return QJsonObject { { QStringLiteral("connected"), s.connected },
                         { QStringLiteral("subdomain"), s.connected ? QJsonValue(s.connectedSubdomain) : QJsonValue() },
                         { QStringLiteral("connectedAs"), s.connected ? QJsonValue(s.connectedAs) : QJsonValue() },
                         { QStringLiteral("tabs"),
                           s.connected ? QJsonArray { QStringLiteral("CRM"), QStringLiteral("Account Fields"),
                                                      QStringLiteral("Users") }
                                       : QJsonArray {} } };
}

QJsonObject toJson(const TenantState& s)
{
    QJsonArray requests;
    for (const SupportRequest& r : s.supportRequests)
        requests.append(toJson(r));
    QJsonObject roles, accounts;
    for (const User& u : s.users) {
        roles.insert(u.id, QJsonArray::fromStringList(u.gsRoles));
        accounts.insert(
            u.id, QJsonObject { { QStringLiteral("active"), u.active }, { QStringLiteral("username"), u.username } });
    }
    QJsonArray layouts;
    for (const Layout& l : s.layouts)
        layouts.append(toJson(l));
    QVariantHash mappings;
    for (auto it = s.mappings.begin(); it != s.mappings.end(); ++it)
        mappings.insert(it.key(), it.value());
    return QJsonObject { { QStringLiteral("schema"), kSchema },
                         { QStringLiteral("scenario"), s.scenario },
                         { QStringLiteral("seed"), double(s.seed) },
                         { QStringLiteral("supportRequests"), requests },
                         { QStringLiteral("linked"), s.linked },
                         { QStringLiteral("integration"), integrationJson(s) },
                         { QStringLiteral("gsRoles"), roles },
                         { QStringLiteral("accounts"), accounts },
                         { QStringLiteral("crm"), s.crm },
                         { QStringLiteral("layouts"), layouts },
                         { QStringLiteral("dashboard"), s.dashboardPermissions },
                         { QStringLiteral("mappings"), QJsonObject::fromVariantHash(mappings) } };
}

Result<TenantState> fromJson(const QJsonObject& state, TenantState s)
{
    if (state.value(QLatin1String("schema")).toString() != kSchema)
        return Result<TenantState>::failure(QStringLiteral("not a sandbox state file"));
    if (state.value(QLatin1String("scenario")).toString() != s.scenario
        || state.value(QLatin1String("seed")).toDouble() != double(s.seed))
        return Result<TenantState>::failure(QStringLiteral("the state was saved for scenario %1, seed %2")
                                                .arg(state.value(QLatin1String("scenario")).toString())
                                                .arg(state.value(QLatin1String("seed")).toDouble()));
    s.supportRequests.clear();
    for (const QJsonValue& r : state.value(QLatin1String("supportRequests")).toArray())
        s.supportRequests.append({ r[QStringLiteral("id")].toString(), r[QStringLiteral("type")].toString(),
                                   r[QStringLiteral("status")].toString(), r[QStringLiteral("contact")].toString(),
                                   r[QStringLiteral("note")].toString() });
    s.linked = state.value(QLatin1String("linked")).toBool();
    const QJsonObject integration = state.value(QLatin1String("integration")).toObject();
    s.connected = integration.value(QLatin1String("connected")).toBool();
    s.connectedSubdomain = integration.value(QLatin1String("subdomain")).toString();
    s.connectedAs = integration.value(QLatin1String("connectedAs")).toString();
    s.crm = state.value(QLatin1String("crm")).toObject();
    if (state.contains(QLatin1String("dashboard")))
        s.dashboardPermissions = state.value(QLatin1String("dashboard")).toObject();
    for (const QJsonValue& l : state.value(QLatin1String("layouts")).toArray()) {
        for (Layout& layout : s.layouts) {
            if (layout.id != l[QStringLiteral("id")].toString())
                continue;
            layout.sections.clear();
            for (const QJsonValue& sec : l[QStringLiteral("sections")].toArray())
                layout.sections.append(
                    { sec[QStringLiteral("key")].toString(), sec[QStringLiteral("label")].toString() });
        }
    }
    s.mappings.clear();
    const QJsonObject mappings = state.value(QLatin1String("mappings")).toObject();
    for (auto it = mappings.begin(); it != mappings.end(); ++it)
        s.mappings.insert(it.key(), it.value().toString());
    const QJsonObject roles = state.value(QLatin1String("gsRoles")).toObject();
    const QJsonObject accounts = state.value(QLatin1String("accounts")).toObject();
    for (User& u : s.users) {
        if (roles.contains(u.id))
            u.gsRoles = roles.value(u.id).toVariant().toStringList();
        if (accounts.contains(u.id)) {
            u.active = accounts.value(u.id)[QStringLiteral("active")].toBool();
            u.username = accounts.value(u.id)[QStringLiteral("username")].toString();
        }
    }
    return s;
}

} // namespace banister::sandbox
