#include "report/ReportBuilder.h"

#include "core/CompanyField.h"
#include "engine/CrmArea.h"
#include "engine/DashboardArea.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>

namespace banister {

namespace {
struct ReportBuilderText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// A target nobody may write to is refused, also for a user (root) whom the file system would let through.
QString refuseReadOnly(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!info.isFile())
        return ReportBuilderText::tr("cannot write %1: it is not a regular file").arg(path);
    if (!info.isWritable() || !(info.permissions() & anyWrite))
        return ReportBuilderText::tr("cannot write %1: the file is read-only").arg(path);
    return {};
}
} // namespace

ReportBuilder::ReportBuilder(ReportData data)
    : m_d(std::move(data))
{
}

QStringList ReportBuilder::supportedExtensions()
{
    return { QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("md"), QStringLiteral("json"),
             QStringLiteral("pdf") };
}

QString ReportBuilder::byHandTitle() const
{
    const int confirmed = int(
        std::count_if(m_d.byHand.begin(), m_d.byHand.end(), [](const ReportData::ByHand& b) { return b.confirmed; }));
    return ReportBuilderText::tr(
               "Done by hand in Gainsight or Staircase (%1 of %n confirmed); no documented API can do these", nullptr,
               int(m_d.byHand.size()))
        .arg(confirmed);
}

QString ReportBuilder::byHandStatus(const ReportData::ByHand& b)
{
    return b.confirmed ? ReportBuilderText::tr("Confirmed by %1 at %2.").arg(b.by, b.at)
                       : ReportBuilderText::tr("Not yet confirmed.");
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
        ? ReportBuilderText::tr(
            "Nothing was configured: the profile cannot be applied to this tenant as it is (errors below).")
        : ReportBuilderText::tr(
            "Nothing was configured: this tenant does not meet the integration's prerequisites (below).");
}

QList<QPair<QString, QString>> ReportBuilder::settings() const
{
    QList<QPair<QString, QString>> rows;
    const Profile& p = m_d.profile;
    rows.append({ ReportBuilderText::tr("Tenant › Gainsight URL"),
                  p.tenant.gainsightUrl.isEmpty() ? m_d.gainsightUrl : p.tenant.gainsightUrl });
    rows.append({ ReportBuilderText::tr("Tenant › Staircase URL"), p.tenant.staircaseUrl });
    rows.append({ ReportBuilderText::tr("Tenant › Subdomain"),
                  p.tenant.subdomain.isEmpty() ? m_d.tenant.subdomain : p.tenant.subdomain });
    if (m_d.plan.publicApi && !p.confirmed.isEmpty()) {
        // What the admin confirmed where no documented API could tell (a public-API tenant).
        const auto word = [](const std::optional<bool>& v, const QString& yes, const QString& no) {
            return !v ? ReportBuilderText::tr("not confirmed") : *v ? yes : no;
        };
        const QString yes = ReportBuilderText::tr("yes (confirmed by the admin)"),
                      no = ReportBuilderText::tr("no (confirmed by the admin)");
        rows.append({ ReportBuilderText::tr("Confirmed › Gainsight CS subscription"),
                      word(p.confirmed.csSubscription, yes, no) });
        rows.append({ ReportBuilderText::tr("Confirmed › Staircase AI subscription"),
                      word(p.confirmed.staircaseSubscription, yes, no) });
        rows.append(
            { ReportBuilderText::tr("Confirmed › Admin on both platforms"), word(p.confirmed.adminAccess, yes, no) });
        rows.append({ ReportBuilderText::tr("Confirmed › Primary CRM"),
                      word(p.confirmed.gainsightPrimary, ReportBuilderText::tr("Gainsight (confirmed by the admin)"),
                           ReportBuilderText::tr("Salesforce (confirmed by the admin)")) });
        rows.append({ ReportBuilderText::tr("Confirmed › AI Follow-Up"), word(p.confirmed.aiFollowUp, yes, no) });
    }
    if (p.activation) {
        rows.append({ ReportBuilderText::tr("Activation › Path"),
                      p.activation->path == QLatin1String("upgrade")
                          ? ReportBuilderText::tr("upgrade the connection (AI Follow-Up active)")
                          : ReportBuilderText::tr("integration request, then connect Staircase") });
        rows.append({ ReportBuilderText::tr("Activation › Support contact"), p.activation->supportContact });
        rows.append({ ReportBuilderText::tr("Activation › Note to support"), p.activation->supportNote });
    }
    if (p.crm)
        rows.append({ ReportBuilderText::tr("CRM sync"), CrmArea::describe(toJson(*p.crm)) });
    if (p.fieldMappings)
        for (const FieldMapping& m : *p.fieldMappings) {
            QString label = m.staircaseField;
            for (const StaircaseAccountField& f : standardStaircaseAccountFields())
                if (f.key == m.staircaseField)
                    label = f.label;
            rows.append({ ReportBuilderText::tr("Field mapping › %1").arg(label), m.gainsightField });
        }
    if (p.userAccess)
        rows.append({ ReportBuilderText::tr("User access"),
                      ReportBuilderText::tr("%n assignment(s)", nullptr, int(p.userAccess->assignments.size()))
                          + (p.userAccess->fixUsernameMismatches ? ReportBuilderText::tr("; fix username ≠ email")
                                                                 : QString()) });
    if (p.layouts)
        for (const LayoutPlacement& l : *p.layouts)
            rows.append({ ReportBuilderText::tr("Layout › %1")
                              .arg(l.layoutName.isEmpty() ? l.layoutId
                                                          : QStringLiteral("%1 (%2)").arg(l.layoutName, l.layoutId)),
                          ReportBuilderText::tr("\"%1\" at position %2").arg(l.sectionLabel).arg(l.position + 1) });
    if (p.dashboard)
        rows.append(
            { ReportBuilderText::tr("Executive dashboard"), DashboardArea::describe(toJson(*p.dashboard), {}) });
    return rows;
}

