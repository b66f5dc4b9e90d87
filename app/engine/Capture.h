#pragma once

#include "core/Profile.h"

#include <QObject>

namespace banister {

class TenantClient;

// Starts a profile from what a tenant already has: activation as it stands (only once connected), the CRM tab,
// field mappings, users holding a Staircase role (by email, so the profile replays on another tenant), layouts with
// the Staircase AI section (with their names), the Executive dashboard's permissions (user principals with their
// email). A plan of a captured profile against the same tenant is empty.
class Capturer : public QObject
{
    Q_OBJECT
public:
    explicit Capturer(TenantClient* client, QObject* parent = nullptr);
    void run();

Q_SIGNALS:
    // profile is set when errors is empty.
    void finished(const banister::ProfileLoad& result);

private:
    TenantClient* m_client;
};

// Matches a profile to the tenant it is applied on, where ids may differ from the one it was captured on:
// layouts by name (layoutName) when their id is not on this tenant, user principals by email. With retarget, a
// profile made for another subdomain takes this tenant's (a warning); without, the plan refuses the mismatch.
// What cannot be matched is an error naming the candidates.
struct TenantDirectory
{
    bool layoutsKnown = true; // false on a public-API tenant: layouts cannot be listed, the guide names them
    QString subdomain;
    QString gainsightUrl;
    QList<QPair<QString, QString>> layouts; // id, name
    QHash<QString, QString> userIdByEmail; // lower-case email -> id
    QSet<QString> userIds;
};
void retarget(Profile& profile, const TenantDirectory& tenant, bool retarget, QStringList& errors,
              QStringList& warnings);

// Reads what retarget() needs (tenant info, layouts, and users when the profile names user principals).
class DirectoryReader : public QObject
{
    Q_OBJECT
public:
    explicit DirectoryReader(TenantClient* client, QObject* parent = nullptr);
    void run(const Profile& profile);

Q_SIGNALS:
    void finished(const banister::TenantDirectory& directory, const QString& error);

private:
    TenantClient* m_client;
    QString m_publicSubdomain;
};

} // namespace banister

Q_DECLARE_METATYPE(banister::ProfileLoad)
Q_DECLARE_METATYPE(banister::TenantDirectory)
