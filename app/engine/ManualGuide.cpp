#include "engine/ManualGuide.h"

#include "core/CrmFilter.h"
#include "engine/ActivationArea.h"
#include "engine/CrmArea.h"
#include "engine/DashboardArea.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace banister {

namespace {
struct ManualGuideText
{
    Q_DECLARE_TR_FUNCTIONS(banister::ManualGuide)
};

PlanStep manual(const QString& area, const QString& id, const QString& title, const QJsonValue& after,
                const QString& afterText, const QStringList& instructions, const QString& values, const QString& link)
{
    PlanStep s;
    s.id = id;
    s.area = area;
    s.title = title;
    s.mode = PlanStep::Mode::Manual;
    s.before = QJsonValue::Null;
    s.after = after;
    s.beforeText = ManualGuideText::tr("cannot be read through Gainsight's public API");
    s.afterText = afterText;
    s.instructions = instructions;
    s.values = values;
    s.link = link;
    s.otherCalls = 0;
    return s;
}

QList<PlanStep> activation(const Profile& p, const GuideContext& ctx)
{
    const ActivationSection& a = *p.activation;
    const bool upgrade = a.path == QLatin1String("upgrade");
    const QString type = ActivationArea::requestTypeFor(a.path);
    QStringList request { ManualGuideText::tr("Request: %1").arg(type) };
    if (!a.supportContact.isEmpty())
        request << ManualGuideText::tr("Contact: %1").arg(a.supportContact);
    if (!a.supportNote.isEmpty())
        request << ManualGuideText::tr("Note: %1").arg(a.supportNote);
    const QJsonObject requestJson { { QStringLiteral("type"), type },
                                    { QStringLiteral("contact"), a.supportContact },
                                    { QStringLiteral("note"), a.supportNote } };
    QList<PlanStep> out;
    out << manual(
        QStringLiteral("activation"), QStringLiteral("activation.support-request"),
        upgrade ? ManualGuideText::tr("Ask Gainsight Support to upgrade the connection")
                : ManualGuideText::tr("Ask Gainsight Support to enable the Staircase integration"),
        requestJson, ManualGuideText::tr("a \"%1\" request, completed by Gainsight Support").arg(type),
        upgrade
            ? QStringList { ManualGuideText::tr("AI Follow-Up is on in Gainsight CS: contact Gainsight Support and ask "
                                                "them to upgrade the connection to Staircase AI."),
                            ManualGuideText::tr("Wait until Support confirms the upgrade is done.") }
            : QStringList { ManualGuideText::tr("Contact Gainsight Support and request the Staircase integration; it "
                                                "links Gainsight with your Staircase tenant."),
                            ManualGuideText::tr("Wait until Support confirms the integration is enabled.") },
        request.join(QLatin1Char('\n')), QString());
    if (!upgrade) {
        const QString sub = ctx.subdomain.isEmpty() ? ManualGuideText::tr("(your Gainsight subdomain)") : ctx.subdomain;
        out << manual(
            QStringLiteral("activation"), QStringLiteral("activation.connect"),
            ManualGuideText::tr("Connect Staircase to Gainsight (subdomain \"%1\")").arg(sub),
            QJsonObject { { QStringLiteral("connected"), true }, { QStringLiteral("subdomain"), ctx.subdomain } },
            ManualGuideText::tr("connected to \"%1\"").arg(sub),
            { ManualGuideText::tr("Log in to Staircase as an Admin (a Gainsight CS admin who is a Staircase Admin)."),
              ManualGuideText::tr("Navigate to Settings > Integrations."),
              ManualGuideText::tr("Click the Gainsight card."),
              ManualGuideText::tr("Click Connect. The Gainsight login page appears."),
              ManualGuideText::tr("Enter the Gainsight credentials; Gainsight gets connected to the Staircase instance "
                                  "and the CRM, Account Fields and Users tabs appear.") },
            ManualGuideText::tr("Gainsight subdomain: %1\nGainsight URL: %2").arg(sub, ctx.gainsightUrl),
            ctx.staircaseUrl);
    }
    return out;
}

QList<PlanStep> crm(const Profile& p, const GuideContext& ctx)
{
    const CrmSection& c = *p.crm;
    const QString words = CrmArea::describe(toJson(c));
    QStringList values;
    values << ManualGuideText::tr("Synchronize Gainsight accounts with Staircase AI: %1")
                  .arg(c.syncAccounts ? ManualGuideText::tr("on") : ManualGuideText::tr("off"));
    if (c.syncAccounts) {
        values << ManualGuideText::tr("Filter accounts to sync into Staircase AI: %1")
                      .arg(c.filterMode == CrmFilterMode::Specific ? ManualGuideText::tr("Sync specific accounts")
                                                                   : ManualGuideText::tr("Sync all accounts"));
        if (c.filterMode == CrmFilterMode::Specific) {
            for (int i = 0; i < c.rows.size(); ++i)
                values << ManualGuideText::tr("  Row %1: %2")
                              .arg(i + 1)
                              .arg(describeFilterRow(c.rows.at(i).field, c.rows.at(i).op, c.rows.at(i).values));
            if (c.rows.size() > 1)
                values << (c.combine == CrmCombine::Or
                               ? ManualGuideText::tr("  An account is synced when any row matches (OR).")
                               : ManualGuideText::tr("  An account is synced when every row matches (AND)."));
        }
        values << ManualGuideText::tr("Churned statuses: %1")
                      .arg(c.churnedStatuses.isEmpty() ? ManualGuideText::tr("none")
                                                       : c.churnedStatuses.join(QStringLiteral(", ")));
        values << ManualGuideText::tr("Prospect statuses: %1")
                      .arg(c.prospectStatuses.isEmpty() ? ManualGuideText::tr("none")
                                                        : c.prospectStatuses.join(QStringLiteral(", ")));
        values << ManualGuideText::tr("Sync team member's names and reporting structure: %1")
                      .arg(c.syncTeamHierarchy ? ManualGuideText::tr("on") : ManualGuideText::tr("off"));
    }
    values << ManualGuideText::tr("Call summary upload: %1")
                  .arg(c.callSummaryUpload ? ManualGuideText::tr("on") : ManualGuideText::tr("off"));
    PlanStep step = manual(
        QStringLiteral("crm"), QStringLiteral("crm.settings"), ManualGuideText::tr("Set Staircase's CRM tab"),
        toJson(c), words,
        { ManualGuideText::tr("In Staircase, navigate to Settings > Integrations and click the Gainsight card."),
          ManualGuideText::tr("On the CRM tab, set each option as listed below; for Sync specific accounts choose each "
                              "row's Field and Values (Add row for the next one)."),
          ManualGuideText::tr("Check that the count at the bottom of the page matches the count Banister showed."),
          ManualGuideText::tr("Click Update to save the changes, then Save.") },
        values.join(QLatin1Char('\n')), ctx.staircaseUrl);
    // The CRM tab as documented offers a Field and the Values it is, rows combined by AND; say so before the admin
    // finds out there.
    const bool onlyIs
        = std::all_of(c.rows.cbegin(), c.rows.cend(), [](const FilterRow& r) { return r.op == QLatin1String("in"); });
    if (c.syncAccounts && c.filterMode == CrmFilterMode::Specific
        && (!onlyIs || (c.combine == CrmCombine::Or && c.rows.size() > 1)))
        step.warning = ManualGuideText::tr(
            "Staircase's CRM tab, as documented, picks a Field and the Values it is, rows combined by "
            "AND; rows with another operator or combined by OR may not be possible there. Check the "
            "count Staircase shows before confirming.");
    return { step };
}

QList<PlanStep> fieldMappings(const Profile& p, const GuideContext& ctx)
{
    QStringList pairs;
    QJsonObject after;
    for (const FieldMapping& m : *p.fieldMappings) {
        pairs << ManualGuideText::tr("%1 ← %2").arg(m.staircaseField, m.gainsightField);
        after.insert(m.staircaseField, m.gainsightField);
    }
    return { manual(
        QStringLiteral("fields"), QStringLiteral("fields.mappings"),
        ManualGuideText::tr("Map %n Staircase account field(s) to Gainsight fields", nullptr, int(pairs.size())), after,
        pairs.isEmpty() ? ManualGuideText::tr("no mappings") : pairs.join(QStringLiteral("; ")),
        { ManualGuideText::tr("In Staircase, navigate to Settings > Configuration > Account Fields."),
          ManualGuideText::tr("For each Staircase field below, choose the Gainsight field it is mapped from."),
          ManualGuideText::tr("Save.") },
        pairs.join(QLatin1Char('\n')), ctx.staircaseUrl) };
}

QList<PlanStep> users(const Profile& p, const GuideContext& ctx)
{
    int assigned = 0;
    for (const UserAssignment& a : p.userAccess->assignments)
        assigned += a.staircaseRole != StaircaseRole::None;
    return { manual(QStringLiteral("users"), QStringLiteral("users.check-access"),
                    ManualGuideText::tr("Check the Staircase option, single sign-on and permission bundles"),
                    QJsonObject { { QStringLiteral("assigned"), assigned } },
                    ManualGuideText::tr("the Staircase option in the apps menu, SSO working, bundles assigned"),
                    { ManualGuideText::tr("In the Gainsight apps menu, verify that the Staircase option appears."),
                      ManualGuideText::tr(
                          "Open Staircase from the apps menu as one of the assigned users: single sign-on must work "
                          "without a second login."),
                      ManualGuideText::tr(
                          "In Administration > Users and Permissions, verify that users with a Staircase role have "
                          "the Default Staircase Full Permissions (Full license) or Default Staircase Viewer Plus "
                          "Permissions (Viewer Plus) bundle, holding Insights > Staircase Communication, Insights > "
                          "Staircase AI Reports and Settings > Staircase AI Setting.") },
                    ManualGuideText::tr("%n user(s) assigned a Staircase role", nullptr, assigned), ctx.gainsightUrl) };
}

QList<PlanStep> layouts(const Profile& p, const GuideContext& ctx)
{
    QList<PlanStep> out;
    for (const LayoutPlacement& l : *p.layouts) {
        const QString name = l.layoutName.isEmpty() ? l.layoutId : l.layoutName;
        out << manual(
            QStringLiteral("layouts"), QStringLiteral("layouts.") + l.layoutId,
            ManualGuideText::tr("Add the Staircase AI section to %1").arg(name),
            QJsonObject { { QStringLiteral("label"), l.sectionLabel }, { QStringLiteral("position"), l.position } },
            ManualGuideText::tr("\"%1\" at position %2").arg(l.sectionLabel).arg(l.position + 1),
            { ManualGuideText::tr("Navigate to Administration > 360 Layouts > C360/P360 and open the layout %1.")
                  .arg(name),
              ManualGuideText::tr("In the Configure sections tab, drag and drop the Staircase AI section from the left "
                                  "pane to position %1 (counted from the top).")
                  .arg(l.position + 1),
              ManualGuideText::tr("Click the section and rename it to \"%1\".").arg(l.sectionLabel),
              ManualGuideText::tr("(Optional) Click Preview, then select a record to view a preview of the layout."),
              ManualGuideText::tr("Click Save to apply changes.") },
            ManualGuideText::tr("Layout: %1\nSection: Staircase AI\nLabel: %2\nPosition: %3")
                .arg(name, l.sectionLabel)
                .arg(l.position + 1),
            ctx.gainsightUrl);
    }
    return out;
}

QList<PlanStep> dashboard(const Profile& p, const GuideContext& ctx)
{
    const DashboardSection& d = *p.dashboard;
    QJsonObject users;
    for (const Principal& pr : d.principals)
        if (pr.kind == PrincipalKind::User && !pr.email.isEmpty())
            users.insert(pr.id,
                         QJsonObject { { QStringLiteral("name"), pr.email }, { QStringLiteral("email"), pr.email } });
    const QString words = DashboardArea::describe(toJson(d), users);
    return { manual(QStringLiteral("dashboard"), QStringLiteral("dashboard.permissions"),
                    ManualGuideText::tr("Set who can open the Staircase Executive Dashboard"), toJson(d), words,
                    { ManualGuideText::tr("Navigate to Administration > Dashboard Builder > Dashboard List."),
                      ManualGuideText::tr("Open the System folder and locate the Staircase Executive Dashboard."),
                      ManualGuideText::tr("From the three-vertical dots menu, click Manage Permissions."),
                      ManualGuideText::tr("Select the permission type and the people below, then save.") },
                    words, ctx.gainsightUrl) };
}
} // namespace

