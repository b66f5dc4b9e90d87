#include "models/UserAccessModel.h"

#include <QColor>
#include <algorithm>
#include <utility>
#include <vector>

namespace banister {

UserAccessModel::UserAccessModel(TenantClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

UserAccessModel::RoleCode UserAccessModel::roleCode(StaircaseRole role)
{
    switch (role) {
    case StaircaseRole::User:
        return UserRole;
    case StaircaseRole::Manager:
        return ManagerRole;
    case StaircaseRole::Admin:
        return AdminRole;
    case StaircaseRole::None:
        break;
    }
    return NoRole;
}

StaircaseRole UserAccessModel::roleOf(quint8 code)
{
    switch (code) {
    case AdminRole:
        return StaircaseRole::Admin;
    case ManagerRole:
        return StaircaseRole::Manager;
    case UserRole:
        return StaircaseRole::User;
    default:
        return StaircaseRole::None;
    }
}

int UserAccessModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserAccessModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserAccessModel::data(const QModelIndex& idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rowAt(idx.row());
    switch (role) {
    case UserIdRole:
        return r.id;
    case LicenseRole:
        return m_licenses.at(r.license);
    case NewRoleRole:
        return staircaseRoleName(roleOf(r.newRole));
    case ProblemRole:
        return int(problemOf(idx.row()));
    case SearchTextRole:
        return searchTextOf(m_order.at(idx.row()));
    case Qt::ForegroundRole:
        if (idx.column() == ProblemColumn && problemOf(idx.row()) != Problem::None)
            return QColor(0x8a, 0x4b, 0x00);
        if (idx.column() == NewRoleColumn && r.newRole != r.currentRole)
            return QColor(0x15, 0x65, 0xc0);
        return {};
    case Qt::EditRole:
    case Qt::DisplayRole:
        switch (idx.column()) {
        case NameColumn:
            return r.active ? r.name : tr("%1 (inactive)").arg(r.name);
        case EmailColumn:
            return r.email;
        case UsernameColumn:
            return r.username;
        case LicenseColumn:
            return m_licenses.at(r.license);
        case CurrentRoleColumn:
            return r.currentRole == NoRole ? tr("—") : staircaseRoleName(roleOf(r.currentRole));
        case NewRoleColumn:
            return r.newRole == NoRole ? tr("—") : staircaseRoleName(roleOf(r.newRole));
        case BundleColumn: {
            if (r.newRole == NoRole)
                return tr("—");
            const std::optional<License> license = licenseFromName(m_licenses.at(r.license));
            if (license == License::Full)
                return tr("Default Staircase Full Permissions");
            if (license == License::ViewerPlus)
                return tr("Default Staircase Viewer Plus Permissions");
            return tr("none (Viewer license)");
        }
        case ProblemColumn:
            return problemText(problemOf(idx.row()));
        }
        return {};
    case Qt::ToolTipRole:
        if (idx.column() == BundleColumn)
            return tr("The dynamic rule gives users with a Staircase role the bundle of their license.");
        return {};
    default:
        return {};
    }
}

QVariant UserAccessModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case UsernameColumn:
        return tr("Username");
    case LicenseColumn:
        return tr("License");
    case CurrentRoleColumn:
        return tr("Role now");
    case NewRoleColumn:
        return tr("New role");
    case BundleColumn:
        return tr("Bundle");
    case ProblemColumn:
        return tr("Problem");
    default:
        return {};
    }
}

Qt::ItemFlags UserAccessModel::flags(const QModelIndex& idx) const
{
    if (!idx.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (idx.column() == NewRoleColumn && rowAt(idx.row()).active && !isBusy())
        f |= Qt::ItemIsEditable;
    return f;
}

bool UserAccessModel::setData(const QModelIndex& idx, const QVariant& value, int role)
{
    if (role != Qt::EditRole || idx.column() != NewRoleColumn)
        return false;
    if (const std::optional<StaircaseRole> r = staircaseRoleFromName(value.toString()))
        setRole({ idx.row() }, *r);
    return true;
}

void UserAccessModel::sort(int column, Qt::SortOrder order)
{
    if (m_rows.isEmpty())
        return;
    if (column == m_sortColumn && order == m_sortOrder && !m_sortDirty)
        return; // the view asks twice (header indicator and sortByColumn); once is enough
    // One small number per row (text ranks made once after the load, license and role codes).
    std::vector<quint32> keys(m_rows.size());
    if (column == LicenseColumn) {
        QStringList sorted = m_licenses;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
        std::vector<quint32> rankOf(m_licenses.size());
        for (int i = 0; i < m_licenses.size(); ++i)
            rankOf[i] = quint32(sorted.indexOf(m_licenses.at(i)));
        for (int i = 0; i < m_rows.size(); ++i)
            keys[i] = rankOf[m_rows.at(i).license];
    } else if (column == CurrentRoleColumn || column == NewRoleColumn) {
        for (int i = 0; i < m_rows.size(); ++i)
            keys[i] = column == CurrentRoleColumn ? m_rows.at(i).currentRole : m_rows.at(i).newRole;
    } else {
        const Ranks& r = ranks();
        keys = column == EmailColumn ? r.email : column == UsernameColumn ? r.username : r.name;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    m_sortDirty = false;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> storedBefore;
    storedBefore.reserve(before.size());
    for (const QModelIndex& i : before)
        storedBefore << m_order.at(i.row());
    // The keys are below the row count (ranks) or a handful (codes): a counting sort, rows taken in load order, so
    // equal keys keep it either way.
    const quint32 top = *std::max_element(keys.begin(), keys.end());
    std::vector<int> next(size_t(top) + 1, 0);
    const auto slot = [&](int row) { return order == Qt::AscendingOrder ? keys[row] : top - keys[row]; };
    for (int row = 0; row < int(keys.size()); ++row)
        ++next[slot(row)];
    int first = 0;
    for (int& n : next)
        first += std::exchange(n, first);
    for (int row = 0; row < int(keys.size()); ++row)
        m_order[next[slot(row)]++] = row;
    if (!before.isEmpty()) {
        QVector<int> displayOf(m_rows.size());
        for (int d = 0; d < m_order.size(); ++d)
            displayOf[m_order.at(d)] = d;
        QModelIndexList after;
        after.reserve(before.size());
        for (int k = 0; k < before.size(); ++k)
            after << index(displayOf.at(storedBefore.at(k)), before.at(k).column());
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace banister
