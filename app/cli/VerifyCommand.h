#pragma once

#include "cli/TenantCommand.h"

namespace banister::cli {

// banister-cli verify: everything read back and compared with the profile; WARN lines name what is still to do by
// hand. ReportCommand verifies the same way and writes a report of it instead (verified()).
class VerifyCommand : public TenantCommand
{
public:
    explicit VerifyCommand(Args args);

protected:
    void planned(const Plan& plan) override;
    // The checks of the tenant against the profile: printed, and the exit code from them.
    virtual void verified(const QList<VerifyCheck>& checks);

private:
    Verifier m_verifier;
};

} // namespace banister::cli
