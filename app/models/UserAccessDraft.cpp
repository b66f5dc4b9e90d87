#include "models/UserAccessModel.h"

#include "core/Plan.h"

#include <algorithm>

namespace banister {

// The draft: the roles the admin set, the username fix, and the profile section they make.

void UserAccessModel::applyPending()
{
    if (!m_pending.isHeld())
        return;
    const UserAccessSection s = *m_pending.take();
    m_unresolved.clear();
    for (Row& r : m_rows) {
        r.newRole = r.currentRole;
        r.touched = false;
    }
    for (const UserAssignment& a : s.assignments) {
        const int row = a.userId.isEmpty() ? m_byEmail.value(a.email.toLower(), -1) : m_byId.value(a.userId, -1);
        if (row < 0) {
            m_unresolved << a; // kept in the profile: the plan reports users the tenant does not have
            continue;
        }
        m_rows[row].newRole = roleCode(a.staircaseRole);
        m_rows[row].touched = true;
    }
    m_fix = s.fixUsernameMismatches;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void UserAccessModel::setRole(const QList<int>& rows, StaircaseRole role)
{
    QList<int> stored;
    for (int row : rows)
        if (row >= 0 && row < m_order.size())
            stored << m_order.at(row);
    setRoleStored(stored, role);
}

void UserAccessModel::setRoleStored(const QList<int>& stored, StaircaseRole role)
{
    if (isBusy())
        return; // the rows are being made again; the roles are set once the users are there
    bool any = false;
    m_skippedSuperAdmins.clear();
    for (int s : stored) {
        if (!m_rows.at(s).active)
            continue; // inactive users' roles cannot change
        if (m_rows.at(s).superAdmin && role != StaircaseRole::Admin) {
            m_skippedSuperAdmins << m_rows.at(s).email; // the article: super admins keep Staircase Admin
            continue;
        }
        m_rows[s].newRole = roleCode(role);
        m_rows[s].touched = true;
        any = true;
    }
    setHasDraft(true);
    m_sortDirty = true;
    if (any)
        Q_EMIT dataChanged(index(0, NewRoleColumn), index(int(m_rows.size()) - 1, ProblemColumn));
    Q_EMIT changed();
}

int UserAccessModel::suggestManagers()
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows.at(i);
        if (r.isManager && r.active && !r.superAdmin && r.newRole == NoRole
            && licenseFromName(m_licenses.at(r.license)) != License::Viewer)
            rows << i;
    }
    setRoleStored(rows, StaircaseRole::Manager);
    return int(rows.size());
}

int UserAccessModel::changeCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row& r) { return r.touched && r.newRole != r.currentRole; }));
}

QString UserAccessModel::durationText() const
{
    // As the plan will have them: one step a call.
    Plan plan;
    const int calls = (changeCount() + TenantLimits::kUsersPerCall - 1) / TenantLimits::kUsersPerCall;
    PlanStep s;
    s.userWriteCalls = 1;
    s.otherCalls = 0;
    for (int i = 0; i < calls; ++i)
        plan.steps << s;
    return estimateText(estimate(plan));
}

void UserAccessModel::setFixUsernames(bool on)
{
    m_fix = on;
    if (m_pending.isHeld()) { // made while the users load: the held draft takes it, or its own would come back
        UserAccessSection s = *m_pending.held();
        s.fixUsernameMismatches = on;
        m_pending.hold(s);
    }
    setHasDraft(true);
    Q_EMIT changed();
}

UserAccessSection UserAccessModel::section() const
{
    UserAccessSection s;
    s.fixUsernameMismatches = m_fix;
    for (const Row& r : m_rows)
        if (r.touched)
            s.assignments.append(UserAssignment { r.id, QString(), roleOf(r.newRole) });
    s.assignments << m_unresolved;
    if (!isLoaded() && m_pending.isHeld())
        return *m_pending.held();
    return s;
}

void UserAccessModel::setSection(const std::optional<UserAccessSection>& s)
{
    setHasDraft(s.has_value());
    m_pending.hold(s.value_or(UserAccessSection {}));
    if (isLoaded())
        applyPending();
    Q_EMIT changed();
}

void UserAccessModel::forgetTenant()
{
    // The roles set so far, by email: ids are the last tenant's, the same people have other ids on the next one.
    if (hasDraft() && !m_pending.isHeld() && isLoaded()) {
        UserAccessSection s;
        s.fixUsernameMismatches = m_fix;
        for (const Row& r : std::as_const(m_rows))
            if (r.touched)
                s.assignments.append(UserAssignment { QString(), r.email, roleOf(r.newRole) });
        s.assignments << m_unresolved;
        m_pending.hold(s);
    }
    StepModel::forgetTenant();
    Q_EMIT changed();
}

void UserAccessModel::writeDraft(Profile& profile) const
{
    if (hasDraft())
        profile.userAccess = section();
}

} // namespace banister
