#include "core/TenantInfo.h"

#include <QJsonValue>

namespace banister {

bool TenantInfo::operator==(const TenantInfo& o) const
{
    return tenantName == o.tenantName && subdomain == o.subdomain && gainsightCs == o.gainsightCs
        && staircase == o.staircase && primaryCrm == o.primaryCrm && aiFollowUp == o.aiFollowUp
        && callerEmail == o.callerEmail && callerIsAdmin == o.callerIsAdmin
        && callerIsSuperAdmin == o.callerIsSuperAdmin;
}

Result<TenantInfo> tenantInfoFromJson(const QJsonObject& data)
{
    const QJsonValue subs = data.value(QLatin1String("subscriptions"));
    const QJsonValue caller = data.value(QLatin1String("caller"));
    const QJsonValue crm = data.value(QLatin1String("primaryCrm"));
    if (!subs.isObject() || !caller.isObject() || !crm.isString())
        return Result<TenantInfo>::failure(QStringLiteral("tenant info lacks subscriptions, caller or primaryCrm"));
    TenantInfo info;
    info.tenantName = data.value(QLatin1String("tenantName")).toString();
    info.subdomain = data.value(QLatin1String("subdomain")).toString();
    info.gainsightCs = subs.toObject().value(QLatin1String("gainsightCs")).toBool();
    info.staircase = subs.toObject().value(QLatin1String("staircase")).toBool();
    info.primaryCrm = crm.toString();
    info.aiFollowUp = data.value(QLatin1String("aiFollowUp")).toBool();
    const QJsonObject c = caller.toObject();
    info.callerEmail = c.value(QLatin1String("email")).toString();
    info.callerIsAdmin = c.value(QLatin1String("isAdmin")).toBool();
    info.callerIsSuperAdmin = c.value(QLatin1String("isSuperAdmin")).toBool();
    return info;
}

QJsonObject toJson(const TenantInfo& info)
{
    return QJsonObject {
        { QStringLiteral("tenantName"), info.tenantName },
        { QStringLiteral("subdomain"), info.subdomain },
        { QStringLiteral("subscriptions"),
          QJsonObject { { QStringLiteral("gainsightCs"), info.gainsightCs },
                        { QStringLiteral("staircase"), info.staircase } } },
        { QStringLiteral("primaryCrm"), info.primaryCrm },
        { QStringLiteral("aiFollowUp"), info.aiFollowUp },
        { QStringLiteral("caller"),
          QJsonObject { { QStringLiteral("email"), info.callerEmail },
                        { QStringLiteral("isAdmin"), info.callerIsAdmin },
                        { QStringLiteral("isSuperAdmin"), info.callerIsSuperAdmin } } },
    };
}

} // namespace banister
