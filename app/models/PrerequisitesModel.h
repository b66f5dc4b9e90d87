#pragma once

#include "core/TenantInfo.h"
#include "models/Prerequisites.h"

#include <QAbstractListModel>
#include <QPointer>
#include <array>

namespace banister {

class TenantClient;
class ApiJob;
struct ApiResult;

// The article's four prerequisites, checked live against the tenant: CS subscription, Staircase subscription,
// admin on both platforms, Gainsight as primary CRM. One row per check; run() re-checks all of them.
class PrerequisitesModel : public QAbstractListModel
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

    void run();
    bool isBusy() const { return m_pending > 0; }
    QString errorText() const { return m_errorText; }
    bool canProceed() const;
    bool isSalesforcePrimary() const { return m_salesforcePrimary; }
    State state(Check c) const { return m_rows[size_t(c)].state; }
    QString detail(Check c) const { return m_rows[size_t(c)].detail; }
    const TenantInfo& tenantInfo() const { return m_info; }
    const PrerequisiteFacts& facts() const { return m_facts; }
    // A public-API tenant (a real one): the checks are the admin's confirmations, set here (and in the profile).
    bool isPublicApi() const { return m_facts.publicApi; }
    const PrerequisiteConfirmations& confirmed() const { return m_confirmed; }
    void setConfirmed(const PrerequisiteConfirmations& confirmed);
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
    PrerequisiteConfirmations m_confirmed;
    QString m_subdomain;
    QString m_errorText;
    bool m_salesforcePrimary = false;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace banister
