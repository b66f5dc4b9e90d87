#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace banister {

// The admin's desired configuration (DESIGN §3), schema "banister.profile/1". One optional section per step:
// a section that is absent is not managed (its area plans nothing). No secrets, ever.

struct TenantSection
{
    QString gainsightUrl;
    QString staircaseUrl;
    QString subdomain;
    bool operator==(const TenantSection& o) const
    {
        return gainsightUrl == o.gainsightUrl && staircaseUrl == o.staircaseUrl && subdomain == o.subdomain;
    }
};

// What the admin confirmed about the tenant on the Prerequisites page: facts no documented Gainsight API gives
// (a real tenant). Unset: not confirmed. Only used when the tenant cannot say itself; never sent anywhere.
struct PrerequisiteConfirmations
{
    std::optional<bool> csSubscription;
    std::optional<bool> staircaseSubscription;
    std::optional<bool> adminAccess; // admin on both Gainsight CS and Staircase AI
    std::optional<bool> gainsightPrimary; // Gainsight (not Salesforce) is the primary CRM
    std::optional<bool> aiFollowUp; // AI Follow-Up is activated in Gainsight CS
    bool isEmpty() const
    {
        return !csSubscription && !staircaseSubscription && !adminAccess && !gainsightPrimary && !aiFollowUp;
    }
    bool operator==(const PrerequisiteConfirmations& o) const
    {
        return csSubscription == o.csSubscription && staircaseSubscription == o.staircaseSubscription
            && adminAccess == o.adminAccess && gainsightPrimary == o.gainsightPrimary && aiFollowUp == o.aiFollowUp;
    }
};

struct ActivationSection
{
    QString path = QStringLiteral("connect"); // "connect" | "upgrade"
    QString supportContact;
    QString supportNote;
    bool operator==(const ActivationSection& o) const
    {
        return path == o.path && supportContact == o.supportContact && supportNote == o.supportNote;
    }
};

struct FilterRow
{
    QString field;
    QString op = QStringLiteral("in");
    QStringList values;
    bool operator==(const FilterRow& o) const { return field == o.field && op == o.op && values == o.values; }
};

struct CrmSection
{
    bool syncAccounts = false;
    CrmFilterMode filterMode = CrmFilterMode::All;
    QList<FilterRow> rows;
    CrmCombine combine = CrmCombine::And; // every row matches, or any row
    QStringList churnedStatuses;
    QStringList prospectStatuses;
    bool syncTeamHierarchy = false;
    bool callSummaryUpload = false;
    bool operator==(const CrmSection& o) const
    {
        return syncAccounts == o.syncAccounts && filterMode == o.filterMode && rows == o.rows && combine == o.combine
            && churnedStatuses == o.churnedStatuses && prospectStatuses == o.prospectStatuses
            && syncTeamHierarchy == o.syncTeamHierarchy && callSummaryUpload == o.callSummaryUpload;
    }
};

struct FieldMapping
{
    QString staircaseField;
    QString gainsightField;
    bool operator==(const FieldMapping& o) const
    {
        return staircaseField == o.staircaseField && gainsightField == o.gainsightField;
    }
};

struct UserAssignment
{
    QString userId; // userId or email identifies the user
    QString email;
    StaircaseRole staircaseRole = StaircaseRole::None; // JSON: staircaseRoleName()
    bool operator==(const UserAssignment& o) const
    {
        return userId == o.userId && email == o.email && staircaseRole == o.staircaseRole;
    }
};

struct UserAccessSection
{
    QList<UserAssignment> assignments;
    bool fixUsernameMismatches = false;
    bool operator==(const UserAccessSection& o) const
    {
        return assignments == o.assignments && fixUsernameMismatches == o.fixUsernameMismatches;
    }
};

struct LayoutPlacement
{
    QString layoutId;
    QString sectionLabel;
    int position = 0;
    QString layoutName; // a hint for another tenant whose ids differ: matched by name there (not compared)
    bool operator==(const LayoutPlacement& o) const
    {
        return layoutId == o.layoutId && sectionLabel == o.sectionLabel && position == o.position;
    }
};

struct Principal
{
    PrincipalKind kind = PrincipalKind::Role; // JSON: principalKindName()
    QString id;
    QString email; // users only, a hint for another tenant: matched by email there (not compared, not sent)
    bool operator==(const Principal& o) const { return kind == o.kind && id == o.id; }
};

struct DashboardSection
{
    DashboardPermission permission = DashboardPermission::Private; // JSON: dashboardPermissionName()
    QList<Principal> principals;
    bool operator==(const DashboardSection& o) const
    {
        return permission == o.permission && principals == o.principals;
    }
};

struct Profile
{
    static constexpr const char* kSchema = "banister.profile/1";

    TenantSection tenant;
    PrerequisiteConfirmations confirmed; // "prerequisites": {"confirmed": {...}}
    std::optional<ActivationSection> activation;
    std::optional<CrmSection> crm;
    std::optional<QList<FieldMapping>> fieldMappings;
    std::optional<UserAccessSection> userAccess;
    std::optional<QList<LayoutPlacement>> layouts;
    std::optional<DashboardSection> dashboard;

    // The document the profile was loaded from: keys Banister does not know survive a save.
    QJsonObject original;

    bool operator==(const Profile& o) const
    {
        return tenant == o.tenant && confirmed == o.confirmed && activation == o.activation && crm == o.crm
            && fieldMappings == o.fieldMappings && userAccess == o.userAccess && layouts == o.layouts
            && dashboard == o.dashboard;
    }
    bool operator!=(const Profile& o) const { return !(*this == o); }
};

// One problem in a profile, located by a JSON pointer ("/crm/filter/rows/2/field").
struct ProfileError
{
    QString pointer;
    QString message;
    QString toString() const { return pointer.isEmpty() ? message : pointer + QStringLiteral(": ") + message; }
};

struct ProfileLoad
{
    std::optional<Profile> profile; // set only when errors is empty: a profile loads whole or not at all
    QList<ProfileError> errors;
};

ProfileLoad profileFromJson(const QByteArray& json);
ProfileLoad loadProfile(const QString& path);
QJsonObject toJson(const Profile& profile);
// Atomic (QSaveFile): the old file stays intact if anything fails.
Result<void> saveProfile(const Profile& profile, const QString& path);

// Section-level JSON, shared with the tenant resources (DESIGN §4: "the profile uses the same keys").
QJsonObject toJson(const CrmSection& crm);
QJsonObject toJson(const DashboardSection& d);
QJsonObject toJson(const PrerequisiteConfirmations& c); // only the keys that are set
PrerequisiteConfirmations confirmationsFromJson(const QJsonObject& o); // lenient: non-booleans are "not set"

} // namespace banister
