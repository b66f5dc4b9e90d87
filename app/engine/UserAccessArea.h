#pragma once

#include "engine/Area.h"

namespace banister {

// User access (DESIGN §5.6): Staircase roles through GS roles, batched ≤ 50 users a call ("users.roles.<n>"), and the
// article's username = email fix as deactivate → update username → reactivate per user ("users.fix.<id>").
// Inactive users and users without a valid email are skipped with a warning.
class UserAccessArea : public Area
{
    Q_OBJECT
public:
    using Area::Area;
    QString id() const override { return QStringLiteral("users"); }
    QString title() const override { return tr("User access"); }
    bool manages(const Profile& p) const override { return p.userAccess.has_value(); }
    void readLive(const Profile& profile, std::function<void(const AreaLive&)> done) override;
    void plan(const Profile& profile, const AreaLive& live, Plan& plan) const override;
    void apply(const PlanStep& step, const Profile& profile, std::function<void(const StepResult&)> done) override;
    QList<VerifyCheck> verify(const Profile& profile, const AreaLive& live) const override;
    QStringList manualSteps(const Profile& profile) const override;

    static constexpr int kBatch = TenantLimits::kUsersPerCall; // User Management takes at most 50 users a call
    static constexpr int kVerifySample = 50;

private:
    void readChecks(const QList<QJsonObject>& sample, AreaLive live, std::function<void(const AreaLive&)> done);
    void fixUsername(const PlanStep& step, int index, QStringList ids, ApiResult failure,
                     std::function<void(const StepResult&)> done);

protected:
    QString changedText(const PlanStep& step) const override;
    QString unchangedText(const PlanStep& step) const override;
};

} // namespace banister
