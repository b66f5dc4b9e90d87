#pragma once

#include "engine/Area.h"

namespace banister {

// C360 / P360 layouts (DESIGN §5.7): the Staircase AI section placed, with its label, at a position in each chosen
// layout. One step per layout ("layouts.<id>"), a PUT of its ordered sections. A layout deleted on the tenant since
// the profile was saved is skipped with a warning.
class LayoutsArea : public Area
{
    Q_OBJECT
public:
    using Area::Area;
    QString id() const override { return QStringLiteral("layouts"); }
    QString title() const override { return tr("360 layouts"); }
    bool manages(const Profile& p) const override { return p.layouts.has_value(); }
    void readLive(const Profile& profile, std::function<void(const AreaLive&)> done) override;
    void plan(const Profile& profile, const AreaLive& live, Plan& plan) const override;
    void apply(const PlanStep& step, const Profile& profile, std::function<void(const StepResult&)> done) override;
    QList<VerifyCheck> verify(const Profile& profile, const AreaLive& live) const override;

    static constexpr const char* kSectionKey = "staircase-ai";
    static constexpr int kMaxLabel = 80;
    // A layout's sections with the Staircase AI section (re)placed at `position` (clamped) under `label`.
    static QJsonArray placeSection(const QJsonArray& sections, const QString& label, int position);

protected:
    QString changedText(const PlanStep&) const override { return tr("Layout saved."); }
    QString unchangedText(const PlanStep&) const override { return tr("The layout already had the section there."); }
};

} // namespace banister
