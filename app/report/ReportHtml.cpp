// The HTML rendering of a report (self-contained: inline CSS); the PDF is printed from it.
#include "report/ReportBuilder.h"

#include "report/ReportParts.h"

#include <QCoreApplication>

namespace banister {

using namespace reportparts;

namespace {
struct ReportHtmlText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

const char* const kCss
    = "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#1d2530;margin:24px;}"
      "h1{font-size:20pt;margin-bottom:2px;} h2{font-size:14pt;margin-top:22px;border-bottom:1px solid #c9d2dc;}"
      "table{border-collapse:collapse;width:100%;margin:6px 0;} th,td{border:1px solid #c9d2dc;padding:4px 6px;"
      "text-align:left;vertical-align:top;font-size:9.5pt;} th{background:#eef2f6;}"
      ".ok{color:#2e7d32;font-weight:bold;} .bad{color:#c62828;font-weight:bold;} .muted{color:#5b6673;}"
      ".warn{background:#fff4e5;border:1px solid #e6c07b;padding:6px;}";
} // namespace

QString ReportBuilder::html() const
{
    QString h;
    h += QStringLiteral(
             "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style></head><body>")
             .arg(esc(ReportHtmlText::tr("Banister setup report")), QLatin1String(kCss));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(ReportHtmlText::tr("Staircase AI integration — setup report")));
    h += QStringLiteral("<p class=\"muted\">%1</p>")
             .arg(esc(ReportHtmlText::tr("%1 (%2) · generated %3 · Banister %4 · admin %5")
                          .arg(m_d.tenant.tenantName, m_d.tenant.subdomain,
                               m_d.generated.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                               QStringLiteral(BANISTER_VERSION), m_d.tenant.callerEmail)));

