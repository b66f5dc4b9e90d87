#include "models/ActivationModel.h"

#include "models/ActivationLive.h"

#include <QJsonArray>

namespace banister {

ActivationModel::ActivationModel(TenantClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void ActivationModel::load()
{
    const quint64 ticket = beginLoad();
    Q_EMIT changed();
    readActivationLive(m_client, this, m_known, [this, ticket](const LiveState& live) {
        if (!isCurrent(ticket))
            return;
        m_live = live;
        endLoad(live.error);
        setLoaded(live.ok()); // what the page says comes from the answer: a failed one says nothing
        if (isLoaded())
            applyDefaults();
        Q_EMIT changed();
    });
}

void ActivationModel::applyDefaults()
{
    if (hasDraft())
        return;
    setHasDraft(true);
    setDraftIsTenants(true);
    m_contact = m_live.state.value(QLatin1String("caller")).toObject().value(QLatin1String("email")).toString();
    const QString sub = m_live.state.value(QLatin1String("subdomain")).toString();
    m_note = aiFollowUp()
        ? tr("AI Follow-Up is active on our tenant (%1). Please upgrade the connection to the full Staircase AI "
             "integration.")
              .arg(sub)
        : tr("Please link our Staircase AI tenant with Gainsight CS (subdomain %1) so we can connect the two.")
              .arg(sub);
}

bool ActivationModel::aiFollowUp() const
{
    return m_live.state.value(QLatin1String("aiFollowUp")).toBool();
}

bool ActivationModel::isConnected() const
{
    return m_live.state.value(QLatin1String("integration")).toObject().value(QLatin1String("connected")).toBool();
}

QString ActivationModel::requestStatus() const
{
    const QString type = aiFollowUp() ? QStringLiteral("upgrade-connection") : QStringLiteral("staircase-integration");
    for (const QJsonValue& r : m_live.state.value(QLatin1String("requests")).toArray())
        if (r[QStringLiteral("type")].toString() == type)
            return r[QStringLiteral("status")].toString();
    return QStringLiteral("not filed");
}

bool ActivationModel::isPublicApi() const
{
    return m_live.state.value(QLatin1String("publicApi")).toBool();
}

QString ActivationModel::statusText() const
{
    if (!isLoaded())
        return {};
    if (isPublicApi())
        return tr("Gainsight's public API cannot file support requests or connect Staircase: the Review page lists "
                  "both as steps you do by hand, with the exact clicks and what to enter, and you confirm each when "
                  "it is done.");
    if (isConnected())
        return tr("Staircase is already connected to Gainsight (subdomain \"%1\"). Nothing to do here.")
            .arg(m_live.state.value(QLatin1String("integration"))
                     .toObject()
                     .value(QLatin1String("subdomain"))
                     .toString());
    const QString status = requestStatus();
    if (status == QLatin1String("not filed"))
        return tr("No support request has been filed yet. Banister files it when you apply the plan.");
    QString shown = status;
    if (status == QLatin1String("open"))
        shown = tr("open", "support request status");
    else if (status == QLatin1String("in-progress"))
        shown = tr("in progress", "support request status");
    else if (status == QLatin1String("done"))
        shown = tr("done", "support request status");
    return tr("The support request is %1. Banister continues from there when you apply the plan.").arg(shown);
}

QStringList ActivationModel::superAdmins() const
{
    QStringList out;
    for (const QJsonValue& u : m_live.state.value(QLatin1String("superAdmins")).toArray())
        out << QStringLiteral("%1 <%2>").arg(u[QStringLiteral("name")].toString(),
                                             u[QStringLiteral("email")].toString());
    return out;
}

void ActivationModel::setSupportContact(const QString& c)
{
    setHasDraft(true);
    if (m_contact == c)
        return;
    m_contact = c;
    setDraftIsTenants(false);
    Q_EMIT changed();
}

void ActivationModel::setSupportNote(const QString& n)
{
    setHasDraft(true);
    if (m_note == n)
        return;
    m_note = n;
    setDraftIsTenants(false);
    Q_EMIT changed();
}

ActivationSection ActivationModel::section() const
{
    return ActivationSection { path(), m_contact, m_note };
}

void ActivationModel::setSection(const std::optional<ActivationSection>& s)
{
    setHasDraft(s.has_value());
    setDraftIsTenants(false);
    m_contact = s ? s->supportContact : QString();
    m_note = s ? s->supportNote : QString();
    Q_EMIT changed();
}

void ActivationModel::forgetTenant()
{
    StepModel::forgetTenant();
    m_live = LiveState {};
    m_known = TenantInfo {};
    if (draftIsTenants()) { // the last tenant's caller and subdomain: the new tenant's fill them in
        m_contact.clear();
        m_note.clear();
        setHasDraft(false);
        setDraftIsTenants(false);
    }
    Q_EMIT changed();
}

void ActivationModel::writeDraft(Profile& profile) const
{
    if (hasDraft())
        profile.activation = section();
}

} // namespace banister
