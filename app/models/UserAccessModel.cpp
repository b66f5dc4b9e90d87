#include "models/UserAccessModel.h"

#include "core/Plan.h"
#include "models/UserDirectory.h"
#include "net/TenantClient.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>
#include <numeric>
#include <utility>

namespace banister {

UserAccessModel::UserAccessModel(TenantClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

UserAccessModel::RoleCode UserAccessModel::roleCode(const QString& role)
{
    if (role == QLatin1String("User"))
        return UserRole;
    if (role == QLatin1String("Manager"))
        return ManagerRole;
    if (role == QLatin1String("Admin"))
        return AdminRole;
    return NoRole;
}

QString UserAccessModel::roleName(quint8 code)
{
    static const QString names[]
        = { QStringLiteral("Admin"), QStringLiteral("Manager"), QStringLiteral("None"), QStringLiteral("User") };
    return names[code <= quint8(UserRole) ? code : quint8(NoRole)];
}

UserAccessModel::Page UserAccessModel::parsePage(const QJsonArray& users)
{
    Page p;
    p.rows.reserve(users.size());
    p.licenses.reserve(users.size());
    p.managerIds.reserve(users.size());
    for (const QJsonValue& u : users) {
        const QJsonObject o = u.toObject();
        Row r;
        r.id = o.value(QLatin1String("id")).toString();
        r.name = o.value(QLatin1String("name")).toString();
        r.email = o.value(QLatin1String("email")).toString();
        r.username = o.value(QLatin1String("username")).toString();
        if (r.username == r.email)
            r.username = r.email; // one string, not two equal ones
        r.active = o.value(QLatin1String("active")).toBool();
        r.superAdmin = o.value(QLatin1String("superAdmin")).toBool();
        QStringList gsRoles;
        for (const QJsonValue& g : o.value(QLatin1String("gsRoles")).toArray())
            gsRoles << g.toString();
        r.currentRole = roleCode(profileRoleOf(gsRoles));
        r.newRole = r.currentRole;
        r.validEmail = isValidEmail(r.email);
        r.usernameIsEmail = r.username == r.email;
        r.searchText = (r.name + QLatin1Char(' ') + r.email + QLatin1Char(' ') + r.username).toLower();
        p.licenses << o.value(QLatin1String("license")).toString();
        p.managerIds << o.value(QLatin1String("managerId")).toString();
        p.rows << std::move(r);
    }
    return p;
}

void UserAccessModel::load()
{
    const quint64 gen = ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_order.clear();
    m_byId.clear();
    m_byEmail.clear();
    m_licenses.clear();
    m_managerIds.clear();
    m_parsing.clear();
    m_ranks = {};
    m_ranksFor = -1;
    m_ranksJob = {};
    endResetModel();
    m_fetched = false;
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
            // Turning 500 users into rows is the slow part of a page: a worker does it; pages are taken in order.
            QFuture<Page> parsed = QtConcurrent::run(&UserAccessModel::parsePage, page);
            m_parsing << parsed;
            parsed.then(this, [this, gen](const Page&) {
                if (gen == m_generation)
                    takeParsedPages();
            });
        },
        [this, gen](const QString& error) {
            if (gen != m_generation)
                return;
            if (!error.isEmpty()) {
                m_parsing.clear();
                m_loading = false;
                m_errorText = error;
                Q_EMIT changed();
                return;
            }
            m_fetched = true;
            takeParsedPages();
        });
}

void UserAccessModel::takeParsedPages()
{
    while (!m_parsing.isEmpty() && m_parsing.first().isFinished())
        appendPage(m_parsing.takeFirst().result());
    if (m_fetched && m_parsing.isEmpty() && m_loading)
        finishLoad();
}

