#include "report/ReportData.h"

#include "engine/ApplyJournal.h"
#include "engine/ManualGuide.h"

#include <QJsonArray>

namespace banister {

ReportData reportData(const Profile& profile, const TenantInfo& tenant, const QString& gainsightUrl, const Plan& plan,
                      const QList<VerifyCheck>& checks, bool verified, const QJsonObject& journal,
                      qint64 matchingAccounts)
{
    ReportData d;
    d.profile = profile;
    d.tenant = tenant;
    d.gainsightUrl = gainsightUrl;
    d.plan = plan;
    d.checks = checks;
    d.verified = verified;
    d.manualSteps = plan.manual;
    d.journal = journal;
    d.applied = !journal.isEmpty();
    d.applyOutcome = journal.value(QLatin1String("outcome")).toString();
    d.matchingAccounts = matchingAccounts;
    for (const PlanStep& st : plan.steps)
        if (st.isManual())
            d.byHand << ReportData::ByHand { st, false, {}, {} };
    const QJsonArray confirmations = journal.value(QLatin1String("confirmations")).toArray();
    for (const PlanStep& st : plan.confirmed) {
        ReportData::ByHand b { st, true, {}, {} };
        for (const QJsonValue& c : confirmations)
            if (c[QStringLiteral("step")].toString() == st.id) {
                b.by = c[QStringLiteral("by")].toString();
                b.at = c[QStringLiteral("at")].toString();
            }
        d.byHand << b;
    }
    if (d.applyOutcome == QLatin1String("none")) { // a journal of confirmations only: no apply to show
        d.journal = {};
        d.applied = false;
        d.applyOutcome.clear();
    }
    if (plan.canApply() && (d.applied || !plan.confirmed.isEmpty()))
        d.whatToExpect = ManualGuide::whatToExpect(profile, journal, d.generated);
    return d;
}

QJsonObject latestApply(const QString& path, const QString& tenant, QString* error)
{
    QString loadError;
    const ApplyJournal journal = ApplyJournal::load(path, &loadError);
    if (!journal.outcome().isEmpty() && journal.tenant() == tenant)
        return journal.toJson();
    if (error)
        *error = !loadError.isEmpty() ? loadError : QStringLiteral("it is for tenant \"%1\"").arg(journal.tenant());
    return {};
}

} // namespace banister
