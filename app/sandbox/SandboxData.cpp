#include "sandbox/SandboxData.h"

#include "core/Domain.h"

#include <QDateTime>
#include <QHash>
#include <QStringBuilder>
#include <cmath>
#include <cstring>

namespace banister::sandbox {

namespace {

// splitmix64: small, fast and identical on every platform, so seeded data never drifts between machines.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Index chosen by integer weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        int i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }

private:
    quint64 m_state;
};

quint64 mix(quint32 seed, const char* salt)
{
    quint64 h = 1469598103934665603ULL ^ seed;
    for (const char* p = salt; *p; ++p)
        h = (h ^ quint64(uchar(*p))) * 1099511628211ULL;
    return h;
}

const char* const kFirst[]
    = { "Ava",   "Liam",  "Noah",  "Mia",  "Omar",  "Priya", "Jonas", "Elena", "Kenji", "Sofia",
        "Mateo", "Chloe", "Ravi",  "Hana", "Lucas", "Zara",  "Ethan", "Nora",  "Felix", "Leila",
        "Arjun", "Grace", "Diego", "Maya", "Tomas", "Ines",  "Yusuf", "Clara", "Owen",  "Amara",
        "Hugo",  "Lena",  "Samir", "Iris", "Caleb", "Talia", "Marco", "Freya", "Kofi",  "Selin" };
const char* const kLast[]
    = { "Okafor",  "Lindqvist", "Moreau", "Tanaka",   "Castillo",  "Novak",    "Brennan",  "Haddad",
        "Fischer", "Patel",     "Romano", "Nakamura", "Sullivan",  "Kowalski", "Ibrahim",  "Larsen",
        "Duarte",  "Whitfield", "Sato",   "Petrov",   "Abernathy", "Mensah",   "Varga",    "Quinn",
        "Delgado", "Holm",      "Rahman", "Costa",    "Everett",   "Nguyen",   "Baptiste", "Kaur" };
const char* const kNameA[]
    = { "Blue",    "Northern", "Silver",  "Granite", "Summit",    "Harbor", "Cedar",   "Bright",
        "Crimson", "Atlas",    "Nimbus",  "Quantum", "Evergreen", "Iron",   "Coral",   "Vector",
        "Lumen",   "Polar",    "Redwood", "Orbit",   "Sterling",  "Velvet", "Prairie", "Echo",
        "Falcon",  "Meridian", "Copper",  "Juniper", "Pioneer",   "Sable",  "Tidal",   "Zenith" };
const char* const kNameB[]
    = { "Ridge",   "Works",  "Labs",  "Systems",  "Dynamics", "Analytics", "Logistics", "Health",
        "Foods",   "Energy", "Media", "Capital",  "Robotics", "Networks",  "Partners",  "Studios",
        "Freight", "Bio",    "Cloud", "Mobility", "Retail",   "Learning",  "Security",  "Foundry" };
const char* const kNameC[] = { "Inc.", "LLC", "Ltd.", "GmbH", "Group", "Co.", "S.A.", "plc", "AB", "K.K." };

QString userId(int i)
{
    return QStringLiteral("1U%1").arg(quint32(i + 1), 8, 16, QLatin1Char('0')).toUpper();
}

} // namespace

QString dataTypeName(DataType t)
{
    switch (t) {
    case DataType::Gsid:
        return QStringLiteral("GSID");
    case DataType::String:
        return QStringLiteral("STRING");
    case DataType::Number:
        return QStringLiteral("NUMBER");
    case DataType::Currency:
        return QStringLiteral("CURRENCY");
    case DataType::Date:
        return QStringLiteral("DATE");
    case DataType::DateTime:
        return QStringLiteral("DATETIME");
    case DataType::Picklist:
        return QStringLiteral("PICKLIST");
    case DataType::Lookup:
        return QStringLiteral("LOOKUP");
    case DataType::Boolean:
        return QStringLiteral("BOOLEAN");
    }
    return QStringLiteral("STRING");
}