QJsonObject ReportBuilder::json() const
{
    QJsonArray steps;
    QJsonArray byHand;
    for (const ReportData::ByHand& b : m_d.byHand)
        byHand.append(QJsonObject {
            { QStringLiteral("id"), b.step.id },
            { QStringLiteral("title"), b.step.title },
            { QStringLiteral("status"), b.confirmed ? QStringLiteral("confirmed") : QStringLiteral("unconfirmed") },
            { QStringLiteral("by"), b.by },
            { QStringLiteral("at"), b.at },
            { QStringLiteral("instructions"), QJsonArray::fromStringList(b.step.instructions) },
            { QStringLiteral("values"), b.step.values } });
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
    return QJsonObject {
        { QStringLiteral("schema"), QStringLiteral("banister.report/1") },
        { QStringLiteral("generated"), m_d.generated.toString(Qt::ISODate) },
        { QStringLiteral("banisterVersion"), QStringLiteral(BANISTER_VERSION) },
        { QStringLiteral("tenant"),
          QJsonObject { { QStringLiteral("name"), m_d.tenant.tenantName },
                        { QStringLiteral("subdomain"), m_d.tenant.subdomain },
                        { QStringLiteral("gainsightUrl"), m_d.gainsightUrl },
                        { QStringLiteral("primaryCrm"), m_d.tenant.primaryCrm },
                        { QStringLiteral("aiFollowUp"), m_d.tenant.aiFollowUp },
                        { QStringLiteral("admin"), m_d.tenant.callerEmail } } },
        { QStringLiteral("profile"), toJson(m_d.profile) },
        { QStringLiteral("plan"),
          QJsonObject { { QStringLiteral("steps"), steps },
                        { QStringLiteral("errors"), QJsonArray::fromStringList(m_d.plan.errors) } } },
        { QStringLiteral("apply"),
          QJsonObject { { QStringLiteral("ran"), m_d.applied }, { QStringLiteral("outcome"), m_d.applyOutcome } } },
        { QStringLiteral("verification"),
          QJsonObject { { QStringLiteral("ran"), m_d.verified }, { QStringLiteral("checks"), checks } } },
        { QStringLiteral("byHand"), byHand },
        { QStringLiteral("whatToExpect"), QJsonArray::fromStringList(m_d.whatToExpect) },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(m_d.warnings + m_d.plan.warnings) },
        { QStringLiteral("manualSteps"), QJsonArray::fromStringList(m_d.manualSteps) },
        { QStringLiteral("journal"), m_d.journal.isEmpty() ? QJsonValue() : QJsonValue(m_d.journal) },
        { QStringLiteral("matchingAccounts"),
          m_d.matchingAccounts < 0 ? QJsonValue() : QJsonValue(double(m_d.matchingAccounts)) }
    };
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
        return ReportBuilderText::tr("not a JSON report: %1").arg(pe.errorString());
    QJsonObject o = doc.object();
    if (o.value(QLatin1String("schema")).toString() != QLatin1String("banister.report/1"))
        return ReportBuilderText::tr("not a Banister report (schema \"%1\")")
            .arg(o.value(QLatin1String("schema")).toString());
    const QString recorded = o.value(QLatin1String("digest")).toString();
    if (!recorded.startsWith(QLatin1String("sha256:")))
        return ReportBuilderText::tr("the report has no digest");
    o.remove(QStringLiteral("digest"));
    const QString actual = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
    if (recorded.mid(7) != actual)
        return ReportBuilderText::tr(
            "the digest does not match the content: the report was changed after it was written");
    if (jsonFile(o, actual) != bytes)
        return ReportBuilderText::tr("the file is not exactly as Banister wrote it (its layout was changed)");
    return {};
}

QString ReportBuilder::writePdf(const QString& path) const
{
    if (const QString refused = refuseReadOnly(path); !refused.isEmpty())
        return refused;
    // Into a QSaveFile like the other formats: the old report stays whole until the new one is complete.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return ReportBuilderText::tr("cannot write %1: %2").arg(path, f.errorString());
    {
        QPdfWriter writer(&f);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(ReportBuilderText::tr("Banister setup report"));
        writer.setCreator(QStringLiteral("Banister " BANISTER_VERSION));
        QTextDocument doc;
        doc.setHtml(html());
        doc.print(&writer); // leave the page size unset: print() paginates at the writer's resolution
    }
    if (f.error() != QFileDevice::NoError || f.size() == 0) {
        const QString error
            = f.error() != QFileDevice::NoError ? f.errorString() : ReportBuilderText::tr("no PDF was produced");
        f.cancelWriting();
        f.commit();
        return ReportBuilderText::tr("cannot write %1: %2").arg(path, error);
    }
    if (!f.commit())
        return ReportBuilderText::tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

QString ReportBuilder::write(const QString& path) const
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (!supportedExtensions().contains(ext))
        return ReportBuilderText::tr("unknown report format \".%1\"; use .html, .md, .json or .pdf").arg(ext);
    if (ext == QLatin1String("pdf"))
        return writePdf(path);
    if (const QString refused = refuseReadOnly(path); !refused.isEmpty())
        return refused;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return ReportBuilderText::tr("cannot write %1: %2").arg(path, f.errorString());
    const QByteArray bytes = ext == QLatin1String("json") ? jsonFile(json(), digest())
        : ext == QLatin1String("md")                      ? markdown().toUtf8()
                                                          : html().toUtf8();
    f.write(bytes);
    if (!f.commit())
        return ReportBuilderText::tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

} // namespace banister
