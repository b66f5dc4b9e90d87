#include "cli/VerifyCommand.h"

#include "cli/Command.h"
#include "cli/Output.h"
#include "engine/ApplyJournal.h"
#include "engine/ManualGuide.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace banister::cli {

VerifyCommand::VerifyCommand(Args args)
    : TenantCommand(std::move(args))
    , m_verifier(&m_engine, this)
{
}

void VerifyCommand::planned(const Plan& plan)
{
    if (!m_args.confirm.isEmpty() && !recordConfirmations())
        return quit(1);
    connect(&m_verifier, &Verifier::finished, this, [this](const QList<VerifyCheck>& checks) { verified(checks); });
    m_verifier.setJournalPath(journalPath());
    m_verifier.run(m_profile);
}

void VerifyCommand::verified(const QList<VerifyCheck>& checks)
{
    int failed = 0, warnings = 0, unconfirmed = 0;
    QJsonArray arr;
    for (const VerifyCheck& c : checks) {
        failed += !c.passed;
        unconfirmed += c.basis == VerifyCheck::Basis::Unconfirmed;
        warnings += c.warning;
        arr.append(toJson(c));
        if (text())
            out(QStringLiteral("%1 %2 — %3").arg(statusName(c).toUpper(), c.title, c.detail));
    }
    if (json())
        out(QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("checks"), arr },
                                                          { QStringLiteral("failed"), failed },
                                                          { QStringLiteral("planErrors"),
                                                            QJsonArray::fromStringList(m_plan.errors) } })
                                  .toJson(QJsonDocument::Indented))
                .trimmed());
    else if (!m_plan.canApply())
        out(QStringLiteral("Not verified: the plan has %1 error(s), so the tenant cannot match the profile.")
                .arg(m_plan.errors.size()));
    else if (failed > 0 && failed == unconfirmed)
        out(QStringLiteral("%1 manual step(s) not yet confirmed; confirm each once done by hand "
                           "(banister-cli apply --confirm STEP-ID).")
                .arg(unconfirmed));
    else if (failed > 0)
        out(QStringLiteral("%1 check(s) failed.").arg(failed));
    else
        out(warnings == 0 ? QStringLiteral("Verified: the tenant matches the profile.")
                          : QStringLiteral("Verified: the tenant matches the profile; %1 warning(s) name what the "
                                           "admin still has to do.")
                                .arg(warnings));
    if (text() && m_plan.canApply() && failed == unconfirmed) {
        const QJsonObject journal = ApplyJournal::load(journalPath()).toJson();
        for (const QString& line : ManualGuide::whatToExpect(m_profile, journal, QDateTime::currentDateTimeUtc()))
            out(QStringLiteral("Next: ") + line);
    }
    quit(!m_plan.canApply() ? 1 : failed > 0 ? 2 : 0);
}

namespace {

QString checkArguments(const Args& args)
{
    return args.profile.isEmpty() ? QStringLiteral("--profile FILE is required") : QString();
}

int execute(const Args& args)
{
    VerifyCommand command(args);
    return command.exec();
}

} // namespace

Command verifyCommand()
{
    return { QStringLiteral("verify"),
             QStringLiteral("Read everything back and compare it with the profile; WARN lines name what is still to do "
                            "by hand.\nExit 0: all pass, 2: differences, 1: error."),
             &checkArguments, &execute };
}

} // namespace banister::cli
