// banister-cli capture: a profile of what the tenant has now (a plan of it on the same tenant is empty).
#include "cli/Command.h"
#include "cli/Output.h"
#include "cli/TenantCommand.h"
#include "engine/Capture.h"

#include <QFileInfo>

namespace banister::cli {

namespace {

class CaptureCommand : public TenantCommand
{
public:
    explicit CaptureCommand(Args args)
        : TenantCommand(std::move(args))
        , m_capture(&m_client, this)
    {
    }

private:
    void run() override
    {
        if (m_client.publicApiOnly())
            return fail(QStringLiteral("capture reads settings only Gainsight's and Staircase's admin UIs show; this "
                                       "tenant offers Gainsight's documented REST only, so there is nothing to capture "
                                       "them from"));
        connect(&m_capture, &Capturer::finished, this, [this](const ProfileLoad& r) {
            if (!r.profile) {
                for (const ProfileError& e : r.errors)
                    err(e.toString());
                return quit(1);
            }
            if (const Result<void> written = saveProfile(*r.profile, m_args.output); !written)
                return fail(written.error());
            out(QStringLiteral("Profile of %1 (%2) written to %3.")
                    .arg(m_tenant.tenantName, m_tenant.subdomain, QFileInfo(m_args.output).absoluteFilePath()));
            quit(0);
        });
        m_capture.run();
    }

    Capturer m_capture;
};

QString checkArguments(const Args& args)
{
    return args.output.isEmpty() ? QStringLiteral("capture needs --output FILE (the profile to write)") : QString();
}

int execute(const Args& args)
{
    CaptureCommand command(args);
    return command.exec();
}

} // namespace

Command captureCommand()
{
    return { QStringLiteral("capture"),
             QStringLiteral("Write a profile of the tenant's current configuration to --output FILE (a plan of it here "
                            "is empty).\nExit 0: written, 1: error."),
             &checkArguments, &execute };
}

} // namespace banister::cli
