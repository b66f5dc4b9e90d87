#pragma once

#include "engine/Area.h"

namespace banister {

class ApiJob;

// The CRM tab (DESIGN §5.4): account sync, filter rows, churned/prospect statuses, team hierarchy, call summaries.
// One step, "crm.settings", a PUT of the whole tab; it waits for activation.connect when that is planned too.
class CrmArea : public Area
{
    Q_OBJECT
public:
    using Area::Area;
    QString id() const override { return QStringLiteral("crm"); }
    QString title() const override { return tr("CRM sync"); }
    bool manages(const Profile& p) const override { return p.crm.has_value(); }
    void readLive(const Profile& profile, std::function<void(const AreaLive&)> done) override;
    void plan(const Profile& profile, const AreaLive& live, Plan& plan) const override;
    QList<VerifyCheck> verify(const Profile& profile, const AreaLive& live) const override;

    // The CRM tab in words: "Sync accounts where Region is NA or EMEA; churned: Churned; …".
    static QString describe(const QJsonObject& crm);
    static constexpr int kMaxRows = 20;

protected:
    QString changedText(const PlanStep&) const override { return tr("CRM settings saved."); }
    QString unchangedText(const PlanStep&) const override { return tr("CRM settings were already as chosen."); }
};

// Reads a Staircase resource that exists only once Staircase is connected (409 before), plus Company describe.
// state: {connected, resource, fields}.
void readStaircaseWithDescribe(TenantClient* client, QObject* ctx, ApiJob* resourceJob,
                               std::function<void(const AreaLive&)> done);

// The planned step that connects Staircase to Gainsight (connect, or support finishing the upgrade); empty if none.
QString connectingStep(const Plan& plan);

// Adds a plan error when Staircase is not connected and no planned step will connect it; otherwise returns the
// step ids a new step must wait for.
QStringList connectionDependency(const AreaLive& live, const QString& areaTitle, const Profile& profile, Plan& plan);

} // namespace banister
