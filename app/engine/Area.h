#pragma once

#include "core/LiveState.h"
#include "core/Plan.h"
#include "core/Profile.h"
#include "net/ApiJob.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <functional>

namespace banister {

class TenantClient;

using AreaLive = LiveState;

// The outcome of an idempotent write that answers {changed, ...}: failed with the error's words, or done saying
// whether anything changed.
inline StepResult writeOutcome(const ApiResult& r, const QString& changedText, const QString& unchangedText,
                               const QJsonValue& after)
{
    StepResult result;
    if (!r.ok()) {
        result.status = StepResult::Status::Failed;
        result.message = r.error.message();
        // A rate limit's budget used up for longer than a wait (a daily cap, or a tenant's long Retry-After): the
        // apply stops cleanly and continues later.
        if (r.error.isCapped()) {
            result.status = StepResult::Status::Canceled;
            result.continuesAfterMs = r.error.resumeAt(QDateTime::currentMSecsSinceEpoch());
        }
        return result;
    }
    result.message = r.data[QStringLiteral("changed")].toBool(true) ? changedText : unchangedText;
    result.after = after;
    return result;
}

// One part of the integration (activation, CRM, field mappings, users, layouts, dashboard), as the engine sees it:
//   readLive -> plan(desired, live) -> apply(step)* -> readLive -> verify(desired, live)
// Callbacks are always asynchronous and called exactly once, never after the area is destroyed.
class Area : public QObject
{
    Q_OBJECT
public:
    explicit Area(TenantClient* client, QObject* parent = nullptr)
        : QObject(parent)
        , m_client(client)
    {
    }

    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual bool manages(const Profile& profile) const = 0;
    virtual void readLive(const Profile& profile, std::function<void(const AreaLive&)> done) = 0;
    virtual void plan(const Profile& profile, const AreaLive& live, Plan& plan) const = 0;
    // Makes one planned step so. The default sends step.calls exactly as planned, in order, stopping at the first
    // failure; areas override it only where a step is more than its calls (polling, a multi-call fix).
    virtual void apply(const PlanStep& step, const Profile& profile, std::function<void(const StepResult&)> done);
    virtual QList<VerifyCheck> verify(const Profile& profile, const AreaLive& live) const = 0;
    // What the admin still has to do by hand after this area is applied (for the report).
    virtual QStringList manualSteps(const Profile&) const { return {}; }

Q_SIGNALS:
    // One call of a step has answered (index into step.calls): the journal records each one.
    void callFinished(const QString& stepId, int index, const banister::ApiResult& result);

protected:
    TenantClient* client() const { return m_client; }
    // What the default apply says when the last call answers {changed: true} / {changed: false}.
    virtual QString changedText(const PlanStep&) const { return tr("Saved."); }
    virtual QString unchangedText(const PlanStep&) const { return tr("Already as planned."); }
    // Sends calls[from..] in order; done gets the outcome of the last answer (or the first failure).
    void runCalls(const PlanStep& step, int from, std::function<void(const StepResult&)> done, QStringList ids = {});

private:
    TenantClient* m_client;
};

} // namespace banister
