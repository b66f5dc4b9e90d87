#include "models/UserAccessModel.h"

#include "core/Plan.h"
#include "models/UserDirectory.h"
#include "net/TenantClient.h"

#include <QColor>
#include <QJsonArray>
#include <cmath>
#include <numeric>

namespace banister {

UserAccessModel::UserAccessModel(TenantClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

void UserAccessModel::load()
{
    const quint64 gen = ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_order.clear();
    m_byId.clear();
    m_byEmail.clear();
    endResetModel();
    m_loading = true;
    m_loaded = false;
    m_errorText.clear();
    Q_EMIT changed();
    readAllUsers(
        m_client, this,
        [this, gen](const QJsonArray& page, int total) {
            if (gen != m_generation)
                return;
            m_total = total;
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(page.size()) - 1);
            for (const QJsonValue& u : page) {
                Row r;
                r.id = u[QStringLiteral("id")].toString();
                r.name = u[QStringLiteral("name")].toString();
                r.email = u[QStringLiteral("email")].toString();
                r.username = u[QStringLiteral("username")].toString();
                r.license = u[QStringLiteral("license")].toString();
                r.managerId = u[QStringLiteral("managerId")].toString();
                r.active = u[QStringLiteral("active")].toBool();
                r.superAdmin = u[QStringLiteral("superAdmin")].toBool();
                r.currentRole = profileRoleOf(u[QStringLiteral("gsRoles")].toVariant().toStringList());
                r.newRole = r.currentRole;
                r.searchText = (r.name + QLatin1Char(' ') + r.email + QLatin1Char(' ') + r.username).toLower();
                r.nameKey = r.name.toLower().toUtf8();
                r.emailKey = r.email.toLower().toUtf8();
                r.usernameKey = r.username.toLower().toUtf8();
                m_byId.insert(r.id, int(m_rows.size()));
                m_byEmail.insert(r.email.toLower(), int(m_rows.size()));
                m_order.append(int(m_rows.size()));
                m_rows.append(r);
            }
            endInsertRows();
            m_sortDirty = true;
            Q_EMIT progress(int(m_rows.size()), total);
        },
        [this, gen](const QString& error) {
            if (gen != m_generation)
                return;
            m_loading = false;
            m_errorText = error;
            m_loaded = error.isEmpty();
            if (m_loaded) {
                // Who manages someone (for the Manager suggestion).
                for (Row& r : m_rows)
                    if (const int m = int(m_byId.value(r.managerId, -1)); m >= 0)
                        m_rows[m].isManager = true;
                applyPending();
            }
            Q_EMIT changed();
        });
}

void UserAccessModel::applyPending()
{
    if (!m_pending)
        return;
    const UserAccessSection s = *m_pending;
    m_pending.reset();
    for (Row& r : m_rows) {
        r.newRole = r.currentRole;
        r.touched = false;
    }
    for (const UserAssignment& a : s.assignments) {
        const int row = a.userId.isEmpty() ? m_byEmail.value(a.email.toLower(), -1) : m_byId.value(a.userId, -1);
        if (row < 0)
            continue; // the plan reports users that no longer exist
        m_rows[row].newRole = a.staircaseRole;
        m_rows[row].touched = true;
    }
    m_fix = s.fixUsernameMismatches;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int UserAccessModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserAccessModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
    if (!isValidEmail(r.email))
        return Problem::InvalidEmail;
    if (r.username != r.email)
        return Problem::UsernameMismatch;
    if (r.newRole != QLatin1String("None") && r.license != QLatin1String("Full") && r.license != QLatin1String("Viewer Plus"))
        return Problem::NoBundle;
    return Problem::None;
}

QString UserAccessModel::problemText(Problem p)
{
    switch (p) {
    case Problem::None: return {};
    case Problem::UsernameMismatch: return tr("username ≠ email: Staircase cannot link the user");
    case Problem::InvalidEmail: return tr("invalid email: Staircase access cannot work");
    case Problem::Inactive: return tr("inactive: no access, roles cannot change");
    case Problem::NoBundle: return tr("Viewer license: no Staircase bundle");
    }
    return {};
}

QVariant UserAccessModel::data(const QModelIndex& idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rowAt(idx.row());
    switch (role) {
    case UserIdRole: return r.id;
    case LicenseRole: return r.license;
    case NewRoleRole: return r.newRole;
    case ProblemRole: return int(problemOf(idx.row()));
    case SearchTextRole: return r.searchText;
    case Qt::ForegroundRole:
        if (idx.column() == ProblemColumn && problemOf(idx.row()) != Problem::None)
            return QColor(0x8a, 0x4b, 0x00);
        if (idx.column() == NewRoleColumn && r.newRole != r.currentRole)
            return QColor(0x15, 0x65, 0xc0);
        return {};
    case Qt::EditRole:
    case Qt::DisplayRole:
        switch (idx.column()) {
        case NameColumn: return r.active ? r.name : tr("%1 (inactive)").arg(r.name);
        case EmailColumn: return r.email;
        case UsernameColumn: return r.username;
        case LicenseColumn: return r.license;
        case CurrentRoleColumn: return r.currentRole == QLatin1String("None") ? tr("—") : r.currentRole;
        case NewRoleColumn: return r.newRole == QLatin1String("None") ? tr("—") : r.newRole;
        case BundleColumn:
            if (r.newRole == QLatin1String("None"))
                return tr("—");
            if (r.license == QLatin1String("Full"))
                return tr("Default Staircase Full Permissions");
            if (r.license == QLatin1String("Viewer Plus"))
                return tr("Default Staircase Viewer Plus Permissions");
            return tr("none (Viewer license)");
        case ProblemColumn: return problemText(problemOf(idx.row()));
        }
        return {};
    case Qt::ToolTipRole:
        if (idx.column() == BundleColumn)
            return tr("The dynamic rule gives users with a Staircase role the bundle of their license.");
        return {};
    default: return {};
    }
}

QVariant UserAccessModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case UsernameColumn: return tr("Username");
    case LicenseColumn: return tr("License");
    case CurrentRoleColumn: return tr("Role now");
    case NewRoleColumn: return tr("New role");
    case BundleColumn: return tr("Bundle");
    case ProblemColumn: return tr("Problem");
    default: return {};
    }
}

