#include "models/LayoutsModel.h"

#include <QTimer>

#include "core/Graphemes.h"
#include "net/TenantClient.h"

#include <QJsonArray>

namespace banister {

LayoutsModel::LayoutsModel(TenantClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void LayoutsModel::load()
{
    const quint64 ticket = beginLoad();
    Q_EMIT changed();
    if (m_client->publicApiOnly()) {
        // No documented API lists the 360 layouts: the profile's layouts, and those the admin names, stand in.
        const QList<LayoutPlacement> known = m_pending.held().value_or(placements());
        for (const LayoutPlacement& p : known)
            if (!find(p.layoutId))
                m_layouts << Layout { p.layoutId,
                                      p.layoutName.isEmpty() ? p.layoutId : p.layoutName,
                                      p.layoutId.startsWith(QLatin1String("p360"), Qt::CaseInsensitive)
                                          ? QStringLiteral("P360")
                                          : QStringLiteral("C360"),
                                      {} };
        setLoaded(true);
        if (m_pending.isHeld())
            setPlacements(m_pending.take());
        else if (!hasDraft())
            setDraftIsTenants(true); // nothing chosen yet: a full-API tenant connected next lists its own
        setHasDraft(true);
        QTimer::singleShot(0, this, [this, ticket] {
            if (isCurrent(ticket)) {
                endLoad();
                Q_EMIT changed();
            }
        });
        return;
    }
    ApiJob* job = m_client->layouts();
    connect(job, &ApiJob::finished, this, [this, ticket](const ApiResult& r) {
        if (!isCurrent(ticket))
            return;
        if (!r.ok()) {
            endLoad(r.error.message());
            Q_EMIT changed();
            return;
        }
        m_layouts.clear();
        for (const QJsonValue& l : r.data[QStringLiteral("layouts")].toArray()) {
            Layout layout { l[QStringLiteral("id")].toString(),
                            l[QStringLiteral("name")].toString(),
                            l[QStringLiteral("type")].toString(),
                            {} };
            for (const QJsonValue& s : l[QStringLiteral("sections")].toArray())
                layout.sections.append({ s[QStringLiteral("key")].toString(), s[QStringLiteral("label")].toString() });
            m_layouts << layout;
        }
        endLoad();
        if (m_pending.isHeld())
            setPlacements(m_pending.take());
        else if (!hasDraft())
            startFromTenant();
        setHasDraft(true);
        Q_EMIT changed();
    });
}

void LayoutsModel::startFromTenant()
{
    // Layouts that already show the Staircase AI section are in the draft as they are: the plan leaves them alone
    // unless the admin moves, renames or removes the section.
    for (const Layout& l : std::as_const(m_layouts))
        for (int i = 0; i < l.sections.size(); ++i)
            if (l.sections.at(i).first == QLatin1String(kSectionKey))
                m_draft.insert(l.id, LayoutPlacement { l.id, l.sections.at(i).second, i, l.name });
    setDraftIsTenants(true);
}

const LayoutsModel::Layout* LayoutsModel::find(const QString& id) const
{
    for (const Layout& l : m_layouts)
        if (l.id == id)
            return &l;
    return nullptr;
}

QString LayoutsModel::problem() const
{
    if (m_draft.isEmpty())
        return tr("Choose at least one layout for the Staircase AI section.");
    return {};
}

void LayoutsModel::touched()
{
    setHasDraft(true);
    setDraftIsTenants(false);
}

void LayoutsModel::forgetTenant()
{
    StepModel::forgetTenant();
    ++m_searchGeneration;
    m_preview = {};
    m_refusal.clear();
    if (draftIsTenants()) { // only what the last tenant's layouts showed: the next tenant's are the draft
        m_draft.clear();
        setHasDraft(false);
        setDraftIsTenants(false);
    }
    m_layouts.clear();
    Q_EMIT changed();
}

void LayoutsModel::setIncluded(const QString& id, bool on)
{
    setHasDraft(true);
    if (on != m_draft.contains(id))
        touched();
    if (on && !m_draft.contains(id))
        m_draft.insert(id, LayoutPlacement { id, QStringLiteral("Staircase AI"), 1 });
    else if (!on)
        m_draft.remove(id);
    Q_EMIT changed();
}

QString LayoutsModel::label(const QString& id) const
{
    return m_draft.value(id, LayoutPlacement { id, QStringLiteral("Staircase AI"), 1 }).sectionLabel;
}

bool LayoutsModel::setLabel(const QString& id, const QString& label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty() || graphemeCount(trimmed) > 80) { // characters as a person counts them
        m_refusal = trimmed.isEmpty() ? tr("The section needs a label.") : tr("A label has at most 80 characters.");
        Q_EMIT changed();
        return false;
    }
    m_refusal.clear();
    if (m_draft.contains(id) && m_draft[id].sectionLabel != trimmed) {
        m_draft[id].sectionLabel = trimmed;
        touched();
    }
    Q_EMIT changed();
    return true;
}

int LayoutsModel::position(const QString& id) const
{
    return m_draft.value(id, LayoutPlacement { id, {}, 1 }).position;
}

void LayoutsModel::setPosition(const QString& id, int position)
{
    const Layout* l = find(id);
    if (!m_draft.contains(id) || !l)
        return;
    int others = 0;
    for (const auto& s : l->sections)
        others += s.first != QLatin1String(kSectionKey);
    const int clamped = std::clamp(position, 0, others);
    if (m_draft[id].position != clamped)
        touched();
    m_draft[id].position = clamped;
    Q_EMIT changed();
}

LayoutsModel::Sections LayoutsModel::sectionsOf(const QString& id) const
{
    const Layout* l = find(id);
    if (!l)
        return {};
    if (!m_draft.contains(id))
        return l->sections;
    Sections out;
    for (const auto& s : l->sections)
        if (s.first != QLatin1String(kSectionKey))
            out << s;
    const LayoutPlacement& p = m_draft.value(id);
    out.insert(std::clamp(p.position, 0, int(out.size())), { QLatin1String(kSectionKey), p.sectionLabel });
    return out;
}

bool LayoutsModel::isPublicApi() const
{
    return m_client->publicApiOnly();
}

bool LayoutsModel::addLayout(const QString& name)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || find(n))
        return false;
    m_layouts << Layout { n, n, QStringLiteral("C360"), {} };
    m_draft.insert(n, LayoutPlacement { n, QStringLiteral("Staircase AI"), 0, n });
    touched();
    Q_EMIT changed();
    return true;
}

