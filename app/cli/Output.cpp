#include "cli/Output.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace banister::cli {

void out(const QString& s)
{
    std::fputs(qPrintable(s), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString& s)
{
    std::fprintf(stderr, "banister-cli: %s\n", qPrintable(s));
}

namespace {

QString indented(const QString& text, int width)
{
    if (text.isEmpty())
        return QStringLiteral("—");
    return text.split(QLatin1Char('\n')).join(QLatin1Char('\n') + QString(width, QLatin1Char(' ')));
}

QString stepBlock(const PlanStep& s)
{
    if (s.isManual()) {
        QString b
            = QStringLiteral("  ✋ %1 [%2] — by hand\n      after:  %3").arg(s.title, s.id, indented(s.afterText, 14));
        for (int i = 0; i < s.instructions.size(); ++i)
            b += QStringLiteral("\n      %1. %2").arg(i + 1).arg(s.instructions.at(i));
        if (!s.values.isEmpty())
            b += QStringLiteral("\n      enter:  ") + indented(s.values, 14);
        if (!s.link.isEmpty())
            b += QStringLiteral("\n      open:   ") + s.link;
        b += QStringLiteral("\n      when done: banister-cli apply --confirm %1").arg(s.id);
        return b;
    }
    QString b = QStringLiteral("  ~ %1 [%2]\n      before: %3\n      after:  %4")
                    .arg(s.title, s.id, indented(s.beforeText, 14), indented(s.afterText, 14));
    if (!s.requests.isEmpty())
        b += QStringLiteral("\n      calls:  ") + s.requests.join(QStringLiteral(", "));
    if (!s.warning.isEmpty())
        b += QStringLiteral("\n      warning: ") + s.warning;
    return b;
}

} // namespace

void printPlan(const Plan& plan, const TenantInfo& tenant, bool json, bool undo)
{
    if (json) {
        QJsonObject o = toJson(plan);
        o.insert(QStringLiteral("changes"), int(plan.steps.size()));
        o.insert(QStringLiteral("tenant"), tenant.subdomain);
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (const QString& e : plan.errors)
            out(QStringLiteral("Error: ") + e);
        for (const QString& w : plan.warnings)
            out(QStringLiteral("Warning: ") + w);
        if (!plan.canApply()) {
            out(QStringLiteral("The plan has %1 error(s): nothing is applied until they are fixed.")
                    .arg(plan.errors.size()));
        } else if (plan.isEmpty()) {
            out(undo ? QStringLiteral("Nothing to undo on %1 (%2).").arg(tenant.tenantName, tenant.subdomain)
                    : plan.confirmed.isEmpty()
                    ? QStringLiteral("No changes. %1 (%2) matches the profile.")
                          .arg(tenant.tenantName, tenant.subdomain)
                    : QStringLiteral("No changes. What the public API can read on %1 (%2) matches the profile, and "
                                     "the admin has confirmed the %3 manual step(s).")
                          .arg(tenant.tenantName, tenant.subdomain)
                          .arg(plan.confirmed.size()));
        } else {
            const int manual = plan.manualCount();
            out(QStringLiteral("%1 for %2 (%3): %4 change(s)%5, %6.")
                    .arg(undo ? QStringLiteral("Undo plan") : QStringLiteral("Plan"))
                    .arg(tenant.tenantName, tenant.subdomain)
                    .arg(plan.steps.size())
                    .arg(
                        manual == 0
                            ? QString()
                            : QStringLiteral(" (%1 automated, %2 by hand)").arg(plan.steps.size() - manual).arg(manual))
                    .arg(estimateText(estimate(plan))));
            for (const PlanStep& s : plan.steps)
                out(stepBlock(s));
        }
        for (const QString& m : plan.manual)
            out(QStringLiteral("Manual: ") + m);
    }
}

} // namespace banister::cli
