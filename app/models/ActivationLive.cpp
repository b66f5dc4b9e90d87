#include "models/ActivationLive.h"

#include "net/JobGroup.h"
#include "net/TenantClient.h"

#include <QJsonArray>

namespace banister {

void readActivationLive(TenantClient* client, QObject* ctx, const TenantInfo& known,
                        std::function<void(const LiveState&)> done)
{
    if (client->publicApiOnly()) {
        auto* group = new JobGroup(ctx, [done, known](const QHash<QString, ApiResult>& r) {
            LiveState live;
            live.error = JobGroup::firstError(r);
            QJsonArray superAdmins;
            for (const QJsonValue& user : r.value(QStringLiteral("users")).data[QStringLiteral("records")].toArray())
                if (user[QStringLiteral("superAdmin")].toBool())
                    superAdmins.append(user);
            live.state = QJsonObject { { QStringLiteral("publicApi"), true },
                                       { QStringLiteral("aiFollowUp"), known.aiFollowUp },
                                       { QStringLiteral("subdomain"), known.subdomain },
                                       { QStringLiteral("superAdmins"), superAdmins } };
            done(live);
        });
        group->add(QStringLiteral("users"), client->users(1, 500));
        group->seal();
        return;
    }
    auto* group = new JobGroup(ctx, [done](const QHash<QString, ApiResult>& r) {
        LiveState live;
        live.error = JobGroup::firstError(r);
        if (!live.ok()) {
            done(live);
            return;
        }
        const QJsonObject info = r.value(QStringLiteral("tenant")).data.toObject();
        QJsonArray superAdmins;
        for (const QJsonValue& user : r.value(QStringLiteral("users")).data[QStringLiteral("records")].toArray())
            if (user[QStringLiteral("superAdmin")].toBool())
                superAdmins.append(user);
        live.state
            = QJsonObject { { QStringLiteral("aiFollowUp"), info.value(QLatin1String("aiFollowUp")) },
                            { QStringLiteral("subdomain"), info.value(QLatin1String("subdomain")) },
                            { QStringLiteral("caller"), info.value(QLatin1String("caller")) },
                            { QStringLiteral("requests"),
                              r.value(QStringLiteral("support")).data[QStringLiteral("records")] },
                            { QStringLiteral("integration"), r.value(QStringLiteral("staircase")).data },
                            { QStringLiteral("apps"), r.value(QStringLiteral("apps")).data[QStringLiteral("apps")] },
                            { QStringLiteral("superAdmins"), superAdmins } };
        done(live);
    });
    group->add(QStringLiteral("tenant"), client->tenantInfo());
    group->add(QStringLiteral("support"), client->supportRequests());
    group->add(QStringLiteral("staircase"), client->staircaseIntegration());
    group->add(QStringLiteral("apps"), client->apps());
    group->add(QStringLiteral("users"), client->users(1, 500));
    group->seal();
}

} // namespace banister
