#include "core/Domain.h"

#include "core/Spelling.h"

namespace banister {

namespace {

// One spelling per value; every to/from-string function below reads these tables and nothing else.
constexpr Spelling<StaircaseRole> kRoles[] = {
    { StaircaseRole::User, "User" },
    { StaircaseRole::Manager, "Manager" },
    { StaircaseRole::Admin, "Admin" },
    { StaircaseRole::None, "None" },
};

// The GS roles, weakest first; None has none.
constexpr Spelling<StaircaseRole> kGsRoles[] = {
    { StaircaseRole::User, "Staircase User" },
    { StaircaseRole::Manager, "Staircase Manager" },
    { StaircaseRole::Admin, "Staircase Admin" },
};

constexpr Spelling<License> kLicenses[] = {
    { License::Full, "Full" },
    { License::ViewerPlus, "Viewer Plus" },
    { License::Viewer, "Viewer" },
};

constexpr Spelling<DashboardPermission> kPermissions[] = {
    { DashboardPermission::Private, "private" },
    { DashboardPermission::Public, "public" },
    { DashboardPermission::PublicViewEdit, "publicViewEdit" },
    { DashboardPermission::PublicViewShare, "publicViewShare" },
    { DashboardPermission::Specific, "specific" },
};

constexpr Spelling<CrmFilterMode> kFilterModes[] = {
    { CrmFilterMode::All, "all" },
    { CrmFilterMode::Specific, "specific" },
};
constexpr Spelling<CrmCombine> kCombines[] = {
    { CrmCombine::And, "and" },
    { CrmCombine::Or, "or" },
};

constexpr Spelling<PrincipalKind> kPrincipalKinds[] = {
    { PrincipalKind::User, "user" },
    { PrincipalKind::Role, "role" },
    { PrincipalKind::Group, "group" },
};

} // namespace

QString staircaseRoleName(StaircaseRole role)
{
    return nameOf(kRoles, role);
}

std::optional<StaircaseRole> staircaseRoleFromName(const QString& name)
{
    return valueOf(kRoles, name);
}

QStringList staircaseRoleNames()
{
    return namesOf(kRoles);
}

QString staircaseGsRole(StaircaseRole role)
{
    return nameOf(kGsRoles, role);
}

std::optional<StaircaseRole> staircaseRoleFromGsRole(const QString& gsRole)
{
    return valueOf(kGsRoles, gsRole);
}

QStringList staircaseGsRoles()
{
    return namesOf(kGsRoles);
}

StaircaseRole staircaseRoleOf(const QStringList& gsRoles)
{
    for (StaircaseRole role : { StaircaseRole::Admin, StaircaseRole::Manager, StaircaseRole::User })
        if (gsRoles.contains(staircaseGsRole(role)))
            return role;
    return StaircaseRole::None;
}

QStringList withStaircaseRole(const QStringList& gsRoles, StaircaseRole role)
{
    QStringList out;
    for (const QString& r : gsRoles)
        if (!staircaseRoleFromGsRole(r))
            out << r;
    if (const QString name = staircaseGsRole(role); !name.isEmpty())
        out << name;
    return out;
}

QString systemAdministratorRole()
{
    return QStringLiteral("System Administrator");
}

QString staircaseCsmRole()
{
    return QStringLiteral("Staircase CSM");
}

QString licenseName(License license)
{
    return nameOf(kLicenses, license);
}

std::optional<License> licenseFromName(const QString& name)
{
    return valueOf(kLicenses, name);
}

QStringList licenseNames()
{
    return namesOf(kLicenses);
}

bool hasStaircaseBundle(License license)
{
    return license == License::Full || license == License::ViewerPlus;
}

bool hasStaircaseBundle(const QString& name)
{
    const std::optional<License> license = licenseFromName(name);
    return license && hasStaircaseBundle(*license);
}

QString dashboardPermissionName(DashboardPermission permission)
{
    return nameOf(kPermissions, permission);
}

std::optional<DashboardPermission> dashboardPermissionFromName(const QString& name)
{
    return valueOf(kPermissions, name);
}

QStringList dashboardPermissionNames()
{
    return namesOf(kPermissions);
}

QString principalKindName(PrincipalKind kind)
{
    return nameOf(kPrincipalKinds, kind);
}

std::optional<PrincipalKind> principalKindFromName(const QString& name)
{
    return valueOf(kPrincipalKinds, name);
}

QStringList principalKindNames()
{
    return namesOf(kPrincipalKinds);
}

QString crmFilterModeName(CrmFilterMode mode)
{
    return nameOf(kFilterModes, mode);
}

std::optional<CrmFilterMode> crmFilterModeFromName(const QString& name)
{
    return valueOf(kFilterModes, name);
}

QStringList crmFilterModeNames()
{
    return namesOf(kFilterModes);
}

QString crmCombineName(CrmCombine combine)
{
    return nameOf(kCombines, combine);
}

std::optional<CrmCombine> crmCombineFromName(const QString& name)
{
    return valueOf(kCombines, name);
}

QStringList crmCombineNames()
{
    return namesOf(kCombines);
}

} // namespace banister
