#pragma once

#include "core/LiveState.h"
#include "core/Profile.h"
#include "core/Plan.h"
#include "net/ApiJob.h"

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
    virtual void apply(const PlanStep& step, const Profile& profile, std::function<void(const StepResult&)> done) = 0;
    virtual QList<VerifyCheck> verify(const Profile& profile, const AreaLive& live) const = 0;
    // What the admin still has to do by hand after this area is applied (for the report).
    virtual QStringList manualSteps(const Profile&) const { return {}; }

protected:
    TenantClient* client() const { return m_client; }

private:
    TenantClient* m_client;
};

} // namespace banister
