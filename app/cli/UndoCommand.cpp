// banister-cli undo: the reverse plan of the apply in --journal FILE, back to the before values it recorded; with
// --apply it is applied (into its own journal, FILE.undo.json); --force overwrites what changed on the tenant since.
#include "cli/ApplyCommand.h"
#include "cli/Command.h"
#include "engine/Undo.h"

namespace banister::cli {

namespace {

class UndoCommand : public ApplyCommand
{
public:
    explicit UndoCommand(Args args)
        : ApplyCommand(std::move(args))
        , m_undo(&m_client, this)
    {
    }

private:
    bool undoing() const override { return true; }

    // The undo's own record; the apply's stays as it was.
    QString journalPath() const override { return m_args.journal + QStringLiteral(".undo.json"); }

    void run() override
    {
        QString error;
        const ApplyJournal journal = ApplyJournal::load(m_args.journal, &error);
        if (journal.outcome().isEmpty())
            return fail(QStringLiteral("--journal %1: %2").arg(m_args.journal, error));
        if (journal.tenant() != m_tenant.subdomain)
            return fail(QStringLiteral("--journal %1 is the apply on \"%2\", not on this tenant (\"%3\")")
                            .arg(m_args.journal, journal.tenant(), m_tenant.subdomain));
        connect(&m_undo, &UndoPlanner::finished, this, [this](const Plan& reverse) {
            m_plan = reverse;
            m_plan.tenant = m_tenant;
            printPlan(m_plan);
            if (!m_args.undoApply)
                return quit(!m_plan.canApply() ? 1 : m_plan.isEmpty() ? 0 : 2);
            if (!m_plan.canApply())
                return quit(1);
            applyPlan();
        });
        m_undo.run(journal, m_args.force);
    }

    UndoPlanner m_undo;
};

QString checkArguments(const Args& args)
{
    // The profile is optional: --url or --sandbox names the tenant.
    return args.journal.isEmpty() ? QStringLiteral("undo needs --journal FILE (the journal of the apply to undo)")
                                  : QString();
}

int execute(const Args& args)
{
    UndoCommand command(args);
    return command.exec();
}

} // namespace

Command undoCommand()
{
    return { QStringLiteral("undo"),
             QStringLiteral(
                 "Print the reverse plan of the apply in --journal FILE; --apply applies it (its own journal: "
                 "FILE.undo.json), --force overwrites changes made since.\nExit 0: nothing to undo, 2: steps "
                 "to undo, 1: error or a conflict."),
             &checkArguments, &execute };
}

} // namespace banister::cli