Qt::ItemFlags UserAccessModel::flags(const QModelIndex& idx) const
{
    if (!idx.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (idx.column() == NewRoleColumn && rowAt(idx.row()).active)
        f |= Qt::ItemIsEditable;
    return f;
}

bool UserAccessModel::setData(const QModelIndex& idx, const QVariant& value, int role)
{
    if (role != Qt::EditRole || idx.column() != NewRoleColumn)
        return false;
    setRole({idx.row()}, value.toString());
    return true;
}

void UserAccessModel::setRole(const QList<int>& rows, const QString& role)
{
    QList<int> stored;
    for (int row : rows)
        if (row >= 0 && row < m_order.size())
            stored << m_order.at(row);
    setRoleStored(stored, role);
}

void UserAccessModel::setRoleStored(const QList<int>& stored, const QString& role)
{
    static const QStringList roles{QStringLiteral("User"), QStringLiteral("Manager"), QStringLiteral("Admin"), QStringLiteral("None")};
    if (!roles.contains(role))
        return;
    bool any = false;
    m_skippedSuperAdmins.clear();
    for (int s : stored) {
        if (!m_rows.at(s).active)
            continue; // inactive users' roles cannot change
        if (m_rows.at(s).superAdmin && role != QLatin1String("Admin")) {
            m_skippedSuperAdmins << m_rows.at(s).email; // the article: super admins keep Staircase Admin
            continue;
        }
        m_rows[s].newRole = role;
        m_rows[s].touched = true;
        any = true;
    }
    m_hasDraft = true;
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
        if (r.isManager && r.active && !r.superAdmin && r.newRole == QLatin1String("None") && r.license != QLatin1String("Viewer"))
            rows << i;
    }
    setRoleStored(rows, QStringLiteral("Manager"));
    return int(rows.size());
}

int UserAccessModel::changeCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.touched && r.newRole != r.currentRole; }));
}

QString UserAccessModel::durationText() const
{
    Plan plan;
    const int calls = (changeCount() + TenantLimits::kUsersPerCall - 1) / TenantLimits::kUsersPerCall;
    PlanStep s;
    s.userWriteCalls = calls;
    s.otherCalls = 0;
    if (calls > 0)
        plan.steps << s;
    return estimateText(estimate(plan));
}