QList<PlanStep> ManualGuide::forArea(const QString& area, const Profile& p, const GuideContext& ctx)
{
    if (area == QLatin1String("activation") && p.activation)
        return activation(p, ctx);
    if (area == QLatin1String("crm") && p.crm)
        return crm(p, ctx);
    if (area == QLatin1String("fields") && p.fieldMappings)
        return fieldMappings(p, ctx);
    if (area == QLatin1String("users") && p.userAccess)
        return users(p, ctx);
    if (area == QLatin1String("layouts") && p.layouts)
        return layouts(p, ctx);
    if (area == QLatin1String("dashboard") && p.dashboard)
        return dashboard(p, ctx);
    return {};
}

QStringList ManualGuide::whatToExpect(const Profile& p, const QJsonObject& journal, const QDateTime& otherwise)
{
    if (!p.activation && !p.crm)
        return {};
    QDateTime connected = QDateTime::fromString(journal.value(QLatin1String("finished")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue& c : journal.value(QLatin1String("confirmations")).toArray())
        if (c[QStringLiteral("step")].toString() == QLatin1String("activation.connect"))
            connected = QDateTime::fromString(c[QStringLiteral("at")].toString(), Qt::ISODateWithMs);
    if (!connected.isValid())
        connected = otherwise;
    const QDateTime firstSync = connected.toLocalTime().addSecs(2 * 3600);
    return { ManualGuideText::tr(
                 "Staircase syncs CRM data from Gainsight about every 2 hours: the accounts appear in Staircase after "
                 "the first sync, expected by %1.")
                 .arg(QLocale().toString(firstSync, QLocale::ShortFormat)),
             ManualGuideText::tr("On its first sync Staircase fetches 12 months of history."),
             ManualGuideText::tr(
                 "Data retention is changed through your Staircase account team, not in either admin console.") };
}

VerifyCheck ManualGuide::check(const PlanStep& step, const QString& confirmedBy, const QString& confirmedAt)
{
    VerifyCheck c;
    c.id = step.id;
    c.area = step.area;
    c.title = step.title;
    c.passed = !confirmedAt.isEmpty();
    c.basis = c.passed ? VerifyCheck::Basis::Confirmed : VerifyCheck::Basis::Unconfirmed;
    c.detail = c.passed
        ? ManualGuideText::tr("Confirmed by the admin (%1, %2); no public API can read it back.")
              .arg(confirmedBy, confirmedAt)
        : ManualGuideText::tr("Not yet confirmed: do it by hand as the plan describes, then confirm it (Done on the "
                              "Review page, or banister-cli apply --confirm %1).")
              .arg(step.id);
    return c;
}

} // namespace banister
