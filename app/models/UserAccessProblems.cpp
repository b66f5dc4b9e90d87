#include "models/UserAccessModel.h"

namespace banister {

// What keeps a user from Staircase access, and whether a row passes UserFilterModel's filter.

int UserAccessModel::licenseCode(const QString& license) const
{
    return int(m_licenses.indexOf(license));
}

bool UserAccessModel::hasBundle(const Row& r) const
{
    return hasStaircaseBundle(m_licenses.at(r.license));
}

UserAccessModel::Problem UserAccessModel::problemOf(int row) const
{
    return problemOfStored(m_order.at(row));
}

UserAccessModel::Problem UserAccessModel::problemOfStored(int stored) const
{
    const Row& r = m_rows.at(stored);
    if (!r.active)
        return Problem::Inactive;
    if (!r.validEmail)
        return Problem::InvalidEmail;
    if (!r.usernameIsEmail)
        return Problem::UsernameMismatch;
    if (r.newRole != NoRole && !hasBundle(r))
        return Problem::NoBundle;
    return Problem::None;
}

QString UserAccessModel::problemText(Problem p)
{
    switch (p) {
    case Problem::None:
        return {};
    case Problem::UsernameMismatch:
        return tr("username ≠ email: Staircase cannot link the user");
    case Problem::InvalidEmail:
        return tr("invalid email: Staircase access cannot work");
    case Problem::Inactive:
        return tr("inactive: no access, roles cannot change");
    case Problem::NoBundle:
        return tr("Viewer license: no Staircase bundle");
    }
    return {};
}

bool UserAccessModel::storedMatches(int stored, const Filter& f) const
{
    const Row& r = m_rows.at(stored);
    if (f.license && m_licenses.at(r.license) != licenseName(*f.license))
        return false;
    if (f.role && roleOf(r.newRole) != *f.role)
        return false;
    if (f.problemsOnly && problemOfStored(stored) == Problem::None)
        return false;
    return f.search.isEmpty() || r.searchText.contains(f.search);
}

bool UserAccessModel::rowMatches(int row, const QString& search, std::optional<License> license,
                                 std::optional<StaircaseRole> role, bool problemsOnly) const
{
    return storedMatches(m_order.at(row), Filter { search, license, role, problemsOnly });
}

} // namespace banister
