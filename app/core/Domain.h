#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace banister {

// The integration's domain choices as enums. Strings exist only at the edges: the profile, the tenant's JSON and
// the sandbox's wire format all spell them through the one to/from-string pair of each type below, so a role,
// license or permission kind is written as text in exactly one place.

// A user's Staircase role, as the profile names it ("User", "Manager", "Admin", "None"). In Gainsight it is a GS
// role ("Staircase User", "Staircase Manager", "Staircase Admin"); None means no Staircase GS role at all.
enum class StaircaseRole { User, Manager, Admin, None };

QString staircaseRoleName(StaircaseRole role); // the profile's spelling: "User", "Manager", "Admin", "None"
std::optional<StaircaseRole> staircaseRoleFromName(const QString& name);
QStringList staircaseRoleNames(); // in the enum's order

// The GS role that grants a Staircase role ("Manager" -> "Staircase Manager"); empty for None.
QString staircaseGsRole(StaircaseRole role);
std::optional<StaircaseRole> staircaseRoleFromGsRole(const QString& gsRole); // None is never a GS role
QStringList staircaseGsRoles(); // "Staircase User", "Staircase Manager", "Staircase Admin"
// The user's Staircase role from their GS roles; the strongest wins if several are set, None if there is none.
StaircaseRole staircaseRoleOf(const QStringList& gsRoles);
// gsRoles with every Staircase GS role replaced by the one for `role` (none for None), other roles kept in order.
QStringList withStaircaseRole(const QStringList& gsRoles, StaircaseRole role);

// Gainsight roles that are not Staircase roles but that the dashboard permissions name (the article's suggestions).
QString systemAdministratorRole(); // "System Administrator": keeps access to the Executive Dashboard
QString staircaseCsmRole(); // "Staircase CSM"

// A Gainsight user's license as User Management reports it. Only Full and Viewer Plus get a Staircase bundle.
enum class License { Full, ViewerPlus, Viewer };

QString licenseName(License license); // "Full", "Viewer Plus", "Viewer"
std::optional<License> licenseFromName(const QString& name);
QStringList licenseNames();
bool hasStaircaseBundle(License license);
bool hasStaircaseBundle(const QString& licenseName); // false for a license Banister does not know

// Who may open the Staircase Executive Dashboard (the article's five permission types).
enum class DashboardPermission { Private, Public, PublicViewEdit, PublicViewShare, Specific };

QString dashboardPermissionName(DashboardPermission permission); // "private", "public", "publicViewEdit", ...
std::optional<DashboardPermission> dashboardPermissionFromName(const QString& name);
QStringList dashboardPermissionNames(); // in the enum's order

// What a dashboard principal is, for "specific" permissions.
enum class PrincipalKind { User, Role, Group };

QString principalKindName(PrincipalKind kind); // "user", "role", "group"
std::optional<PrincipalKind> principalKindFromName(const QString& name);
QStringList principalKindNames();

// Which of the CRM's accounts Staircase syncs: all of them, or those the filter rows match.
enum class CrmFilterMode { All, Specific };

QString crmFilterModeName(CrmFilterMode mode); // "all", "specific"
std::optional<CrmFilterMode> crmFilterModeFromName(const QString& name);
QStringList crmFilterModeNames();

// How the CRM filter's rows combine: every row matches (AND) or any row does (OR).
enum class CrmCombine { And, Or };

QString crmCombineName(CrmCombine combine); // "and", "or"
std::optional<CrmCombine> crmCombineFromName(const QString& name);
QStringList crmCombineNames();

} // namespace banister
