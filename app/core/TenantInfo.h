#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace banister {

// What GET /v1/tenant/info says about the tenant and the caller (DESIGN §4).
struct TenantInfo
{
    QString tenantName;
    QString subdomain;
    bool gainsightCs = false;
    bool staircase = false;
    QString primaryCrm; // "Gainsight" or "Salesforce"
    bool aiFollowUp = false;
    QString callerEmail;
    bool callerIsAdmin = false;
    bool callerIsSuperAdmin = false;

    bool operator==(const TenantInfo& o) const;
    bool operator!=(const TenantInfo& o) const { return !(*this == o); }
};

Result<TenantInfo> tenantInfoFromJson(const QJsonObject& data);
QJsonObject toJson(const TenantInfo& info);

} // namespace banister
