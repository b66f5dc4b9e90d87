#pragma once

#include "engine/Area.h"

namespace banister {

// Activation (DESIGN §5.3): the support request that links Gainsight with the Staircase tenant, then connecting
// Staircase to Gainsight; or, with AI Follow-Up on, the support request that upgrades the connection.
// Steps: activation.support-request -> activation.support-done -> activation.connect (connect path only).
class ActivationArea : public Area
{
    Q_OBJECT
public:
    using Area::Area;

    QString id() const override { return QStringLiteral("activation"); }
    QString title() const override { return tr("Activation"); }
    bool manages(const Profile& p) const override { return p.activation.has_value(); }
    void readLive(const Profile& profile, std::function<void(const AreaLive&)> done) override;
    void plan(const Profile& profile, const AreaLive& live, Plan& plan) const override;
    void apply(const PlanStep& step, const Profile& profile, std::function<void(const StepResult&)> done) override;
    QList<VerifyCheck> verify(const Profile& profile, const AreaLive& live) const override;
    QStringList manualSteps(const Profile& profile) const override;

    // How often, and how many times, to ask whether Gainsight Support has finished (one apply run).
    void setSupportPolling(int intervalMs, int maxPolls);

    static QString requestTypeFor(const QString& path);

private:
    void fileSupportRequest(const PlanStep& step, int triesLeft, std::function<void(const StepResult&)> done);
    QString changedText(const PlanStep&) const override { return tr("Staircase is connected to Gainsight."); }
    QString unchangedText(const PlanStep&) const override { return tr("Staircase was already connected."); }
    void pollSupport(const QString& stepId, const QString& requestId, int pollsLeft,
                     std::function<void(const StepResult&)> done);

    int m_pollIntervalMs = 1000;
    int m_maxPolls = 10;
};

} // namespace banister
