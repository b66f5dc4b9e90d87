#pragma once

#include "core/Plan.h"
#include "core/Profile.h"
#include "core/TenantInfo.h"

#include <QDateTime>
#include <QJsonObject>

namespace banister {

// Everything a setup report says (DESIGN §6). Holds no secrets: only the profile (which has none), tenant facts,
// plan, outcomes and checks.
struct ReportData
{
    Profile profile;
    TenantInfo tenant;
    QString gainsightUrl;
    QDateTime generated = QDateTime::currentDateTimeUtc();
    Plan plan;
    QList<StepResult> results; // parallel to plan.steps when an apply ran
    bool applied = false;
    QString applyOutcome; // completed | failed | canceled
    QList<VerifyCheck> checks;
    bool verified = false;
    QStringList warnings;
    QStringList manualSteps;
    QJsonObject journal; // the apply this report is evidence of (ApplyJournal::toJson), or empty
    qint64 matchingAccounts = -1; // accounts the CRM filter matches at report time, -1 when not counted
    // Steps no documented API can do (a public-API tenant), done by the admin: confirmed (with who and when, from
    // the journal) or not yet.
    struct ByHand
    {
        PlanStep step;
        bool confirmed = false;
        QString by;
        QString at;
    };
    QList<ByHand> byHand;
    QStringList whatToExpect; // from Staircase's documentation, once the integration is on
};

// The one place a report's content is assembled, for the wizard and banister-cli alike: the plan (its manual steps
// and warnings), the checks, and the apply's journal when there was one.
ReportData reportData(const Profile& profile, const TenantInfo& tenant, const QString& gainsightUrl, const Plan& plan,
                      const QList<VerifyCheck>& checks, bool verified, const QJsonObject& journal,
                      qint64 matchingAccounts = -1);

// The apply a report is evidence of: the journal file at path as it is now (with the admin's confirmations since the
// apply), when it records an apply on tenant. Empty otherwise, and *error says why: the file's problem, or which
// tenant it is for. For the wizard's Finish page and banister-cli report alike.
QJsonObject latestApply(const QString& path, const QString& tenant, QString* error = nullptr);

} // namespace banister
