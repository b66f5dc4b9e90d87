#include "models/UserAccessModel.h"

#include <algorithm>

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
    return f.search.isEmpty() || searchMatches(r, f.search);
}

namespace {
bool hasSurrogate(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isSurrogate(); });
}
bool hasLoneSurrogate(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
            ++i;
        else if (s[i].isSurrogate())
            return true;
    }
    return false;
}
} // namespace

void UserAccessModel::setSearchText(Row& r)
{
    const QString text = (r.name + QLatin1Char(' ') + r.email + QLatin1Char(' ') + r.username).toLower();
    r.searchUtf16 = hasLoneSurrogate(text);
    r.searchText
        = r.searchUtf16 ? QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2) : text.toUtf8();
    r.searchText.squeeze(); // toUtf8() leaves room for three bytes a character
}

QString UserAccessModel::searchTextOf(const Row& r)
{
    if (r.searchUtf16)
        return QString(reinterpret_cast<const QChar*>(r.searchText.constData()), r.searchText.size() / 2);
    return QString::fromUtf8(r.searchText);
}

// Substrings of valid UTF-16 text and of its UTF-8 are the same; text or a search with surrogates is searched as
// UTF-16, as before.
bool UserAccessModel::searchMatches(const Row& r, const QString& search) const
{
    if (search != m_needle) {
        m_needle = search;
        m_needleUtf8 = search.toUtf8();
        m_needleSurrogates = hasSurrogate(search);
    }
    if (r.searchUtf16 || m_needleSurrogates)
        return searchTextOf(r).contains(search);
    return QByteArrayView(r.searchText).contains(m_needleUtf8);
}

bool UserAccessModel::rowMatches(int row, const QString& search, std::optional<License> license,
                                 std::optional<StaircaseRole> role, bool problemsOnly) const
{
    return storedMatches(m_order.at(row), Filter { search, license, role, problemsOnly });
}

} // namespace banister
