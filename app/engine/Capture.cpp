#include "engine/Capture.h"

#include "engine/FieldMappingsArea.h"
#include "engine/LayoutsArea.h"
#include "models/UserDirectory.h"
#include "net/JobGroup.h"
#include "net/TenantClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <memory>

namespace banister {

Capturer::Capturer(TenantClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<banister::ProfileLoad>();
}

void Capturer::run()
{
    auto users = std::make_shared<QJsonArray>();
    auto usersError = std::make_shared<QString>();
    auto* group = new JobGroup(this, [this, users, usersError](const QHash<QString, ApiResult>& r) {
        ProfileLoad failed;
        QHash<QString, ApiResult> required = r;
        const bool connected = r.value(QStringLiteral("staircase")).data[QStringLiteral("connected")].toBool();
        if (!connected) { // the Staircase-side tabs answer 409 until then; nothing is configured there yet
            required.remove(QStringLiteral("crm"));
            required.remove(QStringLiteral("fields"));
        }
        const QString error = JobGroup::firstError(required);
        if (!error.isEmpty() || !usersError->isEmpty()) {
            failed.errors.append(
                { QString(),
                  tr("The tenant's configuration could not be read: %1").arg(error.isEmpty() ? *usersError : error) });
            return Q_EMIT finished(failed);
        }
        const QJsonObject info = r.value(QStringLiteral("info")).data.toObject();
        QJsonObject doc { { QStringLiteral("schema"), QLatin1String(Profile::kSchema) },
                          { QStringLiteral("tenant"),
                            QJsonObject { { QStringLiteral("gainsightUrl"), m_client->gainsightUrl().toString() },
                                          { QStringLiteral("staircaseUrl"), m_client->staircaseUrl().toString() },
                                          { QStringLiteral("subdomain"), info.value(QLatin1String("subdomain")) } } } };
        if (connected) {
            doc.insert(QStringLiteral("activation"),
                       QJsonObject { { QStringLiteral("path"),
                                       info.value(QLatin1String("aiFollowUp")).toBool() ? QStringLiteral("upgrade")
                                                                                        : QStringLiteral("connect") },
                                     { QStringLiteral("supportContact"),
                                       info.value(QLatin1String("caller"))[QStringLiteral("email")] } });
            doc.insert(QStringLiteral("crm"), r.value(QStringLiteral("crm")).data);
            QJsonArray mappings;
            const QJsonObject live = FieldMappingsArea::liveMappings(r.value(QStringLiteral("fields")).data);
            for (auto it = live.begin(); it != live.end(); ++it)
                mappings.append(QJsonObject { { QStringLiteral("staircaseField"), it.key() },
                                              { QStringLiteral("gainsightField"), it.value() } });
            doc.insert(QStringLiteral("fieldMappings"), mappings);
        }
        // Users holding a Staircase role, by email where it names one user (replays on another tenant), else by id.
        QHash<QString, int> emailUse;
        for (const QJsonValue& u : *users)
            ++emailUse[u[QStringLiteral("email")].toString().toLower()];
        QJsonArray assignments;
        QHash<QString, QString> emailById;
        for (const QJsonValue& u : *users) {
            const QString email = u[QStringLiteral("email")].toString();
            emailById.insert(u[QStringLiteral("id")].toString(), email);
            const StaircaseRole role = staircaseRoleOf(u[QStringLiteral("gsRoles")].toVariant().toStringList());
            if (role == StaircaseRole::None)
                continue;
            QJsonObject a { { QStringLiteral("staircaseRole"), staircaseRoleName(role) } };
            if (emailUse.value(email.toLower()) == 1 && isValidEmail(email))
                a.insert(QStringLiteral("email"), email);
            else
                a.insert(QStringLiteral("userId"), u[QStringLiteral("id")]);
            assignments.append(a);
        }
        if (!assignments.isEmpty())
            doc.insert(QStringLiteral("userAccess"),
                       QJsonObject { { QStringLiteral("assignments"), assignments },
                                     { QStringLiteral("fixUsernameMismatches"), false } });
        QJsonArray layouts;
        for (const QJsonValue& l : r.value(QStringLiteral("layouts")).data[QStringLiteral("layouts")].toArray()) {
            const QJsonArray sections = l[QStringLiteral("sections")].toArray();
            for (int i = 0; i < sections.size(); ++i)
                if (sections.at(i)[QStringLiteral("key")].toString() == QLatin1String(LayoutsArea::kSectionKey))
                    layouts.append(
                        QJsonObject { { QStringLiteral("layoutId"), l[QStringLiteral("id")] },
                                      { QStringLiteral("layoutName"), l[QStringLiteral("name")] },
                                      { QStringLiteral("sectionLabel"), sections.at(i)[QStringLiteral("label")] },
                                      { QStringLiteral("position"), i } });
        }
        if (!layouts.isEmpty())
            doc.insert(QStringLiteral("layouts"), layouts);
        QJsonObject dashboard = r.value(QStringLiteral("dashboard")).data.toObject();
        QJsonArray principals;
        for (const QJsonValue& p : dashboard.value(QLatin1String("principals")).toArray()) {
            QJsonObject o = p.toObject();
            if (principalKindFromName(o.value(QLatin1String("kind")).toString()) == PrincipalKind::User
                && emailById.contains(o.value(QLatin1String("id")).toString()))
                o.insert(QStringLiteral("email"), emailById.value(o.value(QLatin1String("id")).toString()));
            principals.append(o);
        }
        dashboard.insert(QStringLiteral("principals"), principals);
        doc.insert(QStringLiteral("dashboard"), dashboard);
        Q_EMIT finished(profileFromJson(QJsonDocument(doc).toJson()));
    });
    group->add(QStringLiteral("info"), m_client->tenantInfo());
    group->add(QStringLiteral("staircase"), m_client->staircaseIntegration());
    group->add(QStringLiteral("crm"), m_client->crmSettings());
    group->add(QStringLiteral("fields"), m_client->accountFields());
    group->add(QStringLiteral("layouts"), m_client->layouts());
    group->add(QStringLiteral("dashboard"),
               m_client->dashboardPermissions(QStringLiteral("staircase-executive-dashboard")));
    readUserList(m_client, this, [group, users, usersError](const QJsonArray& all, const QString& error) {
        *users = all;
        *usersError = error;
        group->seal();
    });
}

void retarget(Profile& p, const TenantDirectory& t, bool retarget, QStringList& errors, QStringList& warnings)
{
    // An unknown subdomain (a public-API tenant on an address that does not name it) cannot be checked.
    const bool differs = !p.tenant.subdomain.isEmpty() && !t.subdomain.isEmpty() && p.tenant.subdomain != t.subdomain;
    if (differs && !retarget && !p.activation)
        errors << QCoreApplication::translate("banister::Capturer",
                                              "/tenant/subdomain: the profile was made for \"%1\", but this tenant is "
                                              "\"%2\"; pass --retarget to apply it here.")
                      .arg(p.tenant.subdomain, t.subdomain);
    if (differs && retarget) {
        warnings << QCoreApplication::translate(
                        "banister::Capturer",
                        "/tenant/subdomain: the profile was made for \"%1\"; applying it to \"%2\" "
                        "(--retarget).")
                        .arg(p.tenant.subdomain, t.subdomain);
        p.tenant.subdomain = t.subdomain;
        p.tenant.gainsightUrl = t.gainsightUrl;
        p.tenant.staircaseUrl.clear();
    }
    if (p.layouts && t.layoutsKnown) {
        QStringList names;
        for (const auto& l : t.layouts)
            names << QStringLiteral("\"%1\"").arg(l.second);
        for (int i = 0; i < p.layouts->size(); ++i) {
            LayoutPlacement& l = (*p.layouts)[i];
            const bool idHere = std::any_of(t.layouts.begin(), t.layouts.end(), [&](const auto& x) {
                return x.first == l.layoutId && (l.layoutName.isEmpty() || x.second == l.layoutName);
            });
            if (idHere || l.layoutName.isEmpty())
                continue; // the same tenant, or nothing to match by (a deleted layout is then skipped with a warning)
            const auto byName = std::find_if(t.layouts.begin(), t.layouts.end(),
                                             [&](const auto& x) { return x.second == l.layoutName; });
            if (byName == t.layouts.end())
                errors << QCoreApplication::translate(
                              "banister::Capturer",
                              "/layouts/%1: no layout named \"%2\" on this tenant; candidates: %3")
                              .arg(i)
                              .arg(l.layoutName, names.join(QStringLiteral(", ")));
            else
                l.layoutId = byName->first;
        }
    }
    if (p.dashboard) {
        for (int i = 0; i < p.dashboard->principals.size(); ++i) {
            Principal& pr = p.dashboard->principals[i];
            if (pr.kind != PrincipalKind::User || t.userIds.contains(pr.id) || pr.email.isEmpty())
                continue;
            const QString id = t.userIdByEmail.value(pr.email.toLower());
            if (id.isEmpty())
                errors << QCoreApplication::translate(
                              "banister::Capturer",
                              "/dashboard/principals/%1: no user with the email %2 on this tenant")
                              .arg(i)
                              .arg(pr.email);
            else
                pr.id = id;
        }
    }
}

DirectoryReader::DirectoryReader(TenantClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<banister::TenantDirectory>();
}

void DirectoryReader::run(const Profile& profile)
{
    const bool needUsers = profile.dashboard
        && std::any_of(profile.dashboard->principals.begin(), profile.dashboard->principals.end(),
                       [](const Principal& p) { return p.kind == PrincipalKind::User && !p.email.isEmpty(); });
    auto users = std::make_shared<QJsonArray>();
    auto usersError = std::make_shared<QString>();
    auto* group = new JobGroup(this, [this, users, usersError](const QHash<QString, ApiResult>& r) {
        TenantDirectory d;
        QString error = JobGroup::firstError(r);
        if (error.isEmpty())
            error = *usersError;
        d.layoutsKnown = !m_client->publicApiOnly();
        d.subdomain = d.layoutsKnown ? r.value(QStringLiteral("info")).data[QStringLiteral("subdomain")].toString()
                                     : m_publicSubdomain;
        d.gainsightUrl = m_client->gainsightUrl().toString();
        for (const QJsonValue& l : r.value(QStringLiteral("layouts")).data[QStringLiteral("layouts")].toArray())
            d.layouts.append({ l[QStringLiteral("id")].toString(), l[QStringLiteral("name")].toString() });
        for (const QJsonValue& u : *users) {
            d.userIds.insert(u[QStringLiteral("id")].toString());
            d.userIdByEmail.insert(u[QStringLiteral("email")].toString().toLower(), u[QStringLiteral("id")].toString());
        }
        Q_EMIT finished(d, error);
    });
    if (m_client->publicApiOnly()) {
        // Only the user list is documented: the subdomain comes from the URL, layouts are named by the guide.
        m_publicSubdomain = subdomainFromUrl(m_client->gainsightUrl().toString());
    } else {
        group->add(QStringLiteral("info"), m_client->tenantInfo());
        group->add(QStringLiteral("layouts"), m_client->layouts());
    }
    if (!needUsers)
        return group->seal();
    readUserList(m_client, this, [group, users, usersError](const QJsonArray& all, const QString& error) {
        *users = all;
        *usersError = error;
        group->seal();
    });
}

} // namespace banister
