#include "report/ReportBuilder.h"

#include "engine/ManualGuide.h"

#include "core/CompanyField.h"
#include "engine/CrmArea.h"
#include "engine/DashboardArea.h"
#include "models/UserDirectory.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace banister {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) can make a label read
// differently from what it is ("Trojan Source"); a report shows text as stored, so they go.
QString stripBidi(QString s)
{
    s.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    });
    return s;
}

QString esc(const QString& s)
{
    return stripBidi(s).toHtmlEscaped();
}

// Markdown renderers pass inline HTML through: tenant and profile text must not become markup.
QString mdText(const QString& s)
{
    QString out = stripBidi(s);
    return out.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
}

// Markdown table cells: pipes and newlines would break the row.
QString md(const QString& s)
{
    return mdText(s).replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// A target nobody may write to is refused, also for a user (root) whom the file system would let through.
QString refuseReadOnly(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!info.isFile())
        return Text::tr("cannot write %1: it is not a regular file").arg(path);
    if (!info.isWritable() || !(info.permissions() & anyWrite))
        return Text::tr("cannot write %1: the file is read-only").arg(path);
    return {};
}


const char* const kCss = "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#1d2530;margin:24px;}"
                         "h1{font-size:20pt;margin-bottom:2px;} h2{font-size:14pt;margin-top:22px;border-bottom:1px solid #c9d2dc;}"
                         "table{border-collapse:collapse;width:100%;margin:6px 0;} th,td{border:1px solid #c9d2dc;padding:4px 6px;"
                         "text-align:left;vertical-align:top;font-size:9.5pt;} th{background:#eef2f6;}"
                         ".ok{color:#2e7d32;font-weight:bold;} .bad{color:#c62828;font-weight:bold;} .muted{color:#5b6673;}"
                         ".warn{background:#fff4e5;border:1px solid #e6c07b;padding:6px;}";
} // namespace

ReportBuilder::ReportBuilder(ReportData data)
    : m_d(std::move(data))
{
}

QStringList ReportBuilder::supportedExtensions()
{
    return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("md"), QStringLiteral("json"), QStringLiteral("pdf")};
}

ReportData reportData(const Profile& profile, const TenantInfo& tenant, const QString& gainsightUrl, const Plan& plan,
                      const QList<VerifyCheck>& checks, bool verified, const QJsonObject& journal, qint64 matchingAccounts)
{
    ReportData d;
    d.profile = profile;
    d.tenant = tenant;
    d.gainsightUrl = gainsightUrl;
    d.plan = plan;
    d.checks = checks;
    d.verified = verified;
    d.manualSteps = plan.manual;
    d.journal = journal;
    d.applied = !journal.isEmpty();
    d.applyOutcome = journal.value(QLatin1String("outcome")).toString();
    d.matchingAccounts = matchingAccounts;
    for (const PlanStep& st : plan.steps)
        if (st.isManual())
            d.byHand << ReportData::ByHand{st, false, {}, {}};
    const QJsonArray confirmations = journal.value(QLatin1String("confirmations")).toArray();
    for (const PlanStep& st : plan.confirmed) {
        ReportData::ByHand b{st, true, {}, {}};
        for (const QJsonValue& c : confirmations)
            if (c[QStringLiteral("step")].toString() == st.id) {
                b.by = c[QStringLiteral("by")].toString();
                b.at = c[QStringLiteral("at")].toString();
            }
        d.byHand << b;
    }
    if (d.applyOutcome == QLatin1String("none")) { // a journal of confirmations only: no apply to show
        d.journal = {};
        d.applied = false;
        d.applyOutcome.clear();
    }
    if (plan.canApply() && (d.applied || !plan.confirmed.isEmpty()))
        d.whatToExpect = ManualGuide::whatToExpect(profile, journal, d.generated);
    return d;
}

QString ReportBuilder::byHandTitle() const
{
    const int confirmed = int(std::count_if(m_d.byHand.begin(), m_d.byHand.end(), [](const ReportData::ByHand& b) { return b.confirmed; }));
    return Text::tr("Done by hand in Gainsight or Staircase (%1 of %n confirmed); no documented API can do these",
                    nullptr, int(m_d.byHand.size()))
        .arg(confirmed);
}

QString ReportBuilder::byHandStatus(const ReportData::ByHand& b)
{
    return b.confirmed ? Text::tr("Confirmed by %1 at %2.").arg(b.by, b.at) : Text::tr("Not yet confirmed.");
}