SandboxData SandboxData::generate(const ScenarioWorld& world, quint32 seed)
{
    SandboxData d;
    d.m_seed = seed;
    d.m_facts.tenantName = QStringLiteral("Northwind Analytics");
    d.m_facts.subdomain = QStringLiteral("northwind");
    d.generateUsers(world.users, seed);
    d.generateCompanies(world.companies, seed);
    d.m_facts.primaryCrm = world.primaryCrm;
    d.m_facts.staircase = world.staircaseSubscription;
    d.m_facts.aiFollowUp = world.aiFollowUp;
    if (world.messyUsers) {
        // What real tenants accumulate: every 9th user's username is an old login, every 17th has a broken email,
        // every 13th is inactive, and some already hold Staircase roles (one on a Viewer license).
        for (int i = 3; i < int(d.m_users.size()); ++i) {
            User& u = d.m_users[size_t(i)];
            if (i % 9 == 0)
                u.username = u.email.section(QLatin1Char('@'), 0, 0).remove(QLatin1Char('.')) + QStringLiteral("_old");
            if (i % 17 == 0) {
                u.email = u.email.section(QLatin1Char('@'), 0, 0)
                    + (i % 34 == 0 ? QStringLiteral("@") : QStringLiteral(".northwind.example"));
                u.username = u.email;
            }
            if (i % 13 == 0)
                u.active = false;
            if (i % 11 == 0)
                u.gsRoles.append(staircaseGsRole(StaircaseRole::User));
        }
    }
    if (!world.callerIsAdmin) {
        // The caller is an ordinary CSM: the key works, the rights are missing.
        for (int i = 0; i < int(d.m_users.size()); ++i) {
            if (!d.m_users[i].isAdmin && d.m_users[i].license == licenseName(License::Full)) {
                d.m_facts.callerUser = i;
                break;
            }
        }
        d.m_facts.staircaseTokenAdmin = false;
    }
    return d;
}

void SandboxData::generateUsers(int count, quint32 seed)
{
    Rng rng(mix(seed, "users"));
    m_users.clear();
    m_users.reserve(count);
    QHash<QString, int> emailUse;
    const int vps = std::max(2, count / 80);
    const int managers = std::max(6, count / 10);
    // One string per license and one list per set of roles, shared by every user who has it; names and emails
    // are built at their exact size.
    const QString full = licenseName(License::Full), viewerPlus = licenseName(License::ViewerPlus),
                  viewer = licenseName(License::Viewer);
    const QStringList leadership { QStringLiteral("CS Leadership") }, csmManager { QStringLiteral("CSM Manager") },
        readOnly { QStringLiteral("Read Only") }, csm { QStringLiteral("CSM") };
    for (int i = 0; i < count; ++i) {
        User u;
        u.id = userId(i);
        const QString first = QLatin1String(kFirst[rng.below(int(std::size(kFirst)))]);
        const QString last = QLatin1String(kLast[rng.below(int(std::size(kLast)))]);
        u.name = first % QLatin1Char(' ') % last;
        QString local = first.toLower() % QLatin1Char('.') % last.toLower();
        const int n = emailUse[local]++;
        if (n > 0)
            local = local % QString::number(n + 1);
        u.email = local % QLatin1String("@northwind.example");
        u.username = u.email;
        if (i == 0) {
            u.name = QStringLiteral("Dana Whitfield");
            u.email = u.username = QStringLiteral("dana.whitfield@northwind.example");
            u.superAdmin = u.isAdmin = true;
            u.license = licenseName(License::Full);
            u.gsRoles = { systemAdministratorRole() };
        } else if (i <= vps) {
            u.license = full;
            u.gsRoles = leadership;
            u.managerId = m_users.at(0).id; // managers come first: their id, shared
            u.isAdmin = (i == 1);
        } else if (i <= vps + managers) {
            u.license = full;
            u.gsRoles = csmManager;
            u.managerId = m_users.at(1 + rng.below(vps)).id;
        } else {
            const int lic = rng.weighted({ 70, 20, 10 });
            u.license = lic == 0 ? full : lic == 1 ? viewerPlus : viewer;
            u.gsRoles = lic == 2 ? readOnly : csm;
            u.managerId = m_users.at(vps + 1 + rng.below(managers)).id;
        }
        m_users.push_back(std::move(u));
    }
}

