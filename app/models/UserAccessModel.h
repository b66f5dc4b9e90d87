#pragma once

#include "core/Profile.h"
#include "models/StepModel.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QJsonArray>
#include <vector>

namespace banister {

class TenantClient;

// Every user of the tenant (20 000 must stay fast), loaded in pages in the background, with the Staircase role the
// admin wants for each. Shows the bundle a user will get (by license) and flags what keeps access from working.
// Only users the admin touched end up in the profile: everyone else keeps their roles.
// Pages are turned into rows on a worker thread (in order); a row is compact (licenses and roles as small codes,
// problems precomputed), and sort ranks for the text columns are computed once after the load, off the GUI thread.
class UserAccessModel : public QAbstractTableModel, public StepModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        EmailColumn,
        UsernameColumn,
        LicenseColumn,
        CurrentRoleColumn,
        NewRoleColumn,
        BundleColumn,
        ProblemColumn,
        ColumnCount
    };
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

    void load() override;
    int loadedCount() const { return int(m_rows.size()); }
    int total() const { return m_total; }

    // Sets the Staircase role of these source rows.
    void setRole(const QList<int>& rows, StaircaseRole role);
    int suggestManagers(); // managers without a Staircase role get Manager; returns how many
    // Super admins the last setRole() left alone: they keep Staircase Admin (the article).
    QStringList skippedSuperAdmins() const { return m_skippedSuperAdmins; }
    int changeCount() const;
    QString durationText() const; // how long the role writes take on a real tenant
    Problem problemOf(int row) const;
    static QString problemText(Problem p);

    // Sorting and filtering read the rows directly (no QVariant per cell): 20 000 rows in a few milliseconds.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // What UserFilterModel filters by; search is lower case, license and role unset for any.
    struct Filter
    {
        QString search;
        std::optional<License> license;
        std::optional<StaircaseRole> role;
        bool problemsOnly = false;
    };
    // For UserFilterModel: a row's place in load order (never changes), and whether it passes a filter.
    int storedIndex(int row) const { return m_order.at(row); }
    bool storedMatches(int stored, const Filter& f) const;
    // Whether each row passes, by stored index: the search is one pass over every row's text, not one per row.
    std::vector<bool> storedMatchesAll(const Filter& f) const;

    bool fixUsernames() const { return m_fix; }
    void setFixUsernames(bool on);
    UserAccessSection section() const;
    void setSection(const std::optional<UserAccessSection>& s);
    void writeDraft(Profile& profile) const override;
    void readDraft(const Profile& profile) override { setSection(profile.userAccess); }
    void forgetTenant() override;

Q_SIGNALS:
    void changed();
    void progress(int loaded, int total);

private:
    // Staircase roles in the order of their names, so comparing codes sorts like comparing the names.
    enum RoleCode : quint8 { AdminRole, ManagerRole, NoRole, UserRole };
    struct Row
    {
        QString id, name, email, username;
        quint8 license = 0; // index into m_licenses (as the tenant names them; it may know licenses Banister does not)
        quint8 currentRole = NoRole;
        quint8 newRole = NoRole;
        bool active = true;
        bool isManager = false;
        bool superAdmin = false;
        bool touched = false;
        bool validEmail = false;
        bool usernameIsEmail = false;
        bool searchUtf16 = false; // its search text is UTF-16 bytes (see m_search)
    };
    // One page of users as the worker thread made them: the rows, and what the GUI thread resolves (license codes,
    // managers).
    struct Page
    {
        QVector<Row> rows;
        QStringList licenses, managerIds;
        QByteArray search; // the rows' search texts, as m_search keeps them
        std::vector<quint32> searchEnds; // where each row's text ends in `search`
    };
    // Lower-case UTF-8 order of names, emails and usernames, as ranks (equal text, equal rank).
    struct Ranks
    {
        std::vector<quint32> name, email, username;
    };
    static Page parsePage(const QJsonArray& users);
    static Ranks computeRanks(const std::vector<QString>& names, const std::vector<QString>& emails,
                              const std::vector<QString>& usernames);
    static RoleCode roleCode(StaircaseRole role);
    static StaircaseRole roleOf(quint8 code);
    void appendPage(Page page);
    void takeParsedPages();
    void finishLoad();
    void startRanks();
    const Ranks& ranks();
    int licenseCode(const QString& license) const; // -1 when no row has it
    bool hasBundle(const Row& r) const;
    void applyPending();
    void setRoleStored(const QList<int>& stored, StaircaseRole role);
    Problem problemOfStored(int stored) const;
    const Row& rowAt(int row) const { return m_rows.at(m_order.at(row)); }
    static void appendSearchText(Row& r, Page& page);
    QByteArrayView searchBytes(int stored) const; // a row's text in m_search, without its NUL
    QString searchTextOf(int stored) const;
    bool searchMatches(int stored, const QString& search) const; // search: lower case
    void setNeedle(const QString& search) const;

    TenantClient* m_client;
    QVector<Row> m_rows; // in load order; never moves, so lookups by id/email stay valid
    // Every row's name, email and username, lower case, in load order, each text followed by a NUL: one buffer that
    // a search runs over in one pass. UTF-8 (half the size of UTF-16, searched bytewise); a row with a lone surrogate
    // (which UTF-8 cannot hold) has UTF-16 bytes there instead and is searched on its own (m_utf16Rows).
    QByteArray m_search;
    std::vector<quint32> m_searchEnd; // by stored index: where its text ends in m_search (at its NUL)
    QVector<int> m_utf16Rows;
    QVector<int> m_order; // display row -> index into m_rows (sorting rearranges only this)
    QHash<QString, int> m_byId;
    QHash<QString, int> m_byEmail;
    QStringList m_licenses; // every license seen, once
    QStringList m_managerIds; // per row while loading: who manages them (resolved when the load ends)
    QList<QFuture<Page>> m_parsing; // pages being turned into rows, in page order
    bool m_fetched = false; // every page has arrived (some may still be parsing)
    Ranks m_ranks;
    int m_ranksFor = -1; // how many rows m_ranks covers
    QFuture<Ranks> m_ranksJob;
    QStringList m_skippedSuperAdmins;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_sortDirty = true;
    int m_total = 0;
    bool m_fix = false;
    PendingDraft<UserAccessSection> m_pending;
    QList<UserAssignment> m_unresolved; // the opened profile's assignments for users the tenant does not have
    mutable QString m_needle; // the last search, as UTF-8, and whether it has surrogates (then searched as UTF-16)
    mutable QByteArray m_needleUtf8;
    mutable bool m_needleSurrogates = false;
};

} // namespace banister
