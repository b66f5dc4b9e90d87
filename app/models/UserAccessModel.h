#pragma once

#include "core/Profile.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace banister {

class TenantClient;

// Every user of the tenant (20 000 must stay fast), loaded in pages in the background, with the Staircase role the
// admin wants for each. Shows the bundle a user will get (by license) and flags what keeps access from working.
// Only users the admin touched end up in the profile: everyone else keeps their roles.
class UserAccessModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, UsernameColumn, LicenseColumn, CurrentRoleColumn, NewRoleColumn,
                  BundleColumn, ProblemColumn, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole + 1, LicenseRole, NewRoleRole, ProblemRole, SearchTextRole };
    enum class Problem { None, UsernameMismatch, InvalidEmail, Inactive, NoBundle };
    Q_ENUM(Problem)

    explicit UserAccessModel(TenantClient* client, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void load();
    bool isBusy() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    int loadedCount() const { return int(m_rows.size()); }
    int total() const { return m_total; }
    QString errorText() const { return m_errorText; }
    bool canProceed() const { return m_loaded && !m_loading; }

    // Sets the Staircase role ("User", "Manager", "Admin", "None") of these source rows.
    void setRole(const QList<int>& rows, const QString& role);
    int suggestManagers(); // managers without a Staircase role get Manager; returns how many
    // Super admins the last setRole() left alone: they keep Staircase Admin (the article).
    QStringList skippedSuperAdmins() const { return m_skippedSuperAdmins; }
    int changeCount() const;
    QString durationText() const; // how long the role writes take on a real tenant
    Problem problemOf(int row) const;
    static QString problemText(Problem p);

    // Sorting and filtering read the rows directly (no QVariant per cell): 20 000 rows in a few milliseconds.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool rowMatches(int row, const QString& search, const QString& license, const QString& role, bool problemsOnly) const;

    bool fixUsernames() const { return m_fix; }
    void setFixUsernames(bool on);
    UserAccessSection section() const;
    void setSection(const std::optional<UserAccessSection>& s);
    bool hasDraft() const { return m_hasDraft; }

Q_SIGNALS:
    void changed();
    void progress(int loaded, int total);

private:
    struct Row
    {
        QString id, name, email, username, license, managerId, currentRole, newRole;
        QByteArray nameKey, emailKey, usernameKey; // lower-case UTF-8, for sorting
        QString searchText;                      // name, email and username, lower case
        bool active = true;
        bool isManager = false;
        bool superAdmin = false;
        bool touched = false;
    };
    void applyPending();
    void setRoleStored(const QList<int>& stored, const QString& role);
    Problem problemOfStored(int stored) const;
    const Row& rowAt(int row) const { return m_rows.at(m_order.at(row)); }

    TenantClient* m_client;
    QVector<Row> m_rows;   // in load order; never moves, so lookups by id/email stay valid
    QVector<int> m_order;  // display row -> index into m_rows (sorting rearranges only this)
    QHash<QString, int> m_byId;
    QHash<QString, int> m_byEmail;
    QStringList m_skippedSuperAdmins;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_sortDirty = true;
    int m_total = 0;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_fix = false;
    bool m_hasDraft = false;
    QString m_errorText;
    std::optional<UserAccessSection> m_pending;
    quint64 m_generation = 0;
};

// Search (name, email, username) and filters (license, new role, problem) over UserAccessModel.
class UserFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSourceModel(QAbstractItemModel* model) override;
    // Sorting is the source model's (much faster on 20 000 rows); the proxy only filters.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSearch(const QString& text);
    void setLicense(const QString& license); // empty: any
    void setRole(const QString& role);       // empty: any
    void setProblemsOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    UserAccessModel* m_users = nullptr;
    QString m_search, m_license, m_role;
    bool m_problemsOnly = false;
};

} // namespace banister
