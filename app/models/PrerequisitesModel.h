#pragma once

#include "core/TenantInfo.h"
#include "models/Prerequisites.h"
#include "models/StepModel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <array>

namespace banister {

class TenantClient;
class ApiJob;
struct ApiResult;

// The article's four prerequisites, checked live against the tenant: CS subscription, Staircase subscription,
// admin on both platforms, Gainsight as primary CRM. One row per check; load() re-checks all of them.
class PrerequisitesModel : public QAbstractListModel, public StepModel
{
    Q_OBJECT
public:
    enum Check { CsSubscription, StaircaseSubscription, AdminAccess, PrimaryCrm, CheckCount };
    Q_ENUM(Check)
    enum class State { Pending, Checking, Passed, Failed, Unknown };
    Q_ENUM(State)
    enum Role { StateRole = Qt::UserRole + 1, DetailRole, FixHintRole, CheckIdRole };

    explicit PrerequisitesModel(TenantClient* client, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void load() override;
    bool canProceed() const override; // every check passed
    bool isSalesforcePrimary() const { return m_salesforcePrimary; }
    State state(Check c) const { return m_rows[size_t(c)].state; }
    QString detail(Check c) const { return m_rows[size_t(c)].detail; }
    const TenantInfo& tenantInfo() const { return m_info; }
    const PrerequisiteFacts& facts() const { return m_facts; }
    // A public-API tenant (a real one): the checks are the admin's confirmations, set here (and in the profile).
    bool isPublicApi() const { return m_facts.publicApi; }
    const PrerequisiteConfirmations& confirmed() const { return m_confirmed; }
    void setConfirmed(const PrerequisiteConfirmations& confirmed);
    // The admin's confirmations (a public-API tenant, or any made) go into the profile.
    void writeDraft(Profile& profile) const override;
    void readDraft(const Profile& profile) override;
    void forgetTenant() override;
    void setSubdomain(const QString& subdomain) { m_subdomain = subdomain; }

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        State state = State::Pending;
        QString detail;
        QString fixHint;
    };
    void set(Check c, State s, const QString& detail, const QString& fix = {});
    void show(const PrerequisiteFacts& facts);
    QString title(Check c) const;

    TenantClient* m_client;
    std::array<Row, CheckCount> m_rows;
    TenantInfo m_info;
    bool m_haveInfo = false;
    PrerequisiteFacts m_facts;
    bool m_confirmedOpened = false; // the confirmations came with an opened profile (not said on this page)
    PrerequisiteConfirmations m_confirmed;
    QString m_subdomain;
    bool m_salesforcePrimary = false;
};

} // namespace banister
