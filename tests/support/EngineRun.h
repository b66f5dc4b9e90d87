#pragma once

#include "engine/Engine.h"

#include <QSignalSpy>
#include <QtGlobal>

namespace banister::test {

// Plan, verify and apply to completion with the event loop running (for engine and e2e tests).
inline Plan planNow(Engine& engine, const Profile& p, const QString& journal = {})
{
    Planner planner(&engine);
    planner.setJournalPath(journal);
    QSignalSpy spy(&planner, &Planner::finished);
    planner.run(p);
    if (!spy.wait(15000))
        qWarning("plan timed out");
    return spy.value(0).value(0).value<Plan>();
}

inline QList<VerifyCheck> verifyNow(Engine& engine, const Profile& p, const QString& journal = {})
{
    Verifier verifier(&engine);
    verifier.setJournalPath(journal);
    QSignalSpy spy(&verifier, &Verifier::finished);
    verifier.run(p);
    if (!spy.wait(15000))
        qWarning("verify timed out");
    return spy.value(0).value(0).value<QList<VerifyCheck>>();
}

// What an apply ended with.
struct ApplyOutcome
{
    ApplyJournal journal;
    QList<StepResult> results;
    qint64 continuesAfterMs = 0; // stopped at a rate limit's cap: when applying again continues
};

inline bool applyNow(Engine& engine, const Plan& plan, const Profile& p, const QString& journal, ApplyOutcome* out)
{
    Applier applier(&engine);
    QSignalSpy spy(&applier, &Applier::finished);
    applier.start(plan, p, journal, QStringLiteral("northwind"));
    if (!spy.wait(60000))
        qWarning("apply timed out");
    if (out)
        *out = ApplyOutcome { applier.journal(), applier.results(), applier.continuesAfterMs() };
    return spy.value(0).value(0).toBool();
}

inline bool applyNow(Engine& engine, const Plan& plan, const Profile& p, const QString& journal,
                     ApplyJournal* out = nullptr)
{
    ApplyOutcome outcome;
    const bool ok = applyNow(engine, plan, p, journal, &outcome);
    if (out)
        *out = outcome.journal;
    return ok;
}

} // namespace banister::test
