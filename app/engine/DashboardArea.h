#pragma once

#include "engine/Area.h"

namespace banister {

// Access to the Staircase Executive Dashboard (DESIGN §5.8): its permission type and, for "specific", the users,
// roles and groups. One step, "dashboard.permissions".
class DashboardArea : public Area
{
    Q_OBJECT
public:
    using Area::Area;
    QString id() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Executive dashboard"); }
    bool manages(const Profile& p) const override { return p.dashboard.has_value(); }
    void readLive(const Profile& profile, std::function<void(const AreaLive&)> done) override;
    void plan(const Profile& profile, const AreaLive& live, Plan& plan) const override;
    QList<VerifyCheck> verify(const Profile& profile, const AreaLive& live) const override;

    static constexpr const char* kDashboardId = "staircase-executive-dashboard";
    // The permissions in words, users by name and email: "Specific people: role System Administrator, …".
    static QString describe(const QJsonObject& permissions, const QJsonObject& users);
    static QString describePrincipal(const QJsonObject& principal, const QJsonObject& users);

protected:
    QString changedText(const PlanStep&) const override { return tr("Dashboard permissions saved."); }
    QString unchangedText(const PlanStep&) const override
    {
        return tr("The dashboard permissions were already as chosen.");
    }
};

} // namespace banister
