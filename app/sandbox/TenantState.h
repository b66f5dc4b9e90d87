#pragma once

#include "core/Result.h"
#include "sandbox/SandboxData.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <vector>

namespace banister::sandbox {

struct SupportRequest
{
    QString id;
    QString type; // "staircase-integration" | "upgrade-connection"
    QString status = QStringLiteral("open"); // open -> in-progress -> done (one step per GET, as support works)
    QString contact;
    QString note;
    bool operator==(const SupportRequest& o) const
    {
        return id == o.id && type == o.type && status == o.status && contact == o.contact && note == o.note;
    }
};

struct Layout
{
    QString id;
    QString name;
    QString type; // C360 | P360
    QList<QPair<QString, QString>> sections; // key, label
    bool operator==(const Layout& o) const
    {
        return id == o.id && name == o.name && type == o.type && sections == o.sections;
    }
};

// Everything on the sandbox tenant that Banister configures, as one value: the resources read and change it,
// --state persists it (toJson/fromJson). The seeded world it belongs to (SandboxData) is not part of it, except
// the users, whose roles, status and usernames User Management changes.
struct TenantState
{
    QString scenario; // the world this state belongs to: a state file is read only into the same one
    quint32 seed = 1;
    QList<SupportRequest> supportRequests;
    bool linked = false; // Gainsight Support has linked the Staircase tenant (integration request done)
    bool connected = false;
    QString connectedSubdomain;
    QString connectedAs;
    QJsonObject crm; // the CRM tab, in the profile's keys; empty: never saved
    QHash<QString, QString> mappings; // Staircase account field key -> Gainsight Company field
    QList<Layout> layouts;
    QJsonObject dashboardPermissions; // the Staircase Executive Dashboard's {permission, principals}
    QList<User> users; // shares the seeded users (copy-on-write) until one changes: read it through const access

    bool operator==(const TenantState& o) const;
    bool operator!=(const TenantState& o) const { return !(*this == o); }
};

// Connecting Staircase to Gainsight, from Staircase or by Gainsight Support: super admins receive Staircase Admin.
void markConnected(TenantState& state, const QString& subdomain, const QString& connectedAs);

QJsonObject toJson(const SupportRequest& request);
QJsonObject toJson(const Layout& layout);
// GET /staircase/v1/integrations/gainsight's data, also stored as the state's "integration".
QJsonObject integrationJson(const TenantState& state);

// The state file ("schema": "banister.sandbox-state/1"). Users are stored by id as their roles and account
// (active, username); a layout by id with its sections.
QJsonObject toJson(const TenantState& state);
// Reads a state file over `base` (the tenant's state now): what the file names replaces what base has; users and
// layouts that base does not have are ignored. Refuses another schema, scenario or seed.
Result<TenantState> fromJson(const QJsonObject& json, TenantState base);

} // namespace banister::sandbox