QString ReportBuilder::alreadyRight() const
{
    // Areas the profile manages in which the apply had nothing to change.
    QSet<QString> changed;
    for (const QJsonValue& e : m_d.journal.value(QLatin1String("steps")).toArray())
        changed.insert(e[QStringLiteral("area")].toString());
    QStringList right;
    for (const QString& area : m_d.plan.areas)
        if (!changed.contains(area))
            right << area;
    return right.join(QStringLiteral(", "));
}

QString ReportBuilder::nothingConfigured() const
{
    return m_d.plan.prerequisitesMet
        ? Text::tr("Nothing was configured: the profile cannot be applied to this tenant as it is (errors below).")
        : Text::tr("Nothing was configured: this tenant does not meet the integration's prerequisites (below).");
}

QList<QPair<QString, QString>> ReportBuilder::settings() const
{
    QList<QPair<QString, QString>> rows;
    const Profile& p = m_d.profile;
    rows.append({Text::tr("Tenant › Gainsight URL"), p.tenant.gainsightUrl.isEmpty() ? m_d.gainsightUrl : p.tenant.gainsightUrl});
    rows.append({Text::tr("Tenant › Staircase URL"), p.tenant.staircaseUrl});
    rows.append({Text::tr("Tenant › Subdomain"), p.tenant.subdomain.isEmpty() ? m_d.tenant.subdomain : p.tenant.subdomain});
    if (m_d.plan.publicApi && !p.confirmed.isEmpty()) {
        // What the admin confirmed where no documented API could tell (a public-API tenant).
        const auto word = [](const std::optional<bool>& v, const QString& yes, const QString& no) {
            return !v ? Text::tr("not confirmed") : *v ? yes : no;
        };
        const QString yes = Text::tr("yes (confirmed by the admin)"), no = Text::tr("no (confirmed by the admin)");
        rows.append({Text::tr("Confirmed › Gainsight CS subscription"), word(p.confirmed.csSubscription, yes, no)});
        rows.append({Text::tr("Confirmed › Staircase AI subscription"), word(p.confirmed.staircaseSubscription, yes, no)});
        rows.append({Text::tr("Confirmed › Admin on both platforms"), word(p.confirmed.adminAccess, yes, no)});
        rows.append({Text::tr("Confirmed › Primary CRM"),
                     word(p.confirmed.gainsightPrimary, Text::tr("Gainsight (confirmed by the admin)"),
                          Text::tr("Salesforce (confirmed by the admin)"))});
        rows.append({Text::tr("Confirmed › AI Follow-Up"), word(p.confirmed.aiFollowUp, yes, no)});
    }
    if (p.activation) {
        rows.append({Text::tr("Activation › Path"), p.activation->path == QLatin1String("upgrade")
                                                          ? Text::tr("upgrade the connection (AI Follow-Up active)")
                                                          : Text::tr("integration request, then connect Staircase")});
        rows.append({Text::tr("Activation › Support contact"), p.activation->supportContact});
        rows.append({Text::tr("Activation › Note to support"), p.activation->supportNote});
    }
    if (p.crm)
        rows.append({Text::tr("CRM sync"), CrmArea::describe(toJson(*p.crm))});
    if (p.fieldMappings)
        for (const FieldMapping& m : *p.fieldMappings) {
            QString label = m.staircaseField;
            for (const StaircaseAccountField& f : standardStaircaseAccountFields())
                if (f.key == m.staircaseField)
                    label = f.label;
            rows.append({Text::tr("Field mapping › %1").arg(label), m.gainsightField});
        }
    if (p.userAccess)
        rows.append({Text::tr("User access"), Text::tr("%n assignment(s)", nullptr, int(p.userAccess->assignments.size()))
                                                   + (p.userAccess->fixUsernameMismatches ? Text::tr("; fix username ≠ email") : QString())});
    if (p.layouts)
        for (const LayoutPlacement& l : *p.layouts)
            rows.append({Text::tr("Layout › %1").arg(l.layoutName.isEmpty() ? l.layoutId : QStringLiteral("%1 (%2)").arg(l.layoutName, l.layoutId)), Text::tr("\"%1\" at position %2").arg(l.sectionLabel).arg(l.position + 1)});
    if (p.dashboard)
        rows.append({Text::tr("Executive dashboard"), DashboardArea::describe(toJson(*p.dashboard), {})});
    return rows;
}

