#pragma once

#include "engine/Engine.h"
#include "engine/PlanModel.h"
#include "engine/VerifyModel.h"
#include "models/ActivationModel.h"
#include "models/ConnectionModel.h"
#include "models/CrmModel.h"
#include "models/DashboardModel.h"
#include "models/FieldMappingsModel.h"
#include "models/LayoutsModel.h"
#include "models/PrerequisitesModel.h"
#include "models/ProfileStore.h"
#include "models/UserAccessModel.h"
#include "net/TenantClient.h"
#include "secrets/CredentialStore.h"

#include <QObject>

namespace banister {

struct ReportData;

// The one object handed to every wizard page: the tenant client, the credential store, one model per step,
// the profile file and the engine. It turns the step drafts into a Profile and a Profile back into drafts.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);

    TenantClient* client() { return &m_client; }
    CredentialStore* credentials() { return &m_store; }
    ConnectionModel* connection() { return &m_connection; }
    PrerequisitesModel* prerequisites() { return &m_prerequisites; }
    ActivationModel* activation() { return &m_activation; }
    CrmModel* crm() { return &m_crm; }
    FieldMappingsModel* fieldMappings() { return &m_fieldMappings; }
    LayoutsModel* layouts() { return &m_layouts; }
    UserAccessModel* userAccess() { return &m_userAccess; }
    DashboardModel* dashboard() { return &m_dashboard; }
    ProfileStore* profiles() { return &m_profiles; }
    Engine* engine() { return &m_engine; }
    PlanModel* plan() { return &m_plan; }
    VerifyModel* verification() { return &m_verify; }
    // Every step's model, in the wizard's order.
    const QList<StepModel*>& steps() const { return m_steps; }

    // The admin's decisions so far, on top of the opened profile (which keeps sections and keys no page edits).
    Profile currentProfile() const;
    // Puts a profile into every step's draft, as if it had been opened (a captured tenant, say).
    void startFrom(const Profile& p) { applyProfile(p); }
    // Where apply journals go: one per tenant subdomain in the user's data folder (engine/JournalPath).
    QString journalPath() const;

Q_SIGNALS:
    // A profile was opened: pages re-read their drafts.
    void profileApplied();
    // Connected to another tenant than before (the host, and port if any, of the side that changed): every step reads
    // it again.
    void tenantSwitched(const QString& host);

private:
    void applyProfile(const Profile& p);

    TenantClient m_client;
    CredentialStore m_store;
    ConnectionModel m_connection;
    PrerequisitesModel m_prerequisites;
    ActivationModel m_activation;
    CrmModel m_crm;
    FieldMappingsModel m_fieldMappings;
    UserAccessModel m_userAccess;
    LayoutsModel m_layouts;
    DashboardModel m_dashboard;
    ProfileStore m_profiles;
    Engine m_engine;
    PlanModel m_plan;
    VerifyModel m_verify;
    QList<StepModel*> m_steps;
    QStringList m_tenant; // the Gainsight and Staircase origins last connected to
};

} // namespace banister