void SandboxData::generateCompanies(int count, quint32 seed)
{
    Rng rng(mix(seed, "companies"));
    m_companyCount = count;
    m_columns.clear();
    m_columns.reserve(32); // add() hands out references: no reallocation while seeding

    auto add = [this, count](const char* name, const char* label, DataType type, QStringList picklist = {}) -> Column& {
        Column c;
        c.name = QLatin1String(name);
        c.label = QLatin1String(label);
        c.type = type;
        c.picklist = std::move(picklist);
        switch (type) {
        case DataType::Picklist:
        case DataType::Boolean:
            c.codes.resize(count);
            break;
        case DataType::Lookup:
            c.refs.resize(count);
            break;
        case DataType::Number:
        case DataType::Currency:
        case DataType::Date:
            // Whole amounts, cents (MRR), days and counts: exact as integers over the divisor.
            c.numbers.resize(size_t(count), std::strcmp(name, "MRR") == 0 ? 100 : 1);
            break;
        case DataType::DateTime:
            c.numbers.resize(size_t(count));
            break;
        case DataType::String:
            c.strings.reserve(size_t(count), qsizetype(count) * 28);
            break;
        case DataType::Gsid:
            break;
        }
        m_columns.push_back(std::move(c));
        return m_columns.back();
    };
    const QStringList stages { QStringLiteral("Onboarding"), QStringLiteral("Adoption"), QStringLiteral("Expansion"),
                               QStringLiteral("Renewal") };
    add("Gsid", "GSID", DataType::Gsid);
    add("Name", "Name", DataType::String);
    add("Status", "Status", DataType::Picklist,
        { QStringLiteral("Active"), QStringLiteral("Onboarding"), QStringLiteral("At Risk"), QStringLiteral("Churned"),
          QStringLiteral("Prospect"), QStringLiteral("Inactive") });
    add("Tier", "Tier", DataType::Picklist,
        { QStringLiteral("Tier 1"), QStringLiteral("Tier 2"), QStringLiteral("Tier 3"), QStringLiteral("Tier 4") });
    add("Customer_Tier__gc", "Customer Tier", DataType::Picklist,
        { QStringLiteral("Strategic"), QStringLiteral("Enterprise"), QStringLiteral("Mid-Market"),
          QStringLiteral("SMB") })
        .multiSelect
        = true;
    add("ARR", "ARR", DataType::Currency);
    add("MRR", "MRR", DataType::Currency);
    add("Renewal_Date", "Renewal Date", DataType::Date);
    add("Stage", "Stage", DataType::Picklist, stages);
    add("Journey_Stage__gc", "Journey Stage", DataType::Picklist, stages);
    add("Region", "Region", DataType::Picklist,
        { QStringLiteral("NA"), QStringLiteral("EMEA"), QStringLiteral("APAC"), QStringLiteral("LATAM") });
    add("Industry", "Industry", DataType::Picklist,
        { QStringLiteral("Software"), QStringLiteral("Healthcare"), QStringLiteral("Financial Services"),
          QStringLiteral("Manufacturing"), QStringLiteral("Retail"), QStringLiteral("Education"),
          QStringLiteral("Media"), QStringLiteral("Logistics"), QStringLiteral("Energy"),
          QStringLiteral("Telecommunications") });
    add("Employees", "Employees", DataType::Number);
    add("CSM", "CSM", DataType::Lookup).lookupTarget = QStringLiteral("User");
    Column& parent = add("Parent_Company", "Parent Company", DataType::Lookup);
    parent.lookupTarget = QStringLiteral("Company");
    parent.filterable = false;
    add("Created_Date", "Created Date", DataType::DateTime);
    add("Is_Referenceable__gc", "Referenceable", DataType::Boolean);

    auto col = [this](const char* name) -> Column& {
        for (Column& c : m_columns)
            if (c.name == QLatin1String(name))
                return c;
        Q_UNREACHABLE();
    };
    Column& cName = col("Name");
    Column& cStatus = col("Status");
    Column& cTier = col("Tier");
    Column& cCustTier = col("Customer_Tier__gc");
    Column& cArr = col("ARR");
    Column& cMrr = col("MRR");
    Column& cRenewal = col("Renewal_Date");
    Column& cStage = col("Stage");
    Column& cJourney = col("Journey_Stage__gc");
    Column& cRegion = col("Region");
    Column& cIndustry = col("Industry");
    Column& cEmployees = col("Employees");
    Column& cCsm = col("CSM");
    Column& cParent = parent;
    Column& cCreated = col("Created_Date");
    Column& cRef = col("Is_Referenceable__gc");

    std::vector<qint32> csms;
    for (int i = 0; i < int(m_users.size()); ++i)
        if (m_users[i].gsRoles.contains(QLatin1String("CSM")))
            csms.push_back(i);
    const qint64 base = QDate(2026, 1, 1).toJulianDay();
    const qint64 created0 = QDateTime(QDate(2018, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const int combos = int(std::size(kNameA) * std::size(kNameB));

    for (int i = 0; i < count; ++i) {
        const int a = i % combos;
        // "A B C" or "A B C n", written straight into the column's Latin-1 buffer.
        QByteArray& name = cName.strings.startRow();
        name += kNameA[a % std::size(kNameA)];
        name += ' ';
        name += kNameB[(a / std::size(kNameA) + i / combos) % std::size(kNameB)];
        name += ' ';
        name += kNameC[rng.below(int(std::size(kNameC)))];
        if (i >= combos)
            name += ' ' + QByteArray::number(i / combos + 1);
        cName.strings.endRow();
        const int status = rng.weighted({ 55, 10, 10, 12, 10, 3 });
        cStatus.codes[i] = quint16(status);
        const int tier = rng.weighted({ 10, 25, 35, 30 });
        cTier.codes[i] = quint16(tier);
        cCustTier.codes[i] = quint16((1u << std::min(3, tier)) | (rng.below(5) == 0 ? (1u << rng.below(4)) : 0u));
        const double scale = tier == 0 ? 400000 : tier == 1 ? 120000 : tier == 2 ? 40000 : 12000;
        const double arr = status == 4 ? 0.0 : std::round(scale * (0.5 + rng.unit() * 1.5) / 100.0) * 100.0;
        cArr.numbers.set(size_t(i), arr);
        cMrr.numbers.set(size_t(i), std::round(arr / 12.0 * 100.0) / 100.0);
        cRenewal.numbers.set(size_t(i), double(base + rng.below(730)));
        const int stage = rng.weighted({ 20, 40, 20, 20 });
        cStage.codes[i] = quint16(stage);
        cJourney.codes[i] = quint16(rng.below(7) == 0 ? (stage + 1) % 4 : stage);
        cRegion.codes[i] = quint16(rng.weighted({ 45, 30, 15, 10 }));
        cIndustry.codes[i] = quint16(rng.below(10));
        cEmployees.numbers.set(size_t(i), double(std::max(5, int(scale / 400 * (0.3 + rng.unit() * 2.0)))));
        cCsm.refs[i] = csms.empty() ? -1 : csms[size_t(rng.below(int(csms.size())))];
        cParent.refs[i] = (i > 50 && rng.below(10) == 0) ? rng.below(std::min(i, 500)) : -1;
        cCreated.numbers.set(size_t(i),
                             double(created0 + qint64(rng.below(8 * 365)) * 86400000LL + rng.below(86400000)));
        cRef.codes[i] = quint16(rng.below(6) == 0);
    }
    cName.strings.squeeze();
}

const Column* SandboxData::column(const QString& name) const
{
    for (const Column& c : m_columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

QString SandboxData::companyGsid(int row) const
{
    const quint32 tag = quint32((quint64(row) * 2654435761ULL + m_seed) & 0xFFFFFFFFu);
    return QStringLiteral("1C%1%2")
        .arg(quint32(row + 1), 8, 16, QLatin1Char('0'))
        .arg(tag, 8, 16, QLatin1Char('0'))
        .toUpper();
}

int SandboxData::companyRowFromGsid(const QString& gsid) const
{
    if (gsid.size() != 18 || !gsid.startsWith(QLatin1String("1C")))
        return -1;
    bool ok = false;
    const qint64 row = gsid.mid(2, 8).toLongLong(&ok, 16) - 1;
    if (!ok || row < 0 || row >= m_companyCount || companyGsid(int(row)) != gsid)
        return -1;
    return int(row);
}

int SandboxData::userIndexFromId(const QString& id) const
{
    if (id.size() != 10 || !id.startsWith(QLatin1String("1U")))
        return -1;
    bool ok = false;
    const qint64 i = id.mid(2).toLongLong(&ok, 16) - 1;
    if (!ok || i < 0 || i >= qint64(m_users.size()))
        return -1;
    return int(i);
}

} // namespace banister::sandbox