void UserAccessModel::setFixUsernames(bool on)
{
    m_fix = on;
    m_hasDraft = true;
    Q_EMIT changed();
}

UserAccessSection UserAccessModel::section() const
{
    UserAccessSection s;
    s.fixUsernameMismatches = m_fix;
    for (const Row& r : m_rows)
        if (r.touched)
            s.assignments.append(UserAssignment{r.id, QString(), r.newRole});
    if (!m_loaded && m_pending)
        return *m_pending;
    return s;
}

void UserAccessModel::setSection(const std::optional<UserAccessSection>& s)
{
    m_hasDraft = s.has_value();
    m_pending = s.value_or(UserAccessSection{});
    if (m_loaded)
        applyPending();
    Q_EMIT changed();
}

void UserAccessModel::sort(int column, Qt::SortOrder order)
{
    if (m_rows.isEmpty())
        return;
    if (column == m_sortColumn && order == m_sortOrder && !m_sortDirty)
        return; // the view asks twice (header indicator and sortByColumn); once is enough
    // Byte keys (lower-case UTF-8, made once at load) compare like memcmp: 20 000 rows sort in a few ms.
    QVector<QByteArray> roleKeys;
    QVector<const QByteArray*> keys(m_rows.size());
    if (column == LicenseColumn || column == CurrentRoleColumn || column == NewRoleColumn)
        roleKeys.resize(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows.at(i);
        switch (column) {
        case EmailColumn: keys[i] = &r.emailKey; break;
        case UsernameColumn: keys[i] = &r.usernameKey; break;
        case LicenseColumn: roleKeys[i] = r.license.toUtf8(); keys[i] = &roleKeys[i]; break;
        case CurrentRoleColumn: roleKeys[i] = r.currentRole.toUtf8(); keys[i] = &roleKeys[i]; break;
        case NewRoleColumn: roleKeys[i] = r.newRole.toUtf8(); keys[i] = &roleKeys[i]; break;
        default: keys[i] = &r.nameKey; break;
        }
    }
    m_sortColumn = column;
    m_sortOrder = order;
    m_sortDirty = false;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    const QVector<int> oldOrder = m_order;
    std::sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const int c = keys.at(a)->compare(*keys.at(b));
        if (c != 0)
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        return a < b; // stable: equal keys keep load order
    });
    QVector<int> displayOf(m_rows.size());
    for (int d = 0; d < m_order.size(); ++d)
        displayOf[m_order.at(d)] = d;
    QModelIndexList after;
    for (const QModelIndex& i : before)
        after << index(displayOf.at(oldOrder.at(i.row())), i.column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool UserAccessModel::rowMatches(int row, const QString& search, const QString& license, const QString& role,
                                 bool problemsOnly) const
{
    const Row& r = rowAt(row);
    if (!license.isEmpty() && r.license != license)
        return false;
    if (!role.isEmpty() && r.newRole != role)
        return false;
    if (problemsOnly && problemOf(row) == Problem::None)
        return false;
    return search.isEmpty() || r.searchText.contains(search);
}

void UserFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_users = qobject_cast<UserAccessModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void UserFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_users)
        m_users->sort(column, order);
}

void UserFilterModel::setSearch(const QString& text)
{
    m_search = text.trimmed().toLower();
    invalidate(); // one layout change, not thousands of row removals
}

void UserFilterModel::setLicense(const QString& license)
{
    m_license = license;
    invalidate(); // one layout change, not thousands of row removals
}

void UserFilterModel::setRole(const QString& role)
{
    m_role = role;
    invalidate(); // one layout change, not thousands of row removals
}

void UserFilterModel::setProblemsOnly(bool on)
{
    m_problemsOnly = on;
    invalidate(); // one layout change, not thousands of row removals
}

bool UserFilterModel::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    if (m_users)
        return m_users->rowMatches(row, m_search, m_license, m_role, m_problemsOnly);
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    if (!m_license.isEmpty() && i.data(UserAccessModel::LicenseRole).toString() != m_license)
        return false;
    if (!m_role.isEmpty() && i.data(UserAccessModel::NewRoleRole).toString() != m_role)
        return false;
    if (m_problemsOnly && i.data(UserAccessModel::ProblemRole).toInt() == int(UserAccessModel::Problem::None))
        return false;
    return m_search.isEmpty() || i.data(UserAccessModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace banister