    h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th></tr>")
             .arg(esc(ReportHtmlText::tr("Settings chosen")), esc(ReportHtmlText::tr("Setting")),
                  esc(ReportHtmlText::tr("Value")));
    for (const auto& row : settings())
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(row.first), esc(row.second));
    h += QStringLiteral("</table>");

    if (!m_d.journal.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><p>%2</p>")
                 .arg(esc(ReportHtmlText::tr("What was applied")), esc(journalLine(m_d.journal)));
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                 .arg(esc(ReportHtmlText::tr("Step")), esc(ReportHtmlText::tr("Before")),
                      esc(ReportHtmlText::tr("After")), esc(ReportHtmlText::tr("Result")),
                      esc(ReportHtmlText::tr("Request ids")), esc(ReportHtmlText::tr("When (UTC)")));
        for (const AppliedRow& r : appliedRows(m_d.journal))
            h += QStringLiteral(
                     "<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"%4\">%5</td><td>%6</td><td>%7</td></tr>")
                     .arg(esc(r.title), esc(r.before), esc(r.after),
                          r.ok ? QStringLiteral("ok") : QStringLiteral("bad"), esc(r.result), esc(r.requestIds),
                          esc(r.when));
        h += QStringLiteral("</table>");
        const QList<RoleRow> roles = roleRows(m_d.journal);
        if (!roles.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                     .arg(esc(ReportHtmlText::tr("Role changes (%n)", nullptr, int(roles.size()))),
                          esc(ReportHtmlText::tr("Name")), esc(ReportHtmlText::tr("Email")),
                          esc(ReportHtmlText::tr("Before")), esc(ReportHtmlText::tr("After")));
            for (const RoleRow& r : roles)
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                         .arg(esc(r.name), esc(r.email), esc(r.before), esc(r.after));
            h += QStringLiteral("</table>");
        }
    }
    if (!m_d.journal.isEmpty() && !alreadyRight().isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(ReportHtmlText::tr("Already as the profile asks, nothing changed: %1.").arg(alreadyRight())));
    if (m_d.matchingAccounts >= 0)
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(ReportHtmlText::tr("The CRM filter matches %n account(s) at report time.", nullptr,
                                             int(m_d.matchingAccounts))));

    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(m_d.journal.isEmpty() ? ReportHtmlText::tr("Plan and result") : ReportHtmlText::tr("Plan now")));
    if (!m_d.plan.canApply()) {
        h += QStringLiteral("<p class=\"bad\">%1</p>").arg(esc(nothingConfigured()));
    } else if (m_d.plan.steps.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(ReportHtmlText::tr("Nothing to change: the tenant already matches the profile.")));
    } else {
        h += QStringLiteral("<table><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                 .arg(esc(ReportHtmlText::tr("Step")), esc(ReportHtmlText::tr("Before")),
                      esc(ReportHtmlText::tr("After")), esc(ReportHtmlText::tr("Result")));
        for (int i = 0; i < m_d.plan.steps.size(); ++i) {
            const PlanStep& s = m_d.plan.steps.at(i);
            if (s.isManual())
                continue; // listed with the steps done by hand
            QString result = m_d.applied ? ReportHtmlText::tr("not run") : ReportHtmlText::tr("planned");
            QString cls = QStringLiteral("muted");
            if (i < m_d.results.size()) {
                result = statusName(m_d.results.at(i).status) + QStringLiteral(": ") + m_d.results.at(i).message;
                cls = m_d.results.at(i).status == StepResult::Status::Done ? QStringLiteral("ok")
                                                                           : QStringLiteral("bad");
            }
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td class=\"%5\">%6</td></tr>")
                     .arg(i + 1)
                     .arg(esc(s.title), esc(s.beforeText), esc(s.afterText), cls, esc(result));
        }
        h += QStringLiteral("</table>");
    }
    for (const QString& e : m_d.plan.errors)
        h += QStringLiteral("<p class=\"bad\">%1</p>").arg(esc(e));
    if (!m_d.byHand.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(byHandTitle()));
        for (const ReportData::ByHand& b : m_d.byHand) {
            h += QStringLiteral("<h3>%1</h3><p class=\"%2\">%3</p><ol>")
                     .arg(esc(b.step.title), b.confirmed ? QStringLiteral("ok") : QStringLiteral("warn"),
                          esc(byHandStatus(b)));
            for (const QString& i : b.step.instructions)
                h += QStringLiteral("<li>%1</li>").arg(esc(i));
            h += QStringLiteral("</ol>");
            if (!b.step.values.isEmpty())
                h += QStringLiteral("<pre>%1</pre>").arg(esc(b.step.values));
        }
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(ReportHtmlText::tr("Verification")));
    if (!m_d.verified) {
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(ReportHtmlText::tr("Verification has not run.")));
    } else {
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                 .arg(esc(ReportHtmlText::tr("Check")), esc(ReportHtmlText::tr("Result")),
                      esc(ReportHtmlText::tr("Detail")));
        for (const VerifyCheck& c : m_d.checks)
            h += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td><td>%4</td></tr>")
                     .arg(esc(c.title),
                          c.warning      ? QStringLiteral("warn")
                              : c.passed ? QStringLiteral("ok")
                                         : QStringLiteral("bad"),
                          esc(c.warning                                        ? ReportHtmlText::tr("WARN")
                                  : c.basis == VerifyCheck::Basis::Confirmed   ? ReportHtmlText::tr("confirmed")
                                  : c.basis == VerifyCheck::Basis::Unconfirmed ? ReportHtmlText::tr("not yet confirmed")
                                  : c.passed                                   ? ReportHtmlText::tr("pass")
                                                                               : ReportHtmlText::tr("FAIL")),
                          esc(c.detail));
        h += QStringLiteral("</table>");
    }
    const QStringList warnings = m_d.warnings + m_d.plan.warnings;
    if (!warnings.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>")
                 .arg(esc(
                     ReportHtmlText::tr("Still to do in Gainsight (%n warning(s))", nullptr, int(warnings.size()))));
        for (const QString& w : warnings)
            h += QStringLiteral("<p class=\"warn\">%1</p>").arg(esc(w));
    }
    if (!m_d.whatToExpect.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(ReportHtmlText::tr("What to expect next")));
        for (const QString& w : m_d.whatToExpect)
            h += QStringLiteral("<li>%1</li>").arg(esc(w));
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<h2>%1</h2><ul>")
             .arg(esc(ReportHtmlText::tr("What remains manual (%n)", nullptr, int(m_d.manualSteps.size()))));
    for (const QString& m : m_d.manualSteps)
        h += QStringLiteral("<li>%1</li>").arg(esc(m));
    h += QStringLiteral("</ul><p class=\"muted\">%1</p></body></html>")
             .arg(
                 esc(ReportHtmlText::tr("Evidence digest (SHA-256 of the report's canonical JSON): %1").arg(digest())));
    return h;
}

} // namespace banister
