#pragma once

#include "cli/TenantCommand.h"

#include <QTimer>

namespace banister::cli {

// banister-cli apply: the plan's changes, step by step, each journaled; Ctrl+C stops after the current step, and
// applying again continues from the live state. UndoCommand applies a reverse plan the same way (applyPlan()).
class ApplyCommand : public TenantCommand
{
public:
    explicit ApplyCommand(Args args);

protected:
    void planned(const Plan& plan) override;
    // Applies m_plan with progress lines (text) or the journal (json); quits 0 when all of it is done, else 1.
    void applyPlan();

private:
    Applier m_applier;
    QTimer m_interruptPoll;
};

} // namespace banister::cli
