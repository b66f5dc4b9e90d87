#include "models/PrerequisitesModel.h"

#include "models/Prerequisites.h"
#include "net/TenantClient.h"

namespace banister {

PrerequisitesModel::PrerequisitesModel(TenantClient* client, QObject* parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

int PrerequisitesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : CheckCount;
}

QString PrerequisitesModel::title(Check c) const
{
    switch (c) {
    case CsSubscription:
        return tr("Active Gainsight CS subscription");
    case StaircaseSubscription:
        return tr("Staircase AI subscription");
    case AdminAccess:
        return tr("Admin access to both platforms");
    case PrimaryCrm:
        return tr("Gainsight is the primary CRM");
    case CheckCount:
        break;
    }
    return {};
}

QVariant PrerequisitesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Check c = Check(index.row());
    const Row& row = m_rows[size_t(c)];
    switch (role) {
    case Qt::DisplayRole:
        return title(c);
    case Qt::ToolTipRole:
    case DetailRole:
        return row.detail;
    case StateRole:
        return QVariant::fromValue(row.state);
    case FixHintRole:
        return row.fixHint;
    case CheckIdRole:
        return int(c);
    default:
        return {};
    }
}

QHash<int, QByteArray> PrerequisitesModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(DetailRole, "detail");
    names.insert(FixHintRole, "fixHint");
    return names;
}

bool PrerequisitesModel::canProceed() const
{
    if (isBusy())
        return false;
    for (const Row& r : m_rows)
        if (r.state != State::Passed)
            return false;
    return true;
}

void PrerequisitesModel::set(Check c, State s, const QString& detail, const QString& fix)
{
    m_rows[size_t(c)] = Row { s, detail, fix };
    const QModelIndex i = index(int(c));
    Q_EMIT dataChanged(i, i);
}

void PrerequisitesModel::load()
{
    const quint64 ticket = beginLoad();
    m_haveInfo = false;
    m_salesforcePrimary = false;
    for (int c = 0; c < CheckCount; ++c)
        set(Check(c), State::Checking, tr("Checking…"));
    Q_EMIT changed();
    // A newer load() drops the older answers (its ticket); the reads themselves are bounded by the client.
    readPrerequisites(m_client, this, m_confirmed, m_subdomain, [this, ticket](const PrerequisiteFacts& facts) {
        if (!isCurrent(ticket))
            return;
        endLoad(facts.infoError);
        show(facts);
    });
}

void PrerequisitesModel::forgetTenant()
{
    StepModel::forgetTenant();
    // What the admin confirmed on the page was said of the last tenant: the new one is asked again. Confirmations
    // that came with an opened profile stay (the profile was written for a tenant).
    if (!m_confirmedOpened)
        m_confirmed = PrerequisiteConfirmations {};
    m_facts = PrerequisiteFacts {};
    m_info = TenantInfo {};
    m_haveInfo = false;
    m_salesforcePrimary = false;
    for (int c = 0; c < CheckCount; ++c)
        set(Check(c), State::Pending, QString());
    Q_EMIT changed();
}

void PrerequisitesModel::readDraft(const Profile& profile)
{
    setConfirmed(profile.confirmed);
    m_confirmedOpened = true;
}

void PrerequisitesModel::setConfirmed(const PrerequisiteConfirmations& confirmed)
{
    if (confirmed == m_confirmed)
        return;
    m_confirmed = confirmed;
    m_confirmedOpened = false;
    if (m_facts.publicApi && !isBusy() && m_facts.haveInfo) {
        PrerequisiteFacts f = m_facts;
        f.confirmed = confirmed;
        f.info = tenantInfoFromConfirmations(confirmed, m_subdomain);
        show(f); // the admin's word needs no round trip
    } else {
        Q_EMIT changed();
    }
}

void PrerequisitesModel::show(const PrerequisiteFacts& facts)
{
    m_facts = facts;
    m_haveInfo = facts.haveInfo;
    m_info = facts.info;
    setErrorText(facts.infoError);
    m_salesforcePrimary = banister::isSalesforcePrimary(facts);
    const QList<PrerequisiteResult> results = evaluatePrerequisites(facts);
    for (int c = 0; c < CheckCount && c < results.size(); ++c) {
        const PrerequisiteResult& r = results.at(c);
        const State s = r.state == PrerequisiteResult::State::Passed ? State::Passed
            : r.state == PrerequisiteResult::State::Failed           ? State::Failed
                                                                     : State::Unknown;
        set(Check(c), s, r.detail, r.fixHint);
    }
    Q_EMIT changed();
}

void PrerequisitesModel::writeDraft(Profile& profile) const
{
    if (isPublicApi() || !m_confirmed.isEmpty())
        profile.confirmed = m_confirmed;
}

} // namespace banister
