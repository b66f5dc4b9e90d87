#pragma once

#include "cli/Arguments.h"
#include "core/Plan.h"
#include "core/Profile.h"
#include "core/TenantInfo.h"
#include "engine/Capture.h"
#include "engine/Engine.h"
#include "net/TenantClient.h"
#include "secrets/CredentialStore.h"

#include <QObject>
#include <memory>

namespace banister::sandbox {
class SandboxServer;
}

namespace banister::cli {

// What every command against a tenant shares, one run of it from start to exit code: it loads the profile, starts
// the in-process sandbox when asked (--sandbox), finds the secrets (environment, else keychain), probes the tenant
// with a documented call (public REST only, or the sandbox's own routes too) and reads who the tenant is; then the
// command runs (run()). The default run() is a plan: profile retargeted to this tenant's ids, then planned().
//
//   exec() → start() → [sandbox] → secrets → probe → [tenant info] → run() → … → quit(code)
class TenantCommand : public QObject
{
public:
    explicit TenantCommand(Args args);
    ~TenantCommand() override;

    // Runs the command on the event loop until quit(); returns its exit code. The first Ctrl+C is left to the
    // command (interrupted()), a second one ends the process at once (130).
    int exec();

protected:
    // The command, once the tenant is connected and known (m_tenant). Default: plan, then planned().
    virtual void run();
    // The plan of the profile on this tenant (with what retargeting found), in m_plan too.
    virtual void planned(const Plan& plan) { }
    // The journal the command reads and writes: --journal, else the tenant's default (engine/JournalPath).
    virtual QString journalPath() const;
    // The reverse plan of an apply (undo), for the words of printPlan().
    virtual bool undoing() const { return false; }

    // --confirm: the admin did these manual steps by hand. Recorded in the journal (never in the profile) for
    // exactly the state the plan asks for; they leave m_plan and verify reports them as confirmed. All or nothing:
    // false (and the reason on stderr) when one is not a manual step of the plan.
    bool recordConfirmations();
    void printPlan(const Plan& plan) const;
    bool json() const { return m_args.format == QLatin1String("json"); }
    bool text() const { return m_args.format == QLatin1String("text"); }
    // Whether Ctrl+C was pressed since the run began.
    static bool interrupted();

    void fail(const QString& message);
    void quit(int code);

    static constexpr qint64 kSaidHoldMs = 5000; // shorter holds (pacing within a window, a quick retry) go unsaid
    qint64 m_saidUntilMs = 0; // when the latest hold said on stderr ends

    const Args m_args;
    TenantClient m_client;
    CredentialStore m_store;
    Engine m_engine;
    Profile m_profile;
    TenantInfo m_tenant;
    Plan m_plan;
    QString m_gsUrl, m_scUrl;

private:
    void start();
    bool startSandbox();
    void withSecrets(const QString& key, const QString& token);

    Planner m_planner;
    DirectoryReader m_directory;
    QStringList m_resolveErrors, m_resolveWarnings;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
};

} // namespace banister::cli
