#include "engine/UserAccessArea.h"

#include "core/WhenFinished.h"
#include "engine/CrmArea.h"
#include "models/UserDirectory.h"
#include "net/JobGroup.h"
#include "net/TenantClient.h"
#include "net/Workers.h"

#include <QJsonArray>
#include <QSet>
#include <QtConcurrent>
#include <algorithm>
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

// Another user already holds `user`'s email as username.
bool usernameTaken(const QHash<QString, QString>& byUsername, const QJsonObject& u)
{
    const QString owner = byUsername.value(u.value(QLatin1String("email")).toString());
    return !owner.isEmpty() && owner != u.value(QLatin1String("id")).toString();
}

QHash<QString, QString> usersByUsername(const QJsonArray& users)
{
    QHash<QString, QString> out;
    for (const QJsonValue& u : users)
        out.insert(u[QStringLiteral("username")].toString(), u[QStringLiteral("id")].toString());
    return out;
}

struct Assigned
{
    QJsonObject user;
    QList<AccessProblem> problems;
};

// Every assignment that names a user on the tenant with a Staircase role, with what stands between them and access.
QList<Assigned> assignedUsers(const Profile& p, const QJsonArray& users)
{
    QList<Assigned> out;
    const UserIndex index(users);
    const QHash<QString, QString> byUsername = usersByUsername(users);
    QSet<QString> seen;
    for (const UserAssignment& a : p.userAccess->assignments) {
        const QJsonObject u = findUser(index, a);
        if (u.isEmpty() || a.staircaseRole == StaircaseRole::None)
            continue;
        const QString id = u.value(QLatin1String("id")).toString();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        out << Assigned { u, accessProblems(u, p.userAccess->fixUsernameMismatches, usernameTaken(byUsername, u)) };
    }
    return out;
}

// Assigned users who should end up with access: role given and nothing in the way.
QList<QJsonObject> intendedAccess(const Profile& p, const QJsonArray& users)
{
    QList<QJsonObject> out;
    for (const Assigned& a : assignedUsers(p, users))
        if (a.problems.isEmpty())
            out << a.user;
    return out;
}
// Roles can be set before Staircase is connected; access, its bundles and single sign-on come with the connection.
// The same words in the plan (a warning) and in verify (a WARN line).
QString notConnectedText()
{
    return UserAccessArea::tr("Staircase is not connected to Gainsight: users get Staircase access (with its "
                              "permissions and single sign-on) only once it is. Connect it on the Activation page, "
                              "or add activation to the profile.");
}
} // namespace

namespace {
// A public-API tenant says each user's GS Roles, not whether Staircase let them in: the roles are checked, the
// access itself is the admin's check (a manual step).
QList<VerifyCheck> verifyRoles(const QString& areaId, const Profile& p, const QJsonArray& users,
                               const QList<Assigned>& assigned)
{
    QList<VerifyCheck> checks;
    const UserIndex index(users);
    QStringList wrong;
    int right = 0;
    for (const UserAssignment& a : p.userAccess->assignments) {
        const QJsonObject u = findUser(index, a);
        if (u.isEmpty() || !u.value(QLatin1String("active")).toBool())
            continue; // an inactive user's roles cannot change: a WARN line below says so
        if (staircaseRoleOf(u.value(QLatin1String("gsRoles")).toVariant().toStringList()) == a.staircaseRole)
            ++right;
        else
            wrong << u.value(QLatin1String("email")).toString();
    }
    checks << VerifyCheck {
        QStringLiteral("users.roles"), areaId, UserAccessArea::tr("Assigned users hold their Staircase role"),
        wrong.isEmpty(),
        wrong.isEmpty()
            ? UserAccessArea::tr("%n user(s) read back with the role the profile gives them.", nullptr, right)
            : UserAccessArea::tr("Not the profile's role: %1").arg(wrong.mid(0, 10).join(QStringLiteral(", ")))
    };
    for (const Assigned& a : assigned)
        for (AccessProblem problem : a.problems)
            checks << VerifyCheck { QStringLiteral("users.attention.") + a.user.value(QLatin1String("id")).toString(),
                                    areaId,
                                    accessProblemText(problem, a.user),
                                    true,
                                    UserAccessArea::tr("Still to do in Gainsight User Management."),
                                    true };
    return checks;
}

} // namespace