QJsonObject ReportBuilder::json() const
{
    QJsonArray steps;
    QJsonArray byHand;
    for (const ReportData::ByHand& b : m_d.byHand)
        byHand.append(QJsonObject{{QStringLiteral("id"), b.step.id},
                                  {QStringLiteral("title"), b.step.title},
                                  {QStringLiteral("status"), b.confirmed ? QStringLiteral("confirmed") : QStringLiteral("unconfirmed")},
                                  {QStringLiteral("by"), b.by},
                                  {QStringLiteral("at"), b.at},
                                  {QStringLiteral("instructions"), QJsonArray::fromStringList(b.step.instructions)},
                                  {QStringLiteral("values"), b.step.values}});
    for (int i = 0; i < m_d.plan.steps.size(); ++i) {
        QJsonObject s = toJson(m_d.plan.steps.at(i));
        if (i < m_d.results.size()) {
            s.insert(QStringLiteral("status"), statusName(m_d.results.at(i).status));
            s.insert(QStringLiteral("message"), m_d.results.at(i).message);
        } else {
            s.insert(QStringLiteral("status"), m_d.applied ? QStringLiteral("not-run") : QStringLiteral("planned"));
        }
        steps.append(s);
    }
    QJsonArray checks;
    for (const VerifyCheck& c : m_d.checks)
        checks.append(toJson(c));
    return QJsonObject{
        {QStringLiteral("schema"), QStringLiteral("banister.report/1")},
        {QStringLiteral("generated"), m_d.generated.toString(Qt::ISODate)},
        {QStringLiteral("banisterVersion"), QStringLiteral(BANISTER_VERSION)},
        {QStringLiteral("tenant"), QJsonObject{{QStringLiteral("name"), m_d.tenant.tenantName},
                                               {QStringLiteral("subdomain"), m_d.tenant.subdomain},
                                               {QStringLiteral("gainsightUrl"), m_d.gainsightUrl},
                                               {QStringLiteral("primaryCrm"), m_d.tenant.primaryCrm},
                                               {QStringLiteral("aiFollowUp"), m_d.tenant.aiFollowUp},
                                               {QStringLiteral("admin"), m_d.tenant.callerEmail}}},
        {QStringLiteral("profile"), toJson(m_d.profile)},
        {QStringLiteral("plan"), QJsonObject{{QStringLiteral("steps"), steps},
                                             {QStringLiteral("errors"), QJsonArray::fromStringList(m_d.plan.errors)}}},
        {QStringLiteral("apply"), QJsonObject{{QStringLiteral("ran"), m_d.applied}, {QStringLiteral("outcome"), m_d.applyOutcome}}},
        {QStringLiteral("verification"), QJsonObject{{QStringLiteral("ran"), m_d.verified}, {QStringLiteral("checks"), checks}}},
        {QStringLiteral("byHand"), byHand},
        {QStringLiteral("whatToExpect"), QJsonArray::fromStringList(m_d.whatToExpect)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(m_d.warnings + m_d.plan.warnings)},
        {QStringLiteral("manualSteps"), QJsonArray::fromStringList(m_d.manualSteps)},
        {QStringLiteral("journal"), m_d.journal.isEmpty() ? QJsonValue() : QJsonValue(m_d.journal)},
        {QStringLiteral("matchingAccounts"), m_d.matchingAccounts < 0 ? QJsonValue() : QJsonValue(double(m_d.matchingAccounts))}};
}

QByteArray ReportBuilder::canonical() const
{
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    return QJsonDocument(json()).toJson(QJsonDocument::Compact);
}

QString ReportBuilder::digest() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256).toHex());
}

namespace {
QByteArray jsonFile(const QJsonObject& canonicalJson, const QString& digest)
{
    QJsonObject o = canonicalJson;
    o.insert(QStringLiteral("digest"), QStringLiteral("sha256:") + digest);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}
} // namespace

