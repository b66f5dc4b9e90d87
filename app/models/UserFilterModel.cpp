#include "models/UserFilterModel.h"

#include <utility>

namespace banister {

void UserFilterModel::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    // QAbstractProxyModel's own wiring is for headers only; rows, data and layout are followed here.
    QAbstractProxyModel::setSourceModel(model);
    m_users = qobject_cast<UserAccessModel*>(model);
    if (m_users) {
        m_connections << connect(m_users, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); })
                      << connect(m_users, &QAbstractItemModel::modelReset, this,
                                 [this] {
                                     collect();
                                     endResetModel();
                                 })
                      << connect(m_users, &QAbstractItemModel::rowsInserted, this,
                                 [this](const QModelIndex&, int first, int last) { onSourceRowsInserted(first, last); })
                      << connect(m_users, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                 [this] { beginResetModel(); })
                      << connect(m_users, &QAbstractItemModel::rowsRemoved, this,
                                 [this] {
                                     collect();
                                     endResetModel();
                                 })
                      << connect(m_users, &QAbstractItemModel::dataChanged, this, &UserFilterModel::onSourceDataChanged)
                      << connect(m_users, &QAbstractItemModel::layoutAboutToBeChanged, this,
                                 [this] {
                                     Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
                                     m_layoutBefore = persistentIndexList();
                                     m_layoutStored.clear();
                                     for (const QModelIndex& i : std::as_const(m_layoutBefore))
                                         m_layoutStored << m_users->storedIndex(m_rows.at(i.row()));
                                 })
                      << connect(m_users, &QAbstractItemModel::layoutChanged, this, [this] {
                             // The same rows pass; only their order changed.
                             const QModelIndexList before = std::exchange(m_layoutBefore, {});
                             const QVector<int> stored = std::exchange(m_layoutStored, {});
                             m_rows.clear();
                             for (int s = 0; s < m_users->rowCount(); ++s)
                                 if (m_accepted[size_t(m_users->storedIndex(s))])
                                     m_rows << s;
                             m_proxyOf.fill(-1, m_users->rowCount());
                             for (int p = 0; p < m_rows.size(); ++p)
                                 m_proxyOf[m_rows.at(p)] = p;
                             remap(before, stored);
                             Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
                         });
    }
    collect();
    endResetModel();
}

void UserFilterModel::collect()
{
    m_rows.clear();
    if (!m_users) {
        m_accepted.clear();
        m_proxyOf.clear();
        return;
    }
    const int n = m_users->rowCount();
    m_accepted = m_users->storedMatchesAll(m_filter);
    m_rows.reserve(n);
    for (int r = 0; r < n; ++r)
        if (m_accepted[size_t(m_users->storedIndex(r))])
            m_rows << r;
    m_proxyOf.fill(-1, n);
    for (int p = 0; p < m_rows.size(); ++p)
        m_proxyOf[m_rows.at(p)] = p;
}

void UserFilterModel::remap(const QModelIndexList& before, const QVector<int>& storedBefore)
{
    if (before.isEmpty())
        return;
    std::vector<int> proxyOfStored(m_accepted.size(), -1);
    for (int p = 0; p < m_rows.size(); ++p)
        proxyOfStored[size_t(m_users->storedIndex(m_rows.at(p)))] = p;
    QModelIndexList after;
    after.reserve(before.size());
    for (int k = 0; k < before.size(); ++k) {
        const int p = proxyOfStored[size_t(storedBefore.at(k))];
        after << (p < 0 ? QModelIndex() : index(p, before.at(k).column()));
    }
    changePersistentIndexList(before, after);
}

void UserFilterModel::rebuild()
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QVector<int> stored;
    stored.reserve(before.size());
    for (const QModelIndex& i : before)
        stored << m_users->storedIndex(m_rows.at(i.row()));
    collect();
    remap(before, stored);
    Q_EMIT layoutChanged();
}

void UserFilterModel::onSourceRowsInserted(int first, int last)
{
    // The source only appends (pages as they load); anything else is a reset.
    if (first != int(m_proxyOf.size())) {
        beginResetModel();
        collect();
        endResetModel();
        return;
    }
    m_accepted.resize(size_t(m_users->rowCount()), false);
    m_proxyOf.resize(m_users->rowCount(), -1);
    QVector<int> added;
    for (int r = first; r <= last; ++r) {
        const int s = m_users->storedIndex(r);
        m_accepted[size_t(s)] = m_users->storedMatches(s, m_filter);
        if (m_accepted[size_t(s)])
            added << r;
    }
    if (added.isEmpty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(added.size()) - 1);
    for (int r : std::as_const(added)) {
        m_proxyOf[r] = int(m_rows.size());
        m_rows << r;
    }
    endInsertRows();
}

void UserFilterModel::onSourceDataChanged(const QModelIndex& tl, const QModelIndex& br, const QList<int>& roles)
{
    // Role and problem filters depend on the new role: rows may come or go (as a dynamic filter does).
    if (m_filter.role || m_filter.problemsOnly || !m_filter.search.isEmpty() || m_filter.license) {
        bool same = true;
        for (int r = tl.row(); r <= br.row() && same; ++r) {
            const int s = m_users->storedIndex(r);
            same = m_accepted[size_t(s)] == m_users->storedMatches(s, m_filter);
        }
        if (!same) {
            rebuild();
            return;
        }
    }
    // Forward as one range over the proxy rows the source range covers.
    int lo = -1, hi = -1;
    for (int r = tl.row(); r <= br.row(); ++r)
        if (const int p = m_proxyOf.value(r, -1); p >= 0) {
            lo = lo < 0 ? p : std::min(lo, p);
            hi = std::max(hi, p);
        }
    if (lo >= 0)
        Q_EMIT dataChanged(index(lo, tl.column()), index(hi, br.column()), roles);
}

void UserFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_users)
        m_users->sort(column, order);
}

void UserFilterModel::setSearch(const QString& text)
{
    const QString search = text.trimmed().toLower();
    if (search == m_filter.search)
        return;
    m_filter.search = search;
    rebuild();
}

void UserFilterModel::setLicense(std::optional<License> license)
{
    if (license == m_filter.license)
        return;
    m_filter.license = license;
    rebuild();
}

void UserFilterModel::setRole(std::optional<StaircaseRole> role)
{
    if (role == m_filter.role)
        return;
    m_filter.role = role;
    rebuild();
}

void UserFilterModel::setProblemsOnly(bool on)
{
    if (on == m_filter.problemsOnly)
        return;
    m_filter.problemsOnly = on;
    rebuild();
}

QModelIndex UserFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex UserFilterModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex UserFilterModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int UserFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_users ? 0 : m_users->columnCount();
}

bool UserFilterModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex UserFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_users || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_rows.size())
        return {};
    return m_users->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex UserFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_users || !sourceIndex.isValid() || sourceIndex.model() != m_users)
        return {};
    const int p = m_proxyOf.value(sourceIndex.row(), -1);
    return p < 0 ? QModelIndex() : index(p, sourceIndex.column());
}

} // namespace banister