void UserAccessArea::readLive(const Profile& profile, std::function<void(const AreaLive&)> done)
{
    readUserList(client(), this, [this, profile, done](const QJsonArray& users, const QString& error) {
        AreaLive live;
        live.error = error;
        live.state.insert(QStringLiteral("users"), users);
        // On a public-API tenant only the user list is documented: access, bundles and SSO are the admin's check.
        if (!live.ok() || client()->publicApiOnly())
            return done(live);
        // Choosing the sample is a pass over every user and assignment (a tenth of a second at 20 000): on a worker
        // thread, not between two frames.
        whenFinished(
            this,
            QtConcurrent::run(workers(),
                              [profile, users] { return intendedAccess(profile, users).mid(0, kVerifySample); }),
            [this, live, done](const QFuture<QList<QJsonObject>>& sample) { readChecks(sample.result(), live, done); });
    });
}

// Permissions, SSO checks for a sample of the users who should have access, the bundles and the apps menu.
void UserAccessArea::readChecks(const QList<QJsonObject>& sample, AreaLive live,
                                std::function<void(const AreaLive&)> done)
{
    auto* group = new JobGroup(this, [live, done, sample](const QHash<QString, ApiResult>& r) mutable {
        QJsonObject permissions, sso;
        for (const QJsonObject& u : sample) {
            const QString id = u.value(QLatin1String("id")).toString();
            permissions.insert(id, r.value(QStringLiteral("perm:") + id).data);
            sso.insert(id, r.value(QStringLiteral("sso:") + id).data);
        }
        live.state.insert(QStringLiteral("permissions"), permissions);
        live.state.insert(QStringLiteral("sso"), sso);
        live.state.insert(QStringLiteral("bundles"),
                          r.value(QStringLiteral("bundles")).data[QStringLiteral("bundles")]);
        live.state.insert(QStringLiteral("apps"), r.value(QStringLiteral("apps")).data[QStringLiteral("apps")]);
        live.state.insert(QStringLiteral("connected"),
                          r.value(QStringLiteral("staircase")).data[QStringLiteral("connected")].toBool());
        live.error = JobGroup::firstError(r);
        done(live);
    });
    for (const QJsonObject& u : sample) {
        const QString id = u.value(QLatin1String("id")).toString();
        // A hundred calls at once would be started, and answered, in a few event-loop turns: queued, a handful are.
        group->addQueued(QStringLiteral("perm:") + id, [c = client(), id] { return c->userPermissions(id); });
        group->addQueued(QStringLiteral("sso:") + id, [c = client(), id] { return c->ssoCheck(id); });
    }
    group->add(QStringLiteral("bundles"), client()->permissionBundles());
    group->add(QStringLiteral("apps"), client()->apps());
    group->add(QStringLiteral("staircase"), client()->staircaseIntegration());
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
    const QHash<QString, QString> byUsername = usersByUsername(users);
    const QSet<QString> resume = [&] {
        QSet<QString> ids;
        for (const QJsonValue& v : live.state.value(QLatin1String("begunFixes")).toArray())
            ids.insert(v.toString());
        return ids;
    }();
    QJsonArray changes;
    QStringList fixes;
    QSet<QString> seen;
    const int errorsBefore = int(plan.errors.size());
    for (int i = 0; i < p.userAccess->assignments.size(); ++i) {
        const UserAssignment& a = p.userAccess->assignments.at(i);
        const QJsonObject u = findUser(index, a);
        if (u.isEmpty()) {
            plan.errors << tr("/userAccess/assignments/%1: User %2 was not found on this tenant")
                               .arg(i)
                               .arg(a.userId.isEmpty() ? a.email : a.userId);
            continue;
        }
        const QString userId = u.value(QLatin1String("id")).toString();
        const QString email = u.value(QLatin1String("email")).toString();
        if (seen.contains(userId)) {
            plan.errors << tr("/userAccess/assignments/%1: %2 is assigned twice").arg(i).arg(email);
            continue;
        }
        seen.insert(userId);
        if (u.value(QLatin1String("superAdmin")).toBool() && a.staircaseRole != StaircaseRole::Admin) {
            plan.errors
                << tr("/userAccess/assignments/%1: %2 is a Gainsight super admin and keeps Staircase Admin; assign "
                      "Admin or leave them out of the profile.")
                       .arg(i)
                       .arg(email);
            continue;
        }
        const QStringList current = u.value(QLatin1String("gsRoles")).toVariant().toStringList();
        const QStringList desired = withStaircaseRole(current, a.staircaseRole);
        const bool resuming = resume.contains(userId) && !u.value(QLatin1String("active")).toBool();
        const bool active = u.value(QLatin1String("active")).toBool() || resuming;
        const QList<AccessProblem> problems = a.staircaseRole == StaircaseRole::None
            ? QList<AccessProblem>{}
            : accessProblems(resuming ? [&] { QJsonObject o = u; o.insert(QStringLiteral("active"), true); return o; }() : u,
                             p.userAccess->fixUsernameMismatches, usernameTaken(byUsername, u));
        for (AccessProblem problem : problems)
            plan.warnings << accessProblemText(problem, u);
        if (current != desired && active)
            changes.append(QJsonObject { { QStringLiteral("userId"), userId },
                                         { QStringLiteral("email"), email },
                                         { QStringLiteral("name"), u.value(QLatin1String("name")) },
                                         { QStringLiteral("gsRoles"), QJsonArray::fromStringList(desired) },
                                         { QStringLiteral("before"), QJsonArray::fromStringList(current) } });
        if (resuming) {
            fixes << userId; // a fix begun by an earlier apply that stopped half-way: finish it
            continue;
        }
        if (a.staircaseRole == StaircaseRole::None || !problems.isEmpty())
            continue;
        if (u.value(QLatin1String("username")).toString() != email && p.userAccess->fixUsernameMismatches)
            fixes << userId;
    }
    if (plan.errors.size() > errorsBefore)
        return;
    const bool anyRole = std::any_of(p.userAccess->assignments.cbegin(), p.userAccess->assignments.cend(),
                                     [](const UserAssignment& a) { return a.staircaseRole != StaircaseRole::None; });
    if (!live.publicApi && anyRole && !live.state.value(QLatin1String("connected")).toBool()
        && connectingStep(plan).isEmpty())
        plan.warnings << notConnectedText();
    // Fixes first: a user being fixed is inactive for a moment, and roles are set on active users only.
    for (const QString& userId : fixes) {
        const QJsonObject u = index.find(UserAssignment { userId, QString(), StaircaseRole::None });
        const QString email = u.value(QLatin1String("email")).toString();
        const bool resuming = !u.value(QLatin1String("active")).toBool();
        PlanStep step;
        step.id = QStringLiteral("users.fix.") + userId;
        step.area = id();
        step.title = resuming ? tr("Finish making %1's username their email (an earlier apply stopped half-way)")
                                    .arg(u.value(QLatin1String("name")).toString())
                              : tr("Make %1's username their email").arg(u.value(QLatin1String("name")).toString());
        step.before = QJsonObject { { QStringLiteral("username"), u.value(QLatin1String("username")) },
                                    { QStringLiteral("active"), u.value(QLatin1String("active")) } };
        step.after = QJsonObject { { QStringLiteral("username"), email }, { QStringLiteral("active"), true } };
        step.beforeText = resuming ? tr("username %1, inactive").arg(u.value(QLatin1String("username")).toString())
                                   : tr("username %1").arg(u.value(QLatin1String("username")).toString());
        step.afterText = tr("username %1, active").arg(email);
        if (!resuming)
            step.calls << PlannedCall { PlannedCall::Kind::DeactivateUser, userId, {} };
        if (u.value(QLatin1String("username")).toString() != email)
            step.calls << PlannedCall { PlannedCall::Kind::UpdateUsername, userId, email };
        step.calls << PlannedCall { PlannedCall::Kind::ActivateUser, userId, {} };
        for (const PlannedCall& c : step.calls)
            step.requests << TenantClient::describe(c);
        step.userWriteCalls = int(step.calls.size());
        step.otherCalls = 0;
        step.warning = tr("Deactivating signs %1 out of platform SSO; they sign in again with their email.").arg(email);
        plan.steps << step;
    }
    for (int start = 0, n = 1; start < changes.size(); start += kBatch, ++n) {
        QJsonArray batch, body;
        QMap<QString, int> roleCounts;
        QStringList beforeLines, afterLines;
        for (int i = start; i < std::min<int>(start + kBatch, int(changes.size())); ++i) {
            const QJsonObject c = changes.at(i).toObject();
            batch.append(c);
            body.append(QJsonObject { { QStringLiteral("userId"), c.value(QLatin1String("userId")) },
                                      { QStringLiteral("gsRoles"), c.value(QLatin1String("gsRoles")) } });
            const StaircaseRole role = staircaseRoleOf(c.value(QLatin1String("gsRoles")).toVariant().toStringList());
            const StaircaseRole was = staircaseRoleOf(c.value(QLatin1String("before")).toVariant().toStringList());
            const auto roleWords = [this](StaircaseRole r) {
                return r == StaircaseRole::None ? tr("no Staircase role") : staircaseGsRole(r);
            };
            ++roleCounts[roleWords(role)];
            const QString who = QStringLiteral("%1 <%2>").arg(c.value(QLatin1String("name")).toString(),
                                                              c.value(QLatin1String("email")).toString());
            beforeLines << tr("%1: %2").arg(who, roleWords(was));
            afterLines << tr("%1: %2").arg(who, roleWords(role));
        }
        QStringList summary;
        for (auto it = roleCounts.begin(); it != roleCounts.end(); ++it)
            summary << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
        PlanStep step;
        step.id = QStringLiteral("users.roles.%1").arg(n);
        step.area = id();
        step.title = tr("Set the Staircase role of %n user(s)", nullptr, int(batch.size()));
        step.before = QJsonValue::Null;
        step.after = QJsonObject { { QStringLiteral("summary"), summary.join(QStringLiteral(", ")) },
                                   { QStringLiteral("users"), batch } };
        step.beforeText = beforeLines.join(QLatin1Char('\n'));
        step.afterText = afterLines.join(QLatin1Char('\n'));
        step.calls << PlannedCall { PlannedCall::Kind::SetUserRoles, {}, body };
        step.requests << TenantClient::describe(step.calls.last());
        step.userWriteCalls = 1;
        step.otherCalls = 0;
        plan.steps << step;
    }
}