QString ReportBuilder::check(const QByteArray& bytes)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Text::tr("not a JSON report: %1").arg(pe.errorString());
    QJsonObject o = doc.object();
    if (o.value(QLatin1String("schema")).toString() != QLatin1String("banister.report/1"))
        return Text::tr("not a Banister report (schema \"%1\")").arg(o.value(QLatin1String("schema")).toString());
    const QString recorded = o.value(QLatin1String("digest")).toString();
    if (!recorded.startsWith(QLatin1String("sha256:")))
        return Text::tr("the report has no digest");
    o.remove(QStringLiteral("digest"));
    const QString actual = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
    if (recorded.mid(7) != actual)
        return Text::tr("the digest does not match the content: the report was changed after it was written");
    if (jsonFile(o, actual) != bytes)
        return Text::tr("the file is not exactly as Banister wrote it (its layout was changed)");
    return {};
}

namespace {
struct AppliedRow
{
    QString title, before, after, result, requestIds, when;
    bool ok = false;
};
struct RoleRow
{
    QString name, email, before, after;
};

QString roleWords(const QJsonValue& gsRoles)
{
    const QString role = profileRoleOf(gsRoles.toVariant().toStringList());
    return role == QLatin1String("None") ? Text::tr("no Staircase role") : staircaseRoleName(role);
}

// A long list (a batch of 50 role changes) reads as its first line and a count; the role table has all of them.
QString shortened(const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() <= 3)
        return lines.join(QStringLiteral("; "));
    return Text::tr("%1 (+ %n more, see the role changes)", nullptr, int(lines.size() - 1)).arg(lines.first());
}

QList<AppliedRow> appliedRows(const QJsonObject& journal)
{
    QList<AppliedRow> rows;
    for (const QJsonValue& e : journal.value(QLatin1String("steps")).toArray()) {
        AppliedRow r;
        r.title = e[QStringLiteral("title")].toString();
        r.before = shortened(e[QStringLiteral("beforeText")].toString());
        r.after = shortened(e[QStringLiteral("afterText")].toString());
        r.result = e[QStringLiteral("status")].toString() + QStringLiteral(": ") + e[QStringLiteral("message")].toString();
        r.ok = e[QStringLiteral("status")].toString() == QLatin1String("done");
        r.requestIds = e[QStringLiteral("requestIds")].toVariant().toStringList().join(QStringLiteral(", "));
        r.when = e[QStringLiteral("started")].toString().isEmpty()
            ? QString()
            : QStringLiteral("%1 – %2").arg(e[QStringLiteral("started")].toString(), e[QStringLiteral("finished")].toString());
        rows << r;
    }
    return rows;
}

QList<RoleRow> roleRows(const QJsonObject& journal)
{
    QList<RoleRow> rows;
    for (const QJsonValue& e : journal.value(QLatin1String("steps")).toArray()) {
        if (!e[QStringLiteral("id")].toString().startsWith(QLatin1String("users.roles."))
            || e[QStringLiteral("status")].toString() != QLatin1String("done"))
            continue;
        for (const QJsonValue& u : e[QStringLiteral("after")][QStringLiteral("users")].toArray())
            rows << RoleRow{u[QStringLiteral("name")].toString(), u[QStringLiteral("email")].toString(),
                            roleWords(u[QStringLiteral("before")]), roleWords(u[QStringLiteral("gsRoles")])};
    }
    return rows;
}

QString journalLine(const QJsonObject& j)
{
    return Text::tr("Applied by %1 on %2, from %3 to %4: %5.")
        .arg(j.value(QLatin1String("admin")).toString(), j.value(QLatin1String("tenant")).toString(),
             j.value(QLatin1String("started")).toString(), j.value(QLatin1String("finished")).toString(),
             j.value(QLatin1String("outcome")).toString());
}
} // namespace

