#pragma once

#include "core/Profile.h"
#include "models/StepModel.h"

#include <QObject>
#include <QPair>

namespace banister {

class TenantClient;

// Who may open the Staircase Executive Dashboard: one of five permission types and, for "specific", users, roles
// and groups. System Administrator is kept (the tenant's default); Staircase Manager, CSM and Admin are suggested.
class DashboardModel : public QObject, public StepModel
{
    Q_OBJECT
public:
    explicit DashboardModel(TenantClient* client, QObject* parent = nullptr);

    void load() override;

    static QList<DashboardPermission> permissionTypes();
    static QString describe(DashboardPermission permission);

    const DashboardSection& section() const { return m_section; }
    void setSection(const std::optional<DashboardSection>& s);
    void writeDraft(Profile& profile) const override;
    void readDraft(const Profile& profile) override { setSection(profile.dashboard); }
    void forgetTenant() override;
    void setPermission(DashboardPermission permission);
    void addPrincipal(const Principal& p);
    bool removePrincipal(const Principal& p); // System Administrator stays: false
    QString refusal() const { return m_refusal; }

    QStringList roles() const { return m_roles; }
    QStringList groups() const { return m_groups; }
    QStringList suggestedRoles() const;
    // Users whose name or email contains `text` (first 20), as (id, "Name <email>").
    void searchUsers(const QString& text);
    QString displayName(const Principal& p) const;

Q_SIGNALS:
    void changed();
    void usersFound(const QList<QPair<QString, QString>>& users);

private:
    TenantClient* m_client;
    DashboardSection m_section;
    QString m_refusal;
    QStringList m_roles;
    QStringList m_groups;
    QHash<QString, QString> m_userNames;
    quint64 m_searchGeneration = 0;
};

} // namespace banister
