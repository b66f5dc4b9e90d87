#include "models/PrerequisitesModel.h"

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
    case CsSubscription: return tr("Active Gainsight CS subscription");
    case StaircaseSubscription: return tr("Staircase AI subscription");
    case AdminAccess: return tr("Admin access to both platforms");
    case PrimaryCrm: return tr("Gainsight is the primary CRM");
    case CheckCount: break;
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
    case Qt::DisplayRole: return title(c);
    case Qt::ToolTipRole:
    case DetailRole: return row.detail;
    case StateRole: return QVariant::fromValue(row.state);
    case FixHintRole: return row.fixHint;
    case CheckIdRole: return int(c);
    default: return {};
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
    m_rows[size_t(c)] = Row{s, detail, fix};
    const QModelIndex i = index(int(c));
    Q_EMIT dataChanged(i, i);
}

void PrerequisitesModel::run()
{
    const quint64 gen = ++m_generation;
    if (m_infoJob)
        m_infoJob->abort();
    if (m_staircaseJob)
        m_staircaseJob->abort();
    m_errorText.clear();
    m_haveInfo = false;
    m_staircaseStatus = 0;
    m_salesforcePrimary = false;
    for (int c = 0; c < CheckCount; ++c)
        set(Check(c), State::Checking, tr("Checking…"));
    m_pending = 2;
    Q_EMIT changed();

    m_infoJob = m_client->tenantInfo();
    connect(m_infoJob, &ApiJob::finished, this, [this, gen](const ApiResult& r) {
        if (gen != m_generation)
            return;
        if (r.ok()) {
            auto info = tenantInfoFromJson(r.data.toObject());
            if (info) {
                m_info = info.value();
                m_haveInfo = true;
            } else {
                m_errorText = tr("The tenant's answer lacks %1.").arg(info.error());
            }
        } else {
            m_errorText = r.error.message();
        }
        --m_pending;
        evaluate();
    });
    m_staircaseJob = m_client->staircaseIntegration();
    connect(m_staircaseJob, &ApiJob::finished, this, [this, gen](const ApiResult& r) {
        if (gen != m_generation)
            return;
        m_staircaseStatus = r.ok() ? 200 : r.httpStatus;
        m_staircaseText = r.ok() ? QString() : r.error.message();
        --m_pending;
        evaluate();
    });
}

void PrerequisitesModel::evaluate()
{
    if (m_pending > 0)
        return;
    if (!m_haveInfo) {
        for (int c = 0; c < CheckCount; ++c)
            set(Check(c), State::Unknown, tr("Could not be checked."), tr("Fix the error above, then Retry."));
        Q_EMIT changed();
        return;
    }
    const QString rep = tr("Contact your Gainsight representative.");
    if (m_info.gainsightCs)
        set(CsSubscription, State::Passed, tr("%1 has an active Gainsight CS subscription.").arg(m_info.tenantName));
    else
        set(CsSubscription, State::Failed, tr("%1 has no active Gainsight CS subscription.").arg(m_info.tenantName), rep);

    const bool staircaseExists = m_info.staircase && m_staircaseStatus != 404;
    if (staircaseExists)
        set(StaircaseSubscription, State::Passed, tr("A Staircase AI subscription is active."));
    else
        set(StaircaseSubscription, State::Failed, tr("There is no Staircase AI subscription for this organization."),
            tr("Contact your Gainsight representative to add Staircase AI."));

    const bool gsAdmin = m_info.callerIsAdmin;
    if (!staircaseExists) {
        set(AdminAccess, gsAdmin ? State::Unknown : State::Failed,
            gsAdmin ? tr("Gainsight: %1 is an admin. Staircase: cannot be checked without a Staircase subscription.")
                          .arg(m_info.callerEmail)
                    : tr("Gainsight: %1 is not an admin.").arg(m_info.callerEmail),
            tr("Resolve the Staircase subscription first."));
    } else if (m_staircaseStatus == 200 && gsAdmin) {
        set(AdminAccess, State::Passed,
            tr("Gainsight: %1 is an admin%2. Staircase: the token's user is a Staircase Admin.")
                .arg(m_info.callerEmail, m_info.callerIsSuperAdmin ? tr(" (super admin)") : QString()));
    } else if (m_staircaseStatus == 200 || m_staircaseStatus == 403) {
        QStringList missing;
        if (!gsAdmin)
            missing << tr("Gainsight: %1 is not an admin.").arg(m_info.callerEmail);
        if (m_staircaseStatus == 403)
            missing << tr("Staircase: the token's user is not a Staircase Admin.");
        set(AdminAccess, State::Failed, missing.join(QLatin1Char(' ')),
            tr("Use the access key of a Gainsight admin and the token of a Staircase Admin; a Gainsight super admin "
               "can grant both roles."));
    } else {
        set(AdminAccess, State::Unknown, tr("Staircase could not be asked: %1").arg(m_staircaseText),
            tr("Retry when Staircase is reachable."));
    }

    if (m_info.primaryCrm == QLatin1String("Gainsight")) {
        set(PrimaryCrm, State::Passed, tr("Gainsight is the primary CRM, so the integration is eligible."));
    } else {
        m_salesforcePrimary = m_info.primaryCrm == QLatin1String("Salesforce");
        set(PrimaryCrm, State::Failed,
            tr("%1 is the primary CRM. Staircase AI must then be integrated directly with it, not through "
               "Gainsight CS.")
                .arg(m_info.primaryCrm.isEmpty() ? tr("Another system") : m_info.primaryCrm),
            tr("In Staircase, open Settings > Integrations and connect the Salesforce card instead."));
    }
    Q_EMIT changed();
}

} // namespace banister
