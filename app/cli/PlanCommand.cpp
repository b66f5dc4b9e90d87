// banister-cli plan: what would change on the tenant, in words and as the calls apply would send.
#include "cli/Command.h"
#include "cli/TenantCommand.h"

namespace banister::cli {

namespace {

class PlanCommand : public TenantCommand
{
public:
    using TenantCommand::TenantCommand;

private:
    void planned(const Plan& plan) override
    {
        printPlan(plan);
        quit(!plan.canApply() ? 1 : plan.isEmpty() ? 0 : 2);
    }
};

QString checkArguments(const Args& args)
{
    return args.profile.isEmpty() ? QStringLiteral("--profile FILE is required") : QString();
}

int execute(const Args& args)
{
    PlanCommand command(args);
    return command.exec();
}

} // namespace

Command planCommand()
{
    return { QStringLiteral("plan"),
             QStringLiteral(
                 "Show what would change: each step's before and after in words, the calls it will send, and "
                 "what stays by hand.\nExit 0: nothing to change, 2: changes pending, 1: error (nothing is "
                 "applied)."),
             &checkArguments, &execute };
}

} // namespace banister::cli
