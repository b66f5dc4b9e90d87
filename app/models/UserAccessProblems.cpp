#include "models/UserAccessModel.h"

#include <algorithm>
#include <cstring>

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
    return f.search.isEmpty() || searchMatches(stored, f.search);
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

void UserAccessModel::appendSearchText(Row& r, Page& page)
{
    const QString text = (r.name + QLatin1Char(' ') + r.email + QLatin1Char(' ') + r.username).toLower();
    r.searchUtf16 = hasLoneSurrogate(text);
    if (r.searchUtf16)
        page.search.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    else
        page.search.append(text.toUtf8());
    page.searchEnds.push_back(quint32(page.search.size()));
    page.search.append('\0');
}

QByteArrayView UserAccessModel::searchBytes(int stored) const
{
    const quint32 begin = stored == 0 ? 0 : m_searchEnd[size_t(stored) - 1] + 1;
    return QByteArrayView(m_search.constData() + begin, qsizetype(m_searchEnd[size_t(stored)] - begin));
}

QString UserAccessModel::searchTextOf(int stored) const
{
    const QByteArrayView bytes = searchBytes(stored);
    if (m_rows.at(stored).searchUtf16) {
        // Copied bytewise: a row's text may start at an odd offset, not where a QChar may be read.
        QString utf16(bytes.size() / 2, Qt::Uninitialized);
        std::memcpy(utf16.data(), bytes.data(), size_t(utf16.size()) * sizeof(QChar));
        return utf16;
    }
    return QString::fromUtf8(bytes);
}

void UserAccessModel::setNeedle(const QString& search) const
{
    if (search == m_needle && !m_needleUtf8.isNull())
        return;
    m_needle = search;
    m_needleUtf8 = search.toUtf8();
    m_needleSurrogates = hasSurrogate(search);
}

// Substrings of valid UTF-16 text and of its UTF-8 are the same; text or a search with surrogates is searched as
// UTF-16, as before.
bool UserAccessModel::searchMatches(int stored, const QString& search) const
{
    setNeedle(search);
    if (m_rows.at(stored).searchUtf16 || m_needleSurrogates)
        return searchTextOf(stored).contains(search);
    return searchBytes(stored).contains(m_needleUtf8);
}

std::vector<bool> UserAccessModel::storedMatchesAll(const Filter& f) const
{
    const size_t n = m_searchEnd.size();
    std::vector<bool> pass(n, f.search.isEmpty());
    if (!f.search.isEmpty()) {
        setNeedle(f.search);
        if (m_needleSurrogates) {
            for (size_t s = 0; s < n; ++s)
                pass[s] = searchMatches(int(s), f.search);
        } else {
            // One pass over all rows' text: each hit belongs to the row whose text it starts in, and counts only if
            // it ends there too (a match never spans the NUL between two rows).
            const QByteArrayView all(m_search);
            const qsizetype length = m_needleUtf8.size();
            size_t row = 0;
            for (qsizetype at = all.indexOf(m_needleUtf8); at >= 0 && row < n;) {
                while (row < n && m_searchEnd[row] < quint32(at))
                    ++row;
                if (row == n)
                    break;
                const bool inRow = at + length <= qsizetype(m_searchEnd[row]);
                if (inRow && !m_rows.at(int(row)).searchUtf16)
                    pass[row] = true;
                at = all.indexOf(m_needleUtf8, inRow ? qsizetype(m_searchEnd[row]) + 1 : at + 1);
            }
            for (const int s : m_utf16Rows)
                pass[size_t(s)] = searchMatches(s, f.search);
        }
    }
    if (!f.license && !f.role && !f.problemsOnly)
        return pass;
    Filter rest = f;
    rest.search.clear();
    for (size_t s = 0; s < n; ++s)
        if (pass[s])
            pass[s] = storedMatches(int(s), rest);
    return pass;
}

} // namespace banister
