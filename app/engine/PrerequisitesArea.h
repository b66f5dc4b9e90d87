#pragma once

#include "engine/Area.h"
#include "models/Prerequisites.h"

namespace banister {

// The article's four prerequisites as the engine sees them: always managed, planned first. Any unmet condition is
// a plan error with the article's guidance, and the Planner then plans nothing else, so nothing is written.
// live.state: {facts: {...}} (see factsToJson).
class PrerequisitesArea : public Area
{
    Q_OBJECT
public:
    using Area::Area;
    QString id() const override { return QStringLiteral("prerequisites"); }
    QString title() const override { return tr("Prerequisites"); }
    bool manages(const Profile&) const override { return true; }
    void readLive(const Profile& profile, std::function<void(const AreaLive&)> done) override;
    void plan(const Profile& profile, const AreaLive& live, Plan& plan) const override;
    void apply(const PlanStep& step, const Profile& profile, std::function<void(const StepResult&)> done) override;
    QList<VerifyCheck> verify(const Profile& profile, const AreaLive& live) const override;

    static QJsonObject factsToJson(const PrerequisiteFacts& facts);
    static PrerequisiteFacts factsFromJson(const QJsonObject& o);
};

} // namespace banister
