#pragma once

#include "engine/Area.h"

namespace banister {

// Staircase account field mappings (DESIGN §5.5): Tier, Revenue, Renewal Date, Journey Stage and custom ones.
// One step, "fields.mappings", a PUT of every mapping that is not out of the box.
class FieldMappingsArea : public Area
{
    Q_OBJECT
public:
    using Area::Area;
    QString id() const override { return QStringLiteral("fields"); }
    QString title() const override { return tr("Field mappings"); }
    bool manages(const Profile& p) const override { return p.fieldMappings.has_value(); }
    void readLive(const Profile& profile, std::function<void(const AreaLive&)> done) override;
    void plan(const Profile& profile, const AreaLive& live, Plan& plan) const override;
    QList<VerifyCheck> verify(const Profile& profile, const AreaLive& live) const override;

    // The non-out-of-the-box mappings of a GET /staircase/v1/fields/account answer, key -> Gainsight field.
    static QJsonObject liveMappings(const QJsonValue& fields);
    static QJsonObject desiredMappings(const QList<FieldMapping>& mappings, const QJsonValue& fields);

protected:
    QString changedText(const PlanStep&) const override { return tr("Field mappings saved."); }
    QString unchangedText(const PlanStep&) const override { return tr("Field mappings were already as chosen."); }
};

} // namespace banister