QList<LayoutPlacement> LayoutsModel::placements() const
{
    if (!isLoaded() && m_pending.isHeld())
        return *m_pending.held(); // as opened, in the profile's order
    QList<LayoutPlacement> out;
    for (const Layout& l : m_layouts) // tenant order, so saved profiles are stable
        if (m_draft.contains(l.id))
            out << m_draft.value(l.id);
    for (const LayoutPlacement& p : m_draft) // layouts the tenant no longer has stay in the profile (the plan warns)
        if (!find(p.layoutId))
            out << p;
    return out;
}

void LayoutsModel::setPlacements(const std::optional<QList<LayoutPlacement>>& placements)
{
    if (!isLoaded())
        m_pending.hold(placements); // the latest profile opened before loading wins, also one without layouts
    m_draft.clear();
    for (const LayoutPlacement& p : placements.value_or(QList<LayoutPlacement> {}))
        m_draft.insert(p.layoutId, p);
    setHasDraft(placements.has_value());
    setDraftIsTenants(false);
    Q_EMIT changed();
}

void LayoutsModel::searchAccounts(const QString& text)
{
    const quint64 gen = ++m_searchGeneration;
    QJsonObject query { { QStringLiteral("select"), QJsonArray { QStringLiteral("Gsid"), QStringLiteral("Name") } },
                        { QStringLiteral("orderBy"),
                          QJsonObject { { QStringLiteral("Name"), QStringLiteral("asc") } } },
                        { QStringLiteral("limit"), 20 } };
    if (!text.trimmed().isEmpty())
        query.insert(QStringLiteral("where"),
                     QJsonObject { { QStringLiteral("conditions"),
                                     QJsonArray { QJsonObject {
                                         { QStringLiteral("name"), QStringLiteral("Name") },
                                         { QStringLiteral("operator"), QStringLiteral("CONTAINS") },
                                         { QStringLiteral("value"), QJsonArray { text.trimmed() } } } } } });
    ApiJob* job = m_client->queryCompany(query);
    connect(job, &ApiJob::finished, this, [this, gen](const ApiResult& r) {
        if (gen != m_searchGeneration)
            return; // an older search
        QList<QPair<QString, QString>> found;
        for (const QJsonValue& rec : r.data[QStringLiteral("records")].toArray())
            found.append({ rec[QStringLiteral("Gsid")].toString(), rec[QStringLiteral("Name")].toString() });
        if (!r.ok()) {
            setErrorText(r.error.message());
            Q_EMIT changed();
        }
        Q_EMIT accountsFound(found);
    });
}

void LayoutsModel::preview(const QString& layoutId, const QString& recordId)
{
    ApiJob* job = m_client->layoutPreview(layoutId, recordId);
    connect(job, &ApiJob::finished, this, [this, tenant = tenantGeneration()](const ApiResult& r) {
        if (tenant != tenantGeneration())
            return; // the tenant the wizard was connected to before
        if (!r.ok()) {
            setErrorText(r.error.message());
            Q_EMIT changed();
            return;
        }
        m_preview = r.data.toObject();
        Q_EMIT previewReady(m_preview);
    });
}

QList<LayoutsModel::PreviewLine> LayoutsModel::previewLines(const QString& layoutId) const
{
    if (layoutId.isEmpty() || m_preview.value(QLatin1String("layout")).toString() != layoutId)
        return {};
    QHash<QString, QString> rendered;
    for (const QJsonValue& s : m_preview.value(QLatin1String("sections")).toArray())
        rendered.insert(s[QStringLiteral("key")].toString(), s[QStringLiteral("content")].toString());
    const QString record = m_preview.value(QLatin1String("record"))[QStringLiteral("name")].toString();
    QList<PreviewLine> out;
    for (const auto& [key, label] : sectionsOf(layoutId)) {
        const bool planned = !rendered.contains(key);
        out << PreviewLine { label,
                             planned && key == QLatin1String(kSectionKey)
                                 ? tr("Staircase AI insights for %1, once the plan is applied").arg(record)
                                 : rendered.value(key),
                             planned };
    }
    return out;
}

void LayoutsModel::writeDraft(Profile& profile) const
{
    if (hasDraft())
        profile.layouts = placements();
}

} // namespace banister
