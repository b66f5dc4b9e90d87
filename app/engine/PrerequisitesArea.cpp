#include "engine/PrerequisitesArea.h"

#include "net/TenantClient.h"

#include <QTimer>

namespace banister {

QJsonObject PrerequisitesArea::factsToJson(const PrerequisiteFacts& f)
{
    return QJsonObject { { QStringLiteral("haveInfo"), f.haveInfo },
                         { QStringLiteral("info"), toJson(f.info) },
                         { QStringLiteral("infoError"), f.infoError },
                         { QStringLiteral("staircaseStatus"), f.staircaseStatus },
                         { QStringLiteral("staircaseError"), f.staircaseError },
                         { QStringLiteral("publicApi"), f.publicApi },
                         { QStringLiteral("confirmed"), toJson(f.confirmed) } };
}

PrerequisiteFacts PrerequisitesArea::factsFromJson(const QJsonObject& o)
{
    PrerequisiteFacts f;
    f.haveInfo = o.value(QLatin1String("haveInfo")).toBool();
    if (f.haveInfo) {
        auto info = tenantInfoFromJson(o.value(QLatin1String("info")).toObject());
        f.haveInfo = info.ok();
        if (info)
            f.info = info.value();
    }
    f.infoError = o.value(QLatin1String("infoError")).toString();
    f.staircaseStatus = o.value(QLatin1String("staircaseStatus")).toInt();
    f.staircaseError = o.value(QLatin1String("staircaseError")).toString();
    f.publicApi = o.value(QLatin1String("publicApi")).toBool();
    f.confirmed = confirmationsFromJson(o.value(QLatin1String("confirmed")).toObject());
    return f;
}

void PrerequisitesArea::readLive(const Profile& profile, std::function<void(const AreaLive&)> done)
{
    const QString subdomain = !profile.tenant.subdomain.isEmpty()
        ? profile.tenant.subdomain
        : subdomainFromUrl(client()->gainsightUrl().toString());
    readPrerequisites(client(), this, profile.confirmed, subdomain, [done](const PrerequisiteFacts& f) {
        AreaLive live;
        live.state.insert(QStringLiteral("facts"), factsToJson(f));
        done(live);
    });
}

void PrerequisitesArea::plan(const Profile&, const AreaLive& live, Plan& plan) const
{
    const PrerequisiteFacts f = factsFromJson(live.state.value(QLatin1String("facts")).toObject());
    if (!f.haveInfo) {
        plan.errors << tr("Prerequisites could not be checked: %1")
                           .arg(f.infoError.isEmpty() ? tr("the tenant did not answer.") : f.infoError);
        return;
    }
    for (const PrerequisiteResult& r : evaluatePrerequisites(f)) {
        if (r.state == PrerequisiteResult::State::Passed)
            continue;
        QString text = r.state == PrerequisiteResult::State::Unknown && f.publicApi
            ? tr("Prerequisite not confirmed — %1: %2").arg(r.title, r.detail)
            : tr("Prerequisite not met — %1: %2").arg(r.title, r.detail);
        if (!r.fixHint.isEmpty())
            text += QLatin1Char(' ') + r.fixHint;
        plan.errors << text;
    }
}

void PrerequisitesArea::apply(const PlanStep& step, const Profile&, std::function<void(const StepResult&)> done)
{
    // Prerequisites plan no steps; a step for this area can only come from a corrupted plan.
    QTimer::singleShot(0, this, [done, id = step.id] {
        StepResult r;
        r.status = StepResult::Status::Failed;
        r.message = tr("Prerequisites have no step %1.").arg(id);
        done(r);
    });
}

QList<VerifyCheck> PrerequisitesArea::verify(const Profile&, const AreaLive& live) const
{
    QList<VerifyCheck> checks;
    const PrerequisiteFacts f = factsFromJson(live.state.value(QLatin1String("facts")).toObject());
    for (const PrerequisiteResult& r : evaluatePrerequisites(f)) {
        VerifyCheck c { r.id(), id(), r.title, r.state == PrerequisiteResult::State::Passed,
                        r.fixHint.isEmpty() ? r.detail : r.detail + QLatin1Char(' ') + r.fixHint };
        if (f.publicApi)
            c.basis = c.passed ? VerifyCheck::Basis::Confirmed : VerifyCheck::Basis::Unconfirmed;
        checks << c;
    }
    return checks;
}

} // namespace banister