void UserAccessModel::appendPage(Page page)
{
    if (page.rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    m_rows.reserve(std::max(qsizetype(m_total), m_rows.size() + page.rows.size()));
    for (int i = 0; i < page.rows.size(); ++i) {
        Row& r = page.rows[i];
        int code = int(m_licenses.indexOf(page.licenses.at(i)));
        if (code < 0) {
            code = int(m_licenses.size());
            m_licenses << page.licenses.at(i);
        }
        r.license = quint8(std::min(code, 255));
        const int stored = int(m_rows.size());
        m_byId.insert(r.id, stored);
        const QString lower = r.email.toLower();
        m_byEmail.insert(lower == r.email ? r.email : lower, stored);
        m_order.append(stored);
        m_managerIds << page.managerIds.at(i);
        m_rows.append(std::move(r));
    }
    endInsertRows();
    m_sortDirty = true;
    Q_EMIT progress(int(m_rows.size()), m_total);
}

void UserAccessModel::finishLoad()
{
    m_loading = false;
    m_loaded = true;
    // Who manages someone (for the Manager suggestion).
    for (const QString& managerId : std::as_const(m_managerIds))
        if (const int m = m_byId.value(managerId, -1); m >= 0)
            m_rows[m].isManager = true;
    m_managerIds = QStringList();
    m_licenses.squeeze();
    startRanks();
    applyPending();
    Q_EMIT changed();
}

UserAccessModel::Ranks UserAccessModel::computeRanks(const std::vector<QString>& names,
                                                     const std::vector<QString>& emails,
                                                     const std::vector<QString>& usernames)
{
    // Lower-case UTF-8 compared bytewise, as the table always sorted; ties keep equal ranks.
    const auto rank = [](const std::vector<QString>& texts) {
        std::vector<QByteArray> keys(texts.size());
        for (size_t i = 0; i < texts.size(); ++i)
            keys[i] = texts[i].toLower().toUtf8();
        std::vector<quint32> order(texts.size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&keys](quint32 a, quint32 b) { return keys[a] < keys[b]; });
        std::vector<quint32> ranks(texts.size());
        quint32 r = 0;
        for (size_t i = 0; i < order.size(); ++i) {
            if (i > 0 && keys[order[i]] != keys[order[i - 1]])
                r = quint32(i);
            ranks[order[i]] = r;
        }
        return ranks;
    };
    return Ranks { rank(names), rank(emails), rank(usernames) };
}

void UserAccessModel::startRanks()
{
    std::vector<QString> names, emails, usernames; // shallow copies: the rows' strings never change after load
    names.reserve(m_rows.size());
    emails.reserve(m_rows.size());
    usernames.reserve(m_rows.size());
    for (const Row& r : std::as_const(m_rows)) {
        names.push_back(r.name);
        emails.push_back(r.email);
        usernames.push_back(r.username);
    }
    const quint64 gen = m_generation;
    const int count = int(m_rows.size());
    m_ranksJob
        = QtConcurrent::run(&UserAccessModel::computeRanks, std::move(names), std::move(emails), std::move(usernames));
    m_ranksJob.then(this, [this, gen, count](Ranks r) {
        if (gen != m_generation || m_ranksFor == count)
            return;
        m_ranks = std::move(r);
        m_ranksFor = count;
    });
}

const UserAccessModel::Ranks& UserAccessModel::ranks()
{
    if (m_ranksFor == int(m_rows.size()))
        return m_ranks;
    // A sort before the worker is done (or while loading): the same ranks, made here once.
    std::vector<QString> names, emails, usernames;
    for (const Row& r : std::as_const(m_rows)) {
        names.push_back(r.name);
        emails.push_back(r.email);
        usernames.push_back(r.username);
    }
    m_ranks = computeRanks(names, emails, usernames);
    m_ranksFor = int(m_rows.size());
    return m_ranks;
}

int UserAccessModel::licenseCode(const QString& license) const
{
    return int(m_licenses.indexOf(license));
}

bool UserAccessModel::hasBundle(const Row& r) const
{
    const QString& l = m_licenses.at(r.license);
    return l == QLatin1String("Full") || l == QLatin1String("Viewer Plus");
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
        m_rows[row].newRole = roleCode(a.staircaseRole);
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
        return roleName(r.newRole);
    case ProblemRole:
        return int(problemOf(idx.row()));
    case SearchTextRole:
        return r.searchText;
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
            return r.currentRole == NoRole ? tr("—") : roleName(r.currentRole);
        case NewRoleColumn:
            return r.newRole == NoRole ? tr("—") : roleName(r.newRole);
        case BundleColumn: {
            if (r.newRole == NoRole)
                return tr("—");
            const QString& license = m_licenses.at(r.license);
            if (license == QLatin1String("Full"))
                return tr("Default Staircase Full Permissions");
            if (license == QLatin1String("Viewer Plus"))
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
    if (idx.column() == NewRoleColumn && rowAt(idx.row()).active)
        f |= Qt::ItemIsEditable;
    return f;
}

bool UserAccessModel::setData(const QModelIndex& idx, const QVariant& value, int role)
{
    if (role != Qt::EditRole || idx.column() != NewRoleColumn)
        return false;
    setRole({ idx.row() }, value.toString());
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
    static const QStringList roles { QStringLiteral("User"), QStringLiteral("Manager"), QStringLiteral("Admin"),
                                     QStringLiteral("None") };
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
        m_rows[s].newRole = roleCode(role);
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
        if (r.isManager && r.active && !r.superAdmin && r.newRole == NoRole
            && m_licenses.at(r.license) != QLatin1String("Viewer"))
            rows << i;
    }
    setRoleStored(rows, QStringLiteral("Manager"));
    return int(rows.size());
}