void UserAccessArea::apply(const PlanStep& step, const Profile&, std::function<void(const StepResult&)> done)
{
    // A username fix is its calls (deactivate, update, reactivate), whatever its id says.
    const bool fix = std::any_of(step.calls.begin(), step.calls.end(), [](const PlannedCall& c) {
        return c.kind == PlannedCall::Kind::DeactivateUser || c.kind == PlannedCall::Kind::UpdateUsername
            || c.kind == PlannedCall::Kind::ActivateUser;
    });
    if (fix)
        return fixUsername(step, 0, {}, {}, done);
    runCalls(step, 0, done);
}

QString UserAccessArea::changedText(const PlanStep& step) const
{
    const int n = int(step.calls.value(0).body.toArray().size());
    return tr("Roles set for %n user(s).", nullptr, n);
}

QString UserAccessArea::unchangedText(const PlanStep&) const
{
    return tr("The roles were already set.");
}

void UserAccessArea::fixUsername(const PlanStep& step, int index, QStringList ids, ApiResult failure,
                                 std::function<void(const StepResult&)> done)
{
    // The article's order: deactivate → update → reactivate. Once deactivated, the user is reactivated whatever
    // happens to the update: never leave a user locked out. Each call is journaled, so a run killed in between is
    // finished by the next plan (the user is inactive and the journal shows the fix begun).
    if (index >= step.calls.size()) {
        StepResult r = failure.ok() ? StepResult {} : writeOutcome(failure, {}, {}, {});
        if (failure.ok())
            r.message = tr("Username is now %1; the user is active again.")
                            .arg(step.after[QStringLiteral("username")].toString());
        r.requestIds = ids;
        return done(r);
    }
    if (index == 0) {
        // All three calls within today's cap, or none: a cap reached after the deactivation would leave the user
        // locked out until it resets. The step stops cleanly instead, as at any cap, and continues after it.
        const Pacer& pacer = client()->pacer(TenantClient::RateClass::UserWrites);
        if (const qint64 reset = pacer.capResetFor(int(step.calls.size())); reset >= 0) {
            ApiResult capped;
            capped.error = ApiError::capped(reset, pacer.now(), client()->gainsightUrl().host());
            const StepResult out = writeOutcome(capped, {}, {}, {});
            QMetaObject::invokeMethod(
                this, [done, out] { done(out); }, Qt::QueuedConnection);
            return;
        }
    }
    const PlannedCall call = step.calls.at(index);
    ApiJob* job = client()->execute(call);
    // Once the user is inactive, a tenant asking to wait (its count ahead of the pacer's) is waited out: stopping
    // here would leave them locked out until the next apply.
    if (index > 0)
        job->waitOutRateLimits();
    connect(job, &ApiJob::finished, this, [this, step, index, ids, failure, done, call](const ApiResult& r) mutable {
        if (!r.requestId.isEmpty())
            ids << r.requestId;
        Q_EMIT callFinished(step.id, index, r);
        if (!r.ok()) {
            if (call.kind == PlannedCall::Kind::DeactivateUser || call.kind == PlannedCall::Kind::ActivateUser) {
                StepResult out = writeOutcome(r, {}, {}, {});
                out.requestIds = ids;
                return done(
                    out); // nothing to undo before deactivation; a failed reactivation is retried by re-planning
            }
            failure = r; // the update failed: still reactivate
        }
        fixUsername(step, index + 1, ids, failure, done);
    });
}

