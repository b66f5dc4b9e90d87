#include "cli/ApplyCommand.h"

#include "cli/Command.h"
#include "cli/Output.h"
#include "net/ApiError.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace banister::cli {

ApplyCommand::ApplyCommand(Args args)
    : TenantCommand(std::move(args))
    , m_applier(&m_engine, this)
{
}

void ApplyCommand::planned(const Plan& plan)
{
    if (!plan.canApply()) {
        printPlan(plan);
        return quit(1);
    }
    if (!m_args.confirm.isEmpty() && !recordConfirmations())
        return quit(1);
    applyPlan();
}

void ApplyCommand::applyPlan()
{
    if (m_plan.isEmpty()) {
        out(undoing() ? QStringLiteral("Nothing to undo on %1 (%2).").arg(m_tenant.tenantName, m_tenant.subdomain)
                      : QStringLiteral("No changes. %1 (%2) matches the profile.")
                            .arg(m_tenant.tenantName, m_tenant.subdomain));
        return quit(0);
    }
    const int total = int(m_plan.steps.size());
    connect(&m_applier, &Applier::stepStarted, this, [this, total](int i) {
        if (text())
            out(QStringLiteral("[%1/%2] %3 …").arg(i + 1).arg(total).arg(m_plan.steps.at(i).title));
    });
    connect(&m_applier, &Applier::stepFinished, this, [this](int, const StepResult& r) {
        if (text())
            out(QStringLiteral("        %1: %2").arg(statusName(r.status), r.message));
    });
    connect(&m_applier, &Applier::finished, this, [this](bool completed) {
        if (!m_applier.failedToStart().isEmpty())
            return fail(m_applier.failedToStart());
        const ApplyJournal& j = m_applier.journal();
        if (json()) {
            out(QString::fromUtf8(QJsonDocument(j.toJson()).toJson(QJsonDocument::Indented)).trimmed());
        } else if (completed && m_plan.manualCount() > 0) {
            out(QStringLiteral("Apply complete: %1 automated change(s) made; %2 step(s) to do by hand (above). "
                               "When one is done, record it: banister-cli apply --confirm STEP-ID.")
                    .arg(m_plan.steps.size() - m_plan.manualCount())
                    .arg(m_plan.manualCount()));
        } else if (completed) {
            out(QStringLiteral("Apply complete: %1 change(s) made.").arg(m_plan.steps.size()));
        } else if (m_applier.continuesAfterMs() > 0) {
            out(QStringLiteral("Apply paused at the tenant's rate limit; it continues after %1. Apply again then: "
                               "it resumes from the journal (%2).")
                    .arg(ApiError::resumeTimeText(m_applier.continuesAfterMs()), j.path()));
        } else {
            out(QStringLiteral("Apply %1. The journal (%2) lists what ran; apply again to continue.")
                    .arg(j.outcome(), j.path()));
        }
        quit(completed ? 0 : 1);
    });
    m_interruptPoll.setInterval(100);
    connect(&m_interruptPoll, &QTimer::timeout, this, [this] {
        if (interrupted() && m_applier.isRunning()) {
            err(QStringLiteral("interrupted: stopping after the current step (Ctrl+C again to abort at once)"));
            m_applier.cancel();
            m_interruptPoll.stop();
        }
    });
    m_interruptPoll.start();
    m_applier.start(m_plan, m_profile, journalPath(), m_tenant.subdomain);
}

namespace {

QString checkArguments(const Args& args)
{
    return args.profile.isEmpty() ? QStringLiteral("--profile FILE is required") : QString();
}

int execute(const Args& args)
{
    ApplyCommand command(args);
    return command.exec();
}

} // namespace

Command applyCommand()
{
    return { QStringLiteral("apply"),
             QStringLiteral("Make the changes of the plan, step by step, and write a journal; Ctrl+C stops after the "
                            "current step, and applying again continues.\nExit 0: done, 1: error."),
             &checkArguments, &execute };
}

} // namespace banister::cli