QString ReportBuilder::html() const
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style></head><body>")
             .arg(esc(Text::tr("Banister setup report")), QLatin1String(kCss));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(Text::tr("Staircase AI integration — setup report")));
    h += QStringLiteral("<p class=\"muted\">%1</p>")
             .arg(esc(Text::tr("%1 (%2) · generated %3 · Banister %4 · admin %5")
                          .arg(m_d.tenant.tenantName, m_d.tenant.subdomain,
                               m_d.generated.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                               QStringLiteral(BANISTER_VERSION), m_d.tenant.callerEmail)));

    h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th></tr>")
             .arg(esc(Text::tr("Settings chosen")), esc(Text::tr("Setting")), esc(Text::tr("Value")));
    for (const auto& row : settings())
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(row.first), esc(row.second));
    h += QStringLiteral("</table>");

    if (!m_d.journal.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(Text::tr("What was applied")), esc(journalLine(m_d.journal)));
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                 .arg(esc(Text::tr("Step")), esc(Text::tr("Before")), esc(Text::tr("After")), esc(Text::tr("Result")),
                      esc(Text::tr("Request ids")), esc(Text::tr("When (UTC)")));
        for (const AppliedRow& r : appliedRows(m_d.journal))
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"%4\">%5</td><td>%6</td><td>%7</td></tr>")
                     .arg(esc(r.title), esc(r.before), esc(r.after), r.ok ? QStringLiteral("ok") : QStringLiteral("bad"),
                          esc(r.result), esc(r.requestIds), esc(r.when));
        h += QStringLiteral("</table>");
        const QList<RoleRow> roles = roleRows(m_d.journal);
        if (!roles.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                     .arg(esc(Text::tr("Role changes (%n)", nullptr, int(roles.size()))), esc(Text::tr("Name")),
                          esc(Text::tr("Email")), esc(Text::tr("Before")), esc(Text::tr("After")));
            for (const RoleRow& r : roles)
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                         .arg(esc(r.name), esc(r.email), esc(r.before), esc(r.after));
            h += QStringLiteral("</table>");
        }
    }
    if (!m_d.journal.isEmpty() && !alreadyRight().isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("Already as the profile asks, nothing changed: %1.").arg(alreadyRight())));
    if (m_d.matchingAccounts >= 0)
        h += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("The CRM filter matches %n account(s) at report time.", nullptr, int(m_d.matchingAccounts))));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(m_d.journal.isEmpty() ? Text::tr("Plan and result") : Text::tr("Plan now")));
    if (!m_d.plan.canApply()) {
        h += QStringLiteral("<p class=\"bad\">%1</p>").arg(esc(nothingConfigured()));
    } else if (m_d.plan.steps.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(Text::tr("Nothing to change: the tenant already matches the profile.")));
    } else {
        h += QStringLiteral("<table><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                 .arg(esc(Text::tr("Step")), esc(Text::tr("Before")), esc(Text::tr("After")), esc(Text::tr("Result")));
        for (int i = 0; i < m_d.plan.steps.size(); ++i) {
            const PlanStep& s = m_d.plan.steps.at(i);
            if (s.isManual())
                continue; // listed with the steps done by hand
            QString result = m_d.applied ? Text::tr("not run") : Text::tr("planned");
            QString cls = QStringLiteral("muted");
            if (i < m_d.results.size()) {
                result = statusName(m_d.results.at(i).status) + QStringLiteral(": ") + m_d.results.at(i).message;
                cls = m_d.results.at(i).status == StepResult::Status::Done ? QStringLiteral("ok") : QStringLiteral("bad");
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
                     .arg(esc(b.step.title), b.confirmed ? QStringLiteral("ok") : QStringLiteral("warn"), esc(byHandStatus(b)));
            for (const QString& i : b.step.instructions)
                h += QStringLiteral("<li>%1</li>").arg(esc(i));
            h += QStringLiteral("</ol>");
            if (!b.step.values.isEmpty())
                h += QStringLiteral("<pre>%1</pre>").arg(esc(b.step.values));
        }
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Verification")));
    if (!m_d.verified) {
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(Text::tr("Verification has not run.")));
    } else {
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                 .arg(esc(Text::tr("Check")), esc(Text::tr("Result")), esc(Text::tr("Detail")));
        for (const VerifyCheck& c : m_d.checks)
            h += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td><td>%4</td></tr>")
                     .arg(esc(c.title), c.warning ? QStringLiteral("warn") : c.passed ? QStringLiteral("ok") : QStringLiteral("bad"),
                          esc(c.warning ? Text::tr("WARN")
                              : c.basis == VerifyCheck::Basis::Confirmed   ? Text::tr("confirmed")
                              : c.basis == VerifyCheck::Basis::Unconfirmed ? Text::tr("not yet confirmed")
                              : c.passed                                   ? Text::tr("pass")
                                                                           : Text::tr("FAIL")),
                          esc(c.detail));
        h += QStringLiteral("</table>");
    }
    const QStringList warnings = m_d.warnings + m_d.plan.warnings;
    if (!warnings.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Still to do in Gainsight (%n warning(s))", nullptr, int(warnings.size()))));
        for (const QString& w : warnings)
            h += QStringLiteral("<p class=\"warn\">%1</p>").arg(esc(w));
    }
    if (!m_d.whatToExpect.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(Text::tr("What to expect next")));
        for (const QString& w : m_d.whatToExpect)
            h += QStringLiteral("<li>%1</li>").arg(esc(w));
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(Text::tr("What remains manual (%n)", nullptr, int(m_d.manualSteps.size()))));
    for (const QString& m : m_d.manualSteps)
        h += QStringLiteral("<li>%1</li>").arg(esc(m));
    h += QStringLiteral("</ul><p class=\"muted\">%1</p></body></html>")
             .arg(esc(Text::tr("Evidence digest (SHA-256 of the report's canonical JSON): %1").arg(digest())));
    return h;
}