int UserAccessModel::changeCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row& r) { return r.touched && r.newRole != r.currentRole; }));
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
            s.assignments.append(UserAssignment { r.id, QString(), roleName(r.newRole) });
    if (!m_loaded && m_pending)
        return *m_pending;
    return s;
}

void UserAccessModel::setSection(const std::optional<UserAccessSection>& s)
{
    m_hasDraft = s.has_value();
    m_pending = s.value_or(UserAccessSection {});
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
    // One small number per row (text ranks made once after the load, license and role codes): 20 000 rows sort in
    // about a millisecond.
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
    std::sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        if (keys[a] != keys[b])
            return order == Qt::AscendingOrder ? keys[a] < keys[b] : keys[a] > keys[b];
        return a < b; // stable: equal keys keep load order
    });
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

bool UserAccessModel::storedMatches(int stored, const Filter& f) const
{
    const Row& r = m_rows.at(stored);
    if (!f.license.isEmpty() && m_licenses.at(r.license) != f.license)
        return false;
    if (!f.role.isEmpty() && roleName(r.newRole) != f.role)
        return false;
    if (f.problemsOnly && problemOfStored(stored) == Problem::None)
        return false;
    return f.search.isEmpty() || r.searchText.contains(f.search);
}

bool UserAccessModel::rowMatches(int row, const QString& search, const QString& license, const QString& role,
                                 bool problemsOnly) const
{
    return storedMatches(m_order.at(row), Filter { search, license, role, problemsOnly });
}

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
                                     collect(false);
                                     endResetModel();
                                 })
                      << connect(m_users, &QAbstractItemModel::rowsInserted, this,
                                 [this](const QModelIndex&, int first, int last) { onSourceRowsInserted(first, last); })
                      << connect(m_users, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                 [this] { beginResetModel(); })
                      << connect(m_users, &QAbstractItemModel::rowsRemoved, this,
                                 [this] {
                                     collect(false);
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
    collect(false);
    endResetModel();
}

void UserFilterModel::collect(bool narrowing)
{
    m_rows.clear();
    if (!m_users) {
        m_accepted.clear();
        m_proxyOf.clear();
        return;
    }
    const int n = m_users->rowCount();
    if (narrowing) {
        for (size_t s = 0; s < m_accepted.size(); ++s)
            if (m_accepted[s] && !m_users->storedMatches(int(s), m_filter))
                m_accepted[s] = false;
    } else {
        m_accepted.assign(size_t(n), false);
        for (int s = 0; s < n; ++s)
            m_accepted[size_t(s)] = m_users->storedMatches(s, m_filter);
    }
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

void UserFilterModel::rebuild(bool narrowing)
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QVector<int> stored;
    stored.reserve(before.size());
    for (const QModelIndex& i : before)
        stored << m_users->storedIndex(m_rows.at(i.row()));
    collect(narrowing);
    remap(before, stored);
    Q_EMIT layoutChanged();
}

void UserFilterModel::onSourceRowsInserted(int first, int last)
{
    // The source only appends (pages as they load); anything else is a reset.
    if (first != int(m_proxyOf.size())) {
        beginResetModel();
        collect(false);
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
    if (!m_filter.role.isEmpty() || m_filter.problemsOnly || !m_filter.search.isEmpty()
        || !m_filter.license.isEmpty()) {
        bool same = true;
        for (int r = tl.row(); r <= br.row() && same; ++r) {
            const int s = m_users->storedIndex(r);
            same = m_accepted[size_t(s)] == m_users->storedMatches(s, m_filter);
        }
        if (!same) {
            rebuild(false);
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
    // A search that contains the last one can only show fewer rows: only those shown are checked again.
    const bool narrowing = !m_filter.search.isEmpty() && search.contains(m_filter.search);
    m_filter.search = search;
    rebuild(narrowing);
}

void UserFilterModel::setLicense(const QString& license)
{
    if (license == m_filter.license)
        return;
    const bool narrowing = m_filter.license.isEmpty();
    m_filter.license = license;
    rebuild(narrowing);
}

void UserFilterModel::setRole(const QString& role)
{
    if (role == m_filter.role)
        return;
    const bool narrowing = m_filter.role.isEmpty();
    m_filter.role = role;
    rebuild(narrowing);
}

void UserFilterModel::setProblemsOnly(bool on)
{
    if (on == m_filter.problemsOnly)
        return;
    m_filter.problemsOnly = on;
    rebuild(on);
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
