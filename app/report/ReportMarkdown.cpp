// The Markdown rendering of a report.
#include "report/ReportBuilder.h"

#include "report/ReportParts.h"

#include <QCoreApplication>

namespace banister {

using namespace reportparts;

namespace {
struct ReportMarkdownText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

QString ReportBuilder::markdown() const
{
    QString m;
    m += QStringLiteral("# %1\n\n").arg(ReportMarkdownText::tr("Staircase AI integration — setup report"));
    m += ReportMarkdownText::tr("%1 (%2) · generated %3 · Banister %4 · admin %5")
             .arg(mdText(m_d.tenant.tenantName), mdText(m_d.tenant.subdomain),
                  m_d.generated.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), QStringLiteral(BANISTER_VERSION),
                  mdText(m_d.tenant.callerEmail))
        + QStringLiteral("\n\n## %1\n\n| %2 | %3 |\n|---|---|\n")
              .arg(ReportMarkdownText::tr("Settings chosen"), ReportMarkdownText::tr("Setting"),
                   ReportMarkdownText::tr("Value"));
    for (const auto& row : settings())
        m += QStringLiteral("| %1 | %2 |\n").arg(md(row.first), md(row.second));
    if (!m_d.journal.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n%2\n\n| %3 | %4 | %5 | %6 | %7 | %8 |\n|---|---|---|---|---|---|\n")
                 .arg(ReportMarkdownText::tr("What was applied"), mdText(journalLine(m_d.journal)),
                      ReportMarkdownText::tr("Step"), ReportMarkdownText::tr("Before"), ReportMarkdownText::tr("After"),
                      ReportMarkdownText::tr("Result"), ReportMarkdownText::tr("Request ids"),
                      ReportMarkdownText::tr("When (UTC)"));
        for (const AppliedRow& r : appliedRows(m_d.journal))
            m += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                     .arg(md(r.title), md(r.before), md(r.after), md(r.result), md(r.requestIds), md(r.when));
        const QList<RoleRow> roles = roleRows(m_d.journal);
        if (!roles.isEmpty()) {
            m += QStringLiteral("\n### %1\n\n| %2 | %3 | %4 | %5 |\n|---|---|---|---|\n")
                     .arg(ReportMarkdownText::tr("Role changes (%n)", nullptr, int(roles.size())),
                          ReportMarkdownText::tr("Name"), ReportMarkdownText::tr("Email"),
                          ReportMarkdownText::tr("Before"), ReportMarkdownText::tr("After"));
            for (const RoleRow& r : roles)
                m += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(md(r.name), md(r.email), md(r.before), md(r.after));
        }
    }
    if (!m_d.journal.isEmpty() && !alreadyRight().isEmpty())
        m += QStringLiteral("\n")
            + mdText(ReportMarkdownText::tr("Already as the profile asks, nothing changed: %1.").arg(alreadyRight()))
            + QStringLiteral("\n");
    if (m_d.matchingAccounts >= 0)
        m += QStringLiteral("\n")
            + ReportMarkdownText::tr("The CRM filter matches %n account(s) at report time.", nullptr,
                                     int(m_d.matchingAccounts))
            + QStringLiteral("\n");
    m += QStringLiteral("\n## %1\n\n")
             .arg(m_d.journal.isEmpty() ? ReportMarkdownText::tr("Plan and result")
                                        : ReportMarkdownText::tr("Plan now"));
    if (!m_d.plan.canApply())
        m += nothingConfigured() + QStringLiteral("\n");
    else if (m_d.plan.steps.isEmpty())
        m += ReportMarkdownText::tr("Nothing to change: the tenant already matches the profile.")
            + QStringLiteral("\n");
    else
        m += QStringLiteral("| # | %1 | %2 | %3 | %4 |\n|---|---|---|---|---|\n")
                 .arg(ReportMarkdownText::tr("Step"), ReportMarkdownText::tr("Before"), ReportMarkdownText::tr("After"),
                      ReportMarkdownText::tr("Result"));
    for (int i = 0; i < m_d.plan.steps.size(); ++i) {
        const PlanStep& s = m_d.plan.steps.at(i);
        if (s.isManual())
            continue; // listed with the steps done by hand
        const QString result = i < m_d.results.size()
            ? statusName(m_d.results.at(i).status) + QStringLiteral(": ") + m_d.results.at(i).message
            : (m_d.applied ? ReportMarkdownText::tr("not run") : ReportMarkdownText::tr("planned"));
        m += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                 .arg(i + 1)
                 .arg(md(s.title), md(s.beforeText), md(s.afterText), md(result));
    }
    for (const QString& e : m_d.plan.errors)
        m += QStringLiteral("\n**%1** %2\n").arg(ReportMarkdownText::tr("Error:"), mdText(e));
    if (!m_d.byHand.isEmpty()) {
        m += QStringLiteral("\n## %1\n").arg(mdText(byHandTitle()));
        for (const ReportData::ByHand& b : m_d.byHand) {
            m += QStringLiteral("\n### %1\n\n%2 %3\n\n")
                     .arg(mdText(b.step.title), b.confirmed ? QStringLiteral("✅") : QStringLiteral("⏳"),
                          mdText(byHandStatus(b)));
            for (int i = 0; i < b.step.instructions.size(); ++i)
                m += QStringLiteral("%1. %2\n").arg(i + 1).arg(mdText(b.step.instructions.at(i)));
            if (!b.step.values.isEmpty())
                for (const QString& line : b.step.values.split(QLatin1Char('\n')))
                    m += QStringLiteral("    %1\n").arg(line);
        }
    }
    m += QStringLiteral("\n## %1\n\n").arg(ReportMarkdownText::tr("Verification"));
    if (!m_d.verified)
        m += ReportMarkdownText::tr("Verification has not run.") + QStringLiteral("\n");
    for (const VerifyCheck& c : m_d.checks)
        m += QStringLiteral("- %1 **%2** — %3\n")
                 .arg(c.warning                                        ? QStringLiteral("⚠️")
                          : c.passed                                   ? QStringLiteral("✅")
                          : c.basis == VerifyCheck::Basis::Unconfirmed ? QStringLiteral("⏳")
                                                                       : QStringLiteral("❌"),
                      mdText(c.title), mdText(c.detail));
    const QStringList warnings = m_d.warnings + m_d.plan.warnings;
    if (!warnings.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n")
                 .arg(
                     ReportMarkdownText::tr("Still to do in Gainsight (%n warning(s))", nullptr, int(warnings.size())));
        for (const QString& w : warnings)
            m += QStringLiteral("- %1\n").arg(mdText(w));
    }
    if (!m_d.whatToExpect.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n").arg(ReportMarkdownText::tr("What to expect next"));
        for (const QString& w : m_d.whatToExpect)
            m += QStringLiteral("- %1\n").arg(mdText(w));
    }
    m += QStringLiteral("\n## %1\n\n")
             .arg(ReportMarkdownText::tr("What remains manual (%n)", nullptr, int(m_d.manualSteps.size())));
    for (const QString& s : m_d.manualSteps)
        m += QStringLiteral("- %1\n").arg(mdText(s));
    m += QStringLiteral("\n---\n\n")
        + ReportMarkdownText::tr("Evidence digest (SHA-256 of the report's canonical JSON): %1").arg(digest())
        + QStringLiteral("\n");
    return m;
}

} // namespace banister