QString ReportBuilder::markdown() const
{
    QString m;
    m += QStringLiteral("# %1\n\n").arg(Text::tr("Staircase AI integration — setup report"));
    m += Text::tr("%1 (%2) · generated %3 · Banister %4 · admin %5")
             .arg(mdText(m_d.tenant.tenantName), mdText(m_d.tenant.subdomain),
                  m_d.generated.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), QStringLiteral(BANISTER_VERSION),
                  mdText(m_d.tenant.callerEmail))
        + QStringLiteral("\n\n## %1\n\n| %2 | %3 |\n|---|---|\n").arg(Text::tr("Settings chosen"), Text::tr("Setting"), Text::tr("Value"));
    for (const auto& row : settings())
        m += QStringLiteral("| %1 | %2 |\n").arg(md(row.first), md(row.second));
    if (!m_d.journal.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n%2\n\n| %3 | %4 | %5 | %6 | %7 | %8 |\n|---|---|---|---|---|---|\n")
                 .arg(Text::tr("What was applied"), mdText(journalLine(m_d.journal)), Text::tr("Step"), Text::tr("Before"),
                      Text::tr("After"), Text::tr("Result"), Text::tr("Request ids"), Text::tr("When (UTC)"));
        for (const AppliedRow& r : appliedRows(m_d.journal))
            m += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n").arg(md(r.title), md(r.before), md(r.after), md(r.result), md(r.requestIds), md(r.when));
        const QList<RoleRow> roles = roleRows(m_d.journal);
        if (!roles.isEmpty()) {
            m += QStringLiteral("\n### %1\n\n| %2 | %3 | %4 | %5 |\n|---|---|---|---|\n")
                     .arg(Text::tr("Role changes (%n)", nullptr, int(roles.size())), Text::tr("Name"), Text::tr("Email"),
                          Text::tr("Before"), Text::tr("After"));
            for (const RoleRow& r : roles)
                m += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(md(r.name), md(r.email), md(r.before), md(r.after));
        }
    }
    if (!m_d.journal.isEmpty() && !alreadyRight().isEmpty())
        m += QStringLiteral("\n") + mdText(Text::tr("Already as the profile asks, nothing changed: %1.").arg(alreadyRight())) + QStringLiteral("\n");
    if (m_d.matchingAccounts >= 0)
        m += QStringLiteral("\n") + Text::tr("The CRM filter matches %n account(s) at report time.", nullptr, int(m_d.matchingAccounts)) + QStringLiteral("\n");
    m += QStringLiteral("\n## %1\n\n").arg(m_d.journal.isEmpty() ? Text::tr("Plan and result") : Text::tr("Plan now"));
    if (!m_d.plan.canApply())
        m += nothingConfigured() + QStringLiteral("\n");
    else if (m_d.plan.steps.isEmpty())
        m += Text::tr("Nothing to change: the tenant already matches the profile.") + QStringLiteral("\n");
    else
        m += QStringLiteral("| # | %1 | %2 | %3 | %4 |\n|---|---|---|---|---|\n")
                 .arg(Text::tr("Step"), Text::tr("Before"), Text::tr("After"), Text::tr("Result"));
    for (int i = 0; i < m_d.plan.steps.size(); ++i) {
        const PlanStep& s = m_d.plan.steps.at(i);
        if (s.isManual())
            continue; // listed with the steps done by hand
        const QString result = i < m_d.results.size()
            ? statusName(m_d.results.at(i).status) + QStringLiteral(": ") + m_d.results.at(i).message
            : (m_d.applied ? Text::tr("not run") : Text::tr("planned"));
        m += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n").arg(i + 1).arg(md(s.title), md(s.beforeText), md(s.afterText), md(result));
    }
    for (const QString& e : m_d.plan.errors)
        m += QStringLiteral("\n**%1** %2\n").arg(Text::tr("Error:"), mdText(e));
    if (!m_d.byHand.isEmpty()) {
        m += QStringLiteral("\n## %1\n").arg(mdText(byHandTitle()));
        for (const ReportData::ByHand& b : m_d.byHand) {
            m += QStringLiteral("\n### %1\n\n%2 %3\n\n").arg(mdText(b.step.title), b.confirmed ? QStringLiteral("✅") : QStringLiteral("⏳"),
                                                            mdText(byHandStatus(b)));
            for (int i = 0; i < b.step.instructions.size(); ++i)
                m += QStringLiteral("%1. %2\n").arg(i + 1).arg(mdText(b.step.instructions.at(i)));
            if (!b.step.values.isEmpty())
                for (const QString& line : b.step.values.split(QLatin1Char('\n')))
                    m += QStringLiteral("    %1\n").arg(line);
        }
    }
    m += QStringLiteral("\n## %1\n\n").arg(Text::tr("Verification"));
    if (!m_d.verified)
        m += Text::tr("Verification has not run.") + QStringLiteral("\n");
    for (const VerifyCheck& c : m_d.checks)
        m += QStringLiteral("- %1 **%2** — %3\n").arg(c.warning ? QStringLiteral("⚠️") : c.passed ? QStringLiteral("✅")
                                                      : c.basis == VerifyCheck::Basis::Unconfirmed ? QStringLiteral("⏳")
                                                                                                   : QStringLiteral("❌"),
                                                      mdText(c.title), mdText(c.detail));
    const QStringList warnings = m_d.warnings + m_d.plan.warnings;
    if (!warnings.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n").arg(Text::tr("Still to do in Gainsight (%n warning(s))", nullptr, int(warnings.size())));
        for (const QString& w : warnings)
            m += QStringLiteral("- %1\n").arg(mdText(w));
    }
    if (!m_d.whatToExpect.isEmpty()) {
        m += QStringLiteral("\n## %1\n\n").arg(Text::tr("What to expect next"));
        for (const QString& w : m_d.whatToExpect)
            m += QStringLiteral("- %1\n").arg(mdText(w));
    }
    m += QStringLiteral("\n## %1\n\n").arg(Text::tr("What remains manual (%n)", nullptr, int(m_d.manualSteps.size())));
    for (const QString& s : m_d.manualSteps)
        m += QStringLiteral("- %1\n").arg(mdText(s));
    m += QStringLiteral("\n---\n\n") + Text::tr("Evidence digest (SHA-256 of the report's canonical JSON): %1").arg(digest())
        + QStringLiteral("\n");
    return m;
}

