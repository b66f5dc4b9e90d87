#include "models/Prerequisites.h"

#include "net/JobGroup.h"
#include "net/TenantClient.h"

#include <QCoreApplication>

namespace banister {

namespace {
// The texts keep the Prerequisites page's translation context: they were written for it first.
struct PrerequisitesText
{
    Q_DECLARE_TR_FUNCTIONS(banister::PrerequisitesModel)
};
} // namespace

QString PrerequisiteResult::id() const
{
    switch (check) {
    case Check::CsSubscription:
        return QStringLiteral("prerequisites.cs-subscription");
    case Check::StaircaseSubscription:
        return QStringLiteral("prerequisites.staircase-subscription");
    case Check::AdminAccess:
        return QStringLiteral("prerequisites.admin-access");
    case Check::PrimaryCrm:
        return QStringLiteral("prerequisites.primary-crm");
    }
    return {};
}

bool isSalesforcePrimary(const PrerequisiteFacts& f)
{
    return f.haveInfo && f.info.primaryCrm == QLatin1String("Salesforce");
}

TenantInfo tenantInfoFromConfirmations(const PrerequisiteConfirmations& c, const QString& subdomain)
{
    TenantInfo i;
    i.subdomain = subdomain;
    i.tenantName = subdomain.isEmpty() ? PrerequisitesText::tr("this tenant") : subdomain;
    i.gainsightCs = c.csSubscription.value_or(false);
    i.staircase = c.staircaseSubscription.value_or(false);
    i.primaryCrm = !c.gainsightPrimary ? QString()
        : *c.gainsightPrimary          ? QStringLiteral("Gainsight")
                                       : QStringLiteral("Salesforce");
    i.aiFollowUp = c.aiFollowUp.value_or(false);
    i.callerIsAdmin = c.adminAccess.value_or(false);
    return i;
}

namespace {
// A public-API tenant: each prerequisite is what the admin confirmed, with the article's words on where to check.
QList<PrerequisiteResult> evaluateConfirmed(const PrerequisiteFacts& f)
{
    using C = PrerequisiteResult::Check;
    using S = PrerequisiteResult::State;
    const PrerequisiteConfirmations& c = f.confirmed;
    const auto one = [](C check, const QString& title, const std::optional<bool>& v, const QString& yes,
                        const QString& no, const QString& where) {
        PrerequisiteResult r { check, !v ? S::Unknown : *v ? S::Passed : S::Failed, title, {}, {} };
        r.detail = !v ? PrerequisitesText::tr("Not confirmed yet: Gainsight's public API cannot tell; confirm it here.")
            : *v      ? yes
                      : no;
        r.fixHint = where;
        return r;
    };
    PrerequisiteResult cs
        = one(C::CsSubscription, PrerequisitesText::tr("Active Gainsight CS subscription"), c.csSubscription,
              PrerequisitesText::tr("Confirmed by the admin: the Gainsight CS subscription is active."),
              PrerequisitesText::tr("The admin says there is no active Gainsight CS subscription."),
              PrerequisitesText::tr("Where to check: your Gainsight contract, or ask your Gainsight representative."));
    PrerequisiteResult sc
        = one(C::StaircaseSubscription, PrerequisitesText::tr("Staircase AI subscription"), c.staircaseSubscription,
              PrerequisitesText::tr("Confirmed by the admin: there is a Staircase AI subscription."),
              PrerequisitesText::tr("The admin says there is no Staircase AI subscription."),
              PrerequisitesText::tr("Where to check: contact your Gainsight representative to add Staircase AI."));
    PrerequisiteResult admin = one(
        C::AdminAccess, PrerequisitesText::tr("Admin access to both platforms"), c.adminAccess,
        PrerequisitesText::tr("Confirmed by the admin: admin in Gainsight CS and Staircase Admin in Staircase AI."),
        PrerequisitesText::tr("The admin says they are not an admin on both platforms."),
        PrerequisitesText::tr("Where to check: Gainsight Administration > Users and Permissions, and "
                              "Staircase Settings; a Gainsight super admin can grant both roles."));
    PrerequisiteResult crm = one(
        C::PrimaryCrm, PrerequisitesText::tr("Gainsight is the primary CRM"), c.gainsightPrimary,
        PrerequisitesText::tr("Confirmed by the admin: Gainsight is the primary CRM, so the integration is eligible."),
        PrerequisitesText::tr("Salesforce is the primary CRM. Staircase AI must then be integrated directly "
                              "with it, not through Gainsight CS."),
        PrerequisitesText::tr("If your organization uses Salesforce as the main CRM with Staircase, it must "
                              "be integrated directly with SFDC instead (Staircase: Settings > Integrations, "
                              "the Salesforce card)."));
    return { cs, sc, admin, crm };
}
} // namespace

QList<PrerequisiteResult> evaluatePrerequisites(const PrerequisiteFacts& f)
{
    using C = PrerequisiteResult::Check;
    using S = PrerequisiteResult::State;
    if (f.publicApi && f.haveInfo)
        return evaluateConfirmed(f);
    PrerequisiteResult cs {
        C::CsSubscription, S::Unknown, PrerequisitesText::tr("Active Gainsight CS subscription"), {}, {}
    };
    PrerequisiteResult sc {
        C::StaircaseSubscription, S::Unknown, PrerequisitesText::tr("Staircase AI subscription"), {}, {}
    };
    PrerequisiteResult admin {
        C::AdminAccess, S::Unknown, PrerequisitesText::tr("Admin access to both platforms"), {}, {}
    };
    PrerequisiteResult crm { C::PrimaryCrm, S::Unknown, PrerequisitesText::tr("Gainsight is the primary CRM"), {}, {} };
    if (!f.haveInfo) {
        for (PrerequisiteResult* r : { &cs, &sc, &admin, &crm }) {
            r->detail = f.infoError.isEmpty() ? PrerequisitesText::tr("Could not be checked.")
                                              : PrerequisitesText::tr("Could not be checked: %1").arg(f.infoError);
            r->fixHint = PrerequisitesText::tr("Fix the error above, then Retry.");
        }
        return { cs, sc, admin, crm };
    }
    const TenantInfo& i = f.info;
    const QString rep = PrerequisitesText::tr("Contact your Gainsight representative.");
    if (i.gainsightCs) {
        cs.state = S::Passed;
        cs.detail = PrerequisitesText::tr("%1 has an active Gainsight CS subscription.").arg(i.tenantName);
    } else {
        cs.state = S::Failed;
        cs.detail = PrerequisitesText::tr("%1 has no active Gainsight CS subscription.").arg(i.tenantName);
        cs.fixHint = rep;
    }

    const bool staircaseExists = i.staircase && f.staircaseStatus != 404;
    if (staircaseExists) {
        sc.state = S::Passed;
        sc.detail = PrerequisitesText::tr("A Staircase AI subscription is active.");
    } else {
        sc.state = S::Failed;
        sc.detail = PrerequisitesText::tr("There is no Staircase AI subscription for this organization.");
        sc.fixHint = PrerequisitesText::tr("Contact your Gainsight representative to add Staircase AI.");
    }

    const bool gsAdmin = i.callerIsAdmin;
    if (!staircaseExists) {
        admin.state = gsAdmin ? S::Unknown : S::Failed;
        admin.detail = gsAdmin
            ? PrerequisitesText::tr("Gainsight: %1 is an admin. Staircase: cannot be checked without a Staircase "
                                    "subscription.")
                  .arg(i.callerEmail)
            : PrerequisitesText::tr("Gainsight: %1 is not an admin.").arg(i.callerEmail);
        admin.fixHint = PrerequisitesText::tr("Resolve the Staircase subscription first.");
    } else if (f.staircaseStatus == 200 && gsAdmin) {
        admin.state = S::Passed;
        admin.detail
            = PrerequisitesText::tr("Gainsight: %1 is an admin%2. Staircase: the token's user is a Staircase Admin.")
                  .arg(i.callerEmail, i.callerIsSuperAdmin ? PrerequisitesText::tr(" (super admin)") : QString());
    } else if (f.staircaseStatus == 200 || f.staircaseStatus == 403) {
        QStringList missing;
        if (!gsAdmin)
            missing << PrerequisitesText::tr("Gainsight: %1 is not an admin.").arg(i.callerEmail);
        if (f.staircaseStatus == 403)
            missing << PrerequisitesText::tr("Staircase: the token's user is not a Staircase Admin.");
        admin.state = S::Failed;
        admin.detail = missing.join(QLatin1Char(' '));
        admin.fixHint = PrerequisitesText::tr(
            "Use the access key of a Gainsight admin and the token of a Staircase Admin; a Gainsight "
            "super admin can grant both roles.");
    } else {
        admin.detail = PrerequisitesText::tr("Staircase could not be asked: %1").arg(f.staircaseError);
        admin.fixHint = PrerequisitesText::tr("Retry when Staircase is reachable.");
    }

    if (i.primaryCrm == QLatin1String("Gainsight")) {
        crm.state = S::Passed;
        crm.detail = PrerequisitesText::tr("Gainsight is the primary CRM, so the integration is eligible.");
    } else {
        crm.state = S::Failed;
        crm.detail = PrerequisitesText::tr(
                         "%1 is the primary CRM. Staircase AI must then be integrated directly with it, not through "
                         "Gainsight CS.")
                         .arg(i.primaryCrm.isEmpty() ? PrerequisitesText::tr("Another system") : i.primaryCrm);
        crm.fixHint = PrerequisitesText::tr(
            "In Staircase, open Settings > Integrations and connect the Salesforce card instead.");
    }
    return { cs, sc, admin, crm };
}

bool prerequisitesMet(const QList<PrerequisiteResult>& results)
{
    return !results.isEmpty() && std::all_of(results.begin(), results.end(), [](const PrerequisiteResult& r) {
        return r.state == PrerequisiteResult::State::Passed;
    });
}

void readPrerequisites(TenantClient* client, QObject* ctx, const PrerequisiteConfirmations& confirmed,
                       const QString& subdomain, std::function<void(const PrerequisiteFacts&)> done)
{
    if (client->publicApiOnly()) {
        // Nothing documented says these facts: validate the key (Company describe) and take the admin's word.
        auto* group = new JobGroup(ctx, [done, confirmed, subdomain](const QHash<QString, ApiResult>& r) {
            PrerequisiteFacts f;
            f.publicApi = true;
            f.confirmed = confirmed;
            const ApiResult probe = r.value(QStringLiteral("probe"));
            f.haveInfo = probe.ok();
            f.infoError = probe.ok() ? QString() : probe.error.message();
            if (f.haveInfo)
                f.info = tenantInfoFromConfirmations(confirmed, subdomain);
            done(f);
        });
        group->add(QStringLiteral("probe"), client->probe());
        group->seal();
        return;
    }
    auto* group = new JobGroup(ctx, [done](const QHash<QString, ApiResult>& r) {
        PrerequisiteFacts f;
        const ApiResult info = r.value(QStringLiteral("info"));
        if (info.ok()) {
            auto parsed = tenantInfoFromJson(info.data.toObject());
            if (parsed) {
                f.info = parsed.value();
                f.haveInfo = true;
            } else {
                f.infoError = PrerequisitesText::tr("The tenant's answer lacks %1.").arg(parsed.error());
            }
        } else {
            f.infoError = info.error.message();
        }
        const ApiResult staircase = r.value(QStringLiteral("staircase"));
        f.staircaseStatus = staircase.ok() ? 200 : staircase.httpStatus;
        f.staircaseError = staircase.ok() ? QString() : staircase.error.message();
        done(f);
    });
    group->add(QStringLiteral("info"), client->tenantInfo());
    group->add(QStringLiteral("staircase"), client->staircaseIntegration());
    group->seal();
}

} // namespace banister
