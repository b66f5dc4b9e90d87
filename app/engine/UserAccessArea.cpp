#include "engine/UserAccessArea.h"

#include "models/UserDirectory.h"
#include "net/JobGroup.h"
#include "net/TenantClient.h"

#include <QJsonArray>
#include <memory>

namespace banister {

namespace {
// Finds users by id or (case-insensitively) by email in one pass over the list: 20 000 assignments against
// 20 000 users must not be quadratic.
class UserIndex
{
public:
    explicit UserIndex(const QJsonArray& users)
    {
        for (const QJsonValue& u : users) {
            const QJsonObject o = u.toObject();
            m_byId.insert(o.value(QLatin1String("id")).toString(), o);
            m_byEmail.insert(o.value(QLatin1String("email")).toString().toLower(), o);
        }
    }
    QJsonObject find(const UserAssignment& a) const
    {
        return a.userId.isEmpty() ? m_byEmail.value(a.email.toLower()) : m_byId.value(a.userId);
    }

private:
    QHash<QString, QJsonObject> m_byId;
    QHash<QString, QJsonObject> m_byEmail;
};

QJsonObject findUser(const UserIndex& index, const UserAssignment& a)
{
    return index.find(a);
}

// Assigned users who should end up with access: role given, active, valid email.
QList<QJsonObject> intendedAccess(const Profile& p, const QJsonArray& users)
{
    QList<QJsonObject> out;
    const UserIndex index(users);
    for (const UserAssignment& a : p.userAccess->assignments) {
        const QJsonObject u = findUser(index, a);
        if (u.isEmpty() || a.staircaseRole == QLatin1String("None") || !u.value(QLatin1String("active")).toBool()
            || !isValidEmail(u.value(QLatin1String("email")).toString()))
            continue;
        if (!p.userAccess->fixUsernameMismatches
            && u.value(QLatin1String("username")).toString() != u.value(QLatin1String("email")).toString())
            continue;
        out << u;
    }
    return out;
}
} // namespace

void UserAccessArea::readLive(const Profile& profile, std::function<void(const AreaLive&)> done)
{
    auto users = std::make_shared<QJsonArray>();
    readAllUsers(
        client(), this, [users](const QJsonArray& page, int) {
            for (const QJsonValue& u : page)
                users->append(u);
        },
        [this, users, profile, done](const QString& error) {
            AreaLive live;
            live.error = error;
            live.state.insert(QStringLiteral("users"), *users);
            if (!live.ok())
                return done(live);
            readChecks(profile, live, done);
        });
}

// Permissions, SSO checks for a sample of the users who should have access, the bundles and the apps menu.
void UserAccessArea::readChecks(const Profile& profile, AreaLive live, std::function<void(const AreaLive&)> done)
{
    const QList<QJsonObject> sample = intendedAccess(profile, live.state.value(QLatin1String("users")).toArray()).mid(0, kVerifySample);
    auto* group = new JobGroup(this, [live, done, sample](const QHash<QString, ApiResult>& r) mutable {
        QJsonObject permissions, sso;
        for (const QJsonObject& u : sample) {
            const QString id = u.value(QLatin1String("id")).toString();
            permissions.insert(id, r.value(QStringLiteral("perm:") + id).data);
            sso.insert(id, r.value(QStringLiteral("sso:") + id).data);
        }
        live.state.insert(QStringLiteral("permissions"), permissions);
        live.state.insert(QStringLiteral("sso"), sso);
        live.state.insert(QStringLiteral("bundles"), r.value(QStringLiteral("bundles")).data[QStringLiteral("bundles")]);
        live.state.insert(QStringLiteral("apps"), r.value(QStringLiteral("apps")).data[QStringLiteral("apps")]);
        live.error = JobGroup::firstError(r);
        done(live);
    });
    for (const QJsonObject& u : sample) {
        const QString id = u.value(QLatin1String("id")).toString();
        group->add(QStringLiteral("perm:") + id, client()->userPermissions(id));
        group->add(QStringLiteral("sso:") + id, client()->ssoCheck(id));
    }
    group->add(QStringLiteral("bundles"), client()->permissionBundles());
    group->add(QStringLiteral("apps"), client()->apps());
    group->seal();
}

void UserAccessArea::plan(const Profile& p, const AreaLive& live, Plan& plan) const
{
    if (!p.userAccess)
        return;
    if (!live.ok()) {
        plan.errors << tr("User access: the users could not be read: %1").arg(live.error);
        return;
    }
    const QJsonArray users = live.state.value(QLatin1String("users")).toArray();
    const UserIndex index(users);
    QJsonArray changes;
    QStringList fixes;
    for (int i = 0; i < p.userAccess->assignments.size(); ++i) {
        const UserAssignment& a = p.userAccess->assignments.at(i);
        const QJsonObject u = findUser(index, a);
        if (u.isEmpty()) {
            plan.errors << tr("/userAccess/assignments/%1: no user %2 on this tenant").arg(i).arg(a.userId.isEmpty() ? a.email : a.userId);
            continue;
        }
        const QString email = u.value(QLatin1String("email")).toString();
        const QStringList current = u.value(QLatin1String("gsRoles")).toVariant().toStringList();
        const QStringList desired = withStaircaseRole(current, a.staircaseRole);
        const bool active = u.value(QLatin1String("active")).toBool();
        if (current != desired) {
            if (!active) {
                plan.warnings << tr("%1 is inactive: the Staircase role is not set (activate the user in User Management "
                                    "first).").arg(email);
            } else {
                changes.append(QJsonObject{{QStringLiteral("userId"), u.value(QLatin1String("id"))},
                                           {QStringLiteral("email"), email},
                                           {QStringLiteral("gsRoles"), QJsonArray::fromStringList(desired)},
                                           {QStringLiteral("before"), QJsonArray::fromStringList(current)}});
            }
        }
        if (a.staircaseRole == QLatin1String("None"))
            continue;
        if (!isValidEmail(email))
            plan.warnings << tr("%1 has no valid email, so Staircase access cannot work; correct the email in User "
                                "Management.").arg(email.isEmpty() ? u.value(QLatin1String("name")).toString() : email);
        else if (u.value(QLatin1String("username")).toString() != email && active) {
            if (p.userAccess->fixUsernameMismatches)
                fixes << u.value(QLatin1String("id")).toString();
            else
                plan.warnings << tr("%1: the username (%2) differs from the email, so Staircase access will not work until "
                                    "they match.").arg(email, u.value(QLatin1String("username")).toString());
        }
    }
    for (int start = 0, n = 1; start < changes.size(); start += kBatch, ++n) {
        QJsonArray batch;
        QMap<QString, int> roleCounts;
        for (int i = start; i < std::min<int>(start + kBatch, int(changes.size())); ++i) {
            batch.append(changes.at(i));
            const QString role = profileRoleOf(changes.at(i)[QStringLiteral("gsRoles")].toVariant().toStringList());
            ++roleCounts[role == QLatin1String("None") ? tr("no Staircase role") : QStringLiteral("Staircase ") + role];
        }
        QStringList summary;
        for (auto it = roleCounts.begin(); it != roleCounts.end(); ++it)
            summary << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
        PlanStep step;
        step.id = QStringLiteral("users.roles.%1").arg(n);
        step.area = id();
        step.title = tr("Set the Staircase role of %n user(s)", nullptr, int(batch.size()));
        step.before = QJsonValue::Null;
        step.after = QJsonObject{{QStringLiteral("summary"), summary.join(QStringLiteral(", "))}, {QStringLiteral("users"), batch}};
        step.requests << QStringLiteral("PUT /v1/users/roles");
        step.userWriteCalls = 1;
        step.otherCalls = 0;
        plan.steps << step;
    }
    for (const QString& userId : fixes) {
        const QJsonObject u = index.find(UserAssignment{userId, QString(), QString()});
        PlanStep step;
        step.id = QStringLiteral("users.fix.") + userId;
        step.area = id();
        step.title = tr("Make %1's username their email").arg(u.value(QLatin1String("name")).toString());
        step.before = QJsonObject{{QStringLiteral("username"), u.value(QLatin1String("username"))}};
        step.after = QJsonObject{{QStringLiteral("username"), u.value(QLatin1String("email"))}};
        step.requests << QStringLiteral("POST /v1/users/%1/deactivate").arg(userId)
                      << QStringLiteral("PATCH /v1/users/%1").arg(userId) << QStringLiteral("POST /v1/users/%1/activate").arg(userId);
        step.userWriteCalls = 3;
        step.otherCalls = 0;
        step.warning = tr("Deactivating signs %1 out of platform SSO; they sign in again with their email.")
                           .arg(u.value(QLatin1String("email")).toString());
        plan.steps << step;
    }
}

void UserAccessArea::apply(const PlanStep& step, const Profile&, std::function<void(const StepResult&)> done)
{
    if (step.id.startsWith(QLatin1String("users.roles."))) {
        QJsonArray body;
        for (const QJsonValue& u : step.after[QStringLiteral("users")].toArray())
            body.append(QJsonObject{{QStringLiteral("userId"), u[QStringLiteral("userId")]}, {QStringLiteral("gsRoles"), u[QStringLiteral("gsRoles")]}});
        ApiJob* job = client()->setUserRoles(body);
        connect(job, &ApiJob::finished, this, [done, n = body.size()](const ApiResult& r) {
            done(writeOutcome(r, tr("Roles set for %n user(s).", nullptr, int(n)), tr("The roles were already set."),
                              r.data[QStringLiteral("users")]));
        });
        return;
    }
    fixUsername(step.id.mid(int(qstrlen("users.fix."))), step.after[QStringLiteral("username")].toString(), done);
}

void UserAccessArea::fixUsername(const QString& userId, const QString& email, std::function<void(const StepResult&)> done)
{
    // The article's order. If the update fails, reactivate anyway: never leave a user locked out.
    ApiJob* deactivate = client()->deactivateUser(userId);
    connect(deactivate, &ApiJob::finished, this, [this, userId, email, done](const ApiResult& d) {
        if (!d.ok())
            return done(writeOutcome(d, {}, {}, {}));
        ApiJob* patch = client()->updateUsername(userId, email);
        connect(patch, &ApiJob::finished, this, [this, userId, email, done](const ApiResult& p) {
            ApiJob* activate = client()->activateUser(userId);
            connect(activate, &ApiJob::finished, this, [email, done, p](const ApiResult& a) {
                if (!p.ok())
                    return done(writeOutcome(p, {}, {}, {})); // the update failed; the user is active again
                done(writeOutcome(a, tr("Username is now %1; the user is active again.").arg(email),
                                  tr("Username was already %1.").arg(email), a.data));
            });
        });
    });
}

QList<VerifyCheck> UserAccessArea::verify(const Profile& p, const AreaLive& live) const
{
    QList<VerifyCheck> checks;
    if (!live.ok() || !p.userAccess) {
        checks << VerifyCheck{QStringLiteral("users.read"), id(), tr("Users readable"), false, live.error};
        return checks;
    }
    const QList<QJsonObject> intended = intendedAccess(p, live.state.value(QLatin1String("users")).toArray());
    QStringList noAccess;
    for (const QJsonObject& u : intended)
        if (!u.value(QLatin1String("staircaseAccess")).toBool())
            noAccess << u.value(QLatin1String("email")).toString();
    checks << VerifyCheck{QStringLiteral("users.access"), id(), tr("Assigned users have Staircase access"), noAccess.isEmpty(),
                          noAccess.isEmpty() ? tr("%n user(s) have access.", nullptr, int(intended.size()))
                                             : tr("Without access: %1").arg(noAccess.mid(0, 10).join(QStringLiteral(", ")))};
    // Effective permissions hold the bundle's items.
    QStringList items;
    for (const QJsonValue& b : live.state.value(QLatin1String("bundles")).toArray())
        for (const QJsonValue& i : b[QStringLiteral("items")].toArray())
            if (!items.contains(i.toString()))
                items << i.toString();
    QStringList missing, ssoFailed;
    const QJsonObject permissions = live.state.value(QLatin1String("permissions")).toObject();
    const QJsonObject sso = live.state.value(QLatin1String("sso")).toObject();
    for (auto it = permissions.begin(); it != permissions.end(); ++it) {
        const QStringList have = it.value()[QStringLiteral("items")].toVariant().toStringList();
        const bool all = !items.isEmpty() && std::all_of(items.begin(), items.end(), [&](const QString& i) { return have.contains(i); });
        const bool licensed = !it.value()[QStringLiteral("bundles")].toArray().isEmpty();
        if (!all && licensed)
            missing << it.key();
        if (!sso.value(it.key())[QStringLiteral("ok")].toBool())
            ssoFailed << sso.value(it.key())[QStringLiteral("detail")].toString();
    }
    checks << VerifyCheck{QStringLiteral("users.permissions"), id(), tr("Effective permissions hold the Staircase bundle items"),
                          missing.isEmpty(),
                          missing.isEmpty() ? tr("Checked %n user(s): %1.", nullptr, int(permissions.size())).arg(items.join(QStringLiteral("; ")))
                                            : tr("Missing items for: %1").arg(missing.join(QStringLiteral(", ")))};
    checks << VerifyCheck{QStringLiteral("users.sso"), id(), tr("Single sign-on into Staircase works"), ssoFailed.isEmpty(),
                          ssoFailed.isEmpty() ? tr("Checked %n user(s).", nullptr, int(sso.size()))
                                              : ssoFailed.mid(0, 5).join(QLatin1Char(' '))};
    return checks;
}

QStringList UserAccessArea::manualSteps(const Profile& p) const
{
    if (!p.userAccess || !p.userAccess->fixUsernameMismatches)
        return {};
    return {tr("Tell users whose username was changed to sign in again with their email address.")};
}

} // namespace banister