QList<VerifyCheck> UserAccessArea::verify(const Profile& p, const AreaLive& live) const
{
    QList<VerifyCheck> checks;
    if (!live.ok() || !p.userAccess) {
        checks << VerifyCheck { QStringLiteral("users.read"), id(), tr("Users readable"), false, live.error };
        return checks;
    }
    const QJsonArray users = live.state.value(QLatin1String("users")).toArray();
    const QList<Assigned> assigned = assignedUsers(p, users);
    if (live.publicApi)
        return verifyRoles(id(), p, users, assigned);
    if (!live.state.value(QLatin1String("connected")).toBool()) {
        // What apply did (the roles) is checked; what waits for the connection is named, as in the plan.
        checks = verifyRoles(id(), p, users, assigned);
        if (!assigned.isEmpty())
            checks << VerifyCheck { QStringLiteral("users.connection"),
                                    id(),
                                    tr("Staircase access waits for the connection"),
                                    true,
                                    notConnectedText(),
                                    true };
        return checks;
    }
    QStringList noAccess, attention;
    int withAccess = 0;
    for (const Assigned& a : assigned) {
        if (!a.problems.isEmpty()) {
            attention << a.user.value(QLatin1String("email")).toString();
            continue;
        }
        if (a.user.value(QLatin1String("staircaseAccess")).toBool())
            ++withAccess;
        else
            noAccess << a.user.value(QLatin1String("email")).toString();
    }
    QString detail = tr("%1 of %2 assigned user(s) have access").arg(withAccess).arg(assigned.size());
    if (!attention.isEmpty())
        detail += tr("; %n need attention: %1", nullptr, int(attention.size()))
                      .arg(attention.mid(0, 10).join(QStringLiteral(", ")));
    if (!noAccess.isEmpty())
        detail += tr("; without access although nothing is in the way: %1")
                      .arg(noAccess.mid(0, 10).join(QStringLiteral(", ")));
    checks << VerifyCheck { QStringLiteral("users.access"), id(), tr("Assigned users have Staircase access"),
                            noAccess.isEmpty(), detail + QLatin1Char('.') };
    for (const Assigned& a : assigned)
        for (AccessProblem problem : a.problems)
            checks << VerifyCheck { QStringLiteral("users.attention.") + a.user.value(QLatin1String("id")).toString(),
                                    id(),
                                    accessProblemText(problem, a.user),
                                    true,
                                    tr("Still to do in Gainsight User Management."),
                                    true };
    // Effective permissions hold the items of the bundle for the user's license: evidence, not the rule.
    QHash<QString, QStringList> itemsByLicense;
    for (const QJsonValue& b : live.state.value(QLatin1String("bundles")).toArray())
        itemsByLicense.insert(b[QStringLiteral("license")].toString(),
                              b[QStringLiteral("items")].toVariant().toStringList());
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& u : users)
        byId.insert(u[QStringLiteral("id")].toString(), u.toObject());
    QStringList missing, ssoFailed;
    const QJsonObject permissions = live.state.value(QLatin1String("permissions")).toObject();
    const QJsonObject sso = live.state.value(QLatin1String("sso")).toObject();
    for (auto it = permissions.begin(); it != permissions.end(); ++it) {
        const QJsonObject u = byId.value(it.key());
        const QStringList want = itemsByLicense.value(u.value(QLatin1String("license")).toString());
        const QStringList have = it.value()[QStringLiteral("items")].toVariant().toStringList();
        const bool all = !want.isEmpty() && !have.isEmpty()
            && std::all_of(want.begin(), want.end(), [&](const QString& i) { return have.contains(i); });
        if (!all)
            missing << u.value(QLatin1String("email")).toString();
        if (!sso.value(it.key())[QStringLiteral("ok")].toBool())
            ssoFailed << sso.value(it.key())[QStringLiteral("detail")].toString();
    }
    QStringList allItems;
    for (const QStringList& l : itemsByLicense)
        for (const QString& i : l)
            if (!allItems.contains(i))
                allItems << i;
    const bool bundlesRead = !itemsByLicense.isEmpty();
    checks << VerifyCheck {
        QStringLiteral("users.permissions"), id(), tr("Effective permissions hold the Staircase bundle items"),
        missing.isEmpty() && (bundlesRead || permissions.isEmpty()),
        !bundlesRead && !permissions.isEmpty() ? tr("The tenant lists no Staircase permission bundles.")
            : missing.isEmpty()
            ? tr("Checked %n user(s): %1.", nullptr, int(permissions.size())).arg(allItems.join(QStringLiteral("; ")))
            : tr("Missing items for: %1").arg(missing.mid(0, 10).join(QStringLiteral(", ")))
    };
    checks << VerifyCheck { QStringLiteral("users.sso"), id(), tr("Single sign-on into Staircase works"),
                            ssoFailed.isEmpty(),
                            ssoFailed.isEmpty() ? tr("Checked %n user(s).", nullptr, int(sso.size()))
                                                : ssoFailed.mid(0, 5).join(QLatin1Char(' ')) };
    return checks;
}

QStringList UserAccessArea::manualSteps(const Profile& p) const
{
    if (!p.userAccess || !p.userAccess->fixUsernameMismatches)
        return {};
    return { tr("Tell users whose username was changed to sign in again with their email address.") };
}

} // namespace banister