QString ReportBuilder::writePdf(const QString& path) const
{
    if (const QString refused = refuseReadOnly(path); !refused.isEmpty())
        return refused;
    // Into a QSaveFile like the other formats: the old report stays whole until the new one is complete.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Text::tr("cannot write %1: %2").arg(path, f.errorString());
    {
        QPdfWriter writer(&f);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(Text::tr("Banister setup report"));
        writer.setCreator(QStringLiteral("Banister " BANISTER_VERSION));
        QTextDocument doc;
        doc.setHtml(html());
        doc.print(&writer); // leave the page size unset: print() paginates at the writer's resolution
    }
    if (f.error() != QFileDevice::NoError || f.size() == 0) {
        const QString error = f.error() != QFileDevice::NoError ? f.errorString() : Text::tr("no PDF was produced");
        f.cancelWriting();
        f.commit();
        return Text::tr("cannot write %1: %2").arg(path, error);
    }
    if (!f.commit())
        return Text::tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

QString ReportBuilder::write(const QString& path) const
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (!supportedExtensions().contains(ext))
        return Text::tr("unknown report format \".%1\"; use .html, .md, .json or .pdf").arg(ext);
    if (ext == QLatin1String("pdf"))
        return writePdf(path);
    if (const QString refused = refuseReadOnly(path); !refused.isEmpty())
        return refused;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Text::tr("cannot write %1: %2").arg(path, f.errorString());
    const QByteArray bytes = ext == QLatin1String("json") ? jsonFile(json(), digest())
        : ext == QLatin1String("md")                      ? markdown().toUtf8()
                                                          : html().toUtf8();
    f.write(bytes);
    if (!f.commit())
        return Text::tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

} // namespace banister
