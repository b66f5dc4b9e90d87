#include "core/Profile.h"

#include "core/ProfileReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace banister {

namespace {

struct ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
};

const QStringList kTopKeys { QStringLiteral("schema"),     QStringLiteral("tenant"),  QStringLiteral("prerequisites"),
                             QStringLiteral("activation"), QStringLiteral("crm"),     QStringLiteral("fieldMappings"),
                             QStringLiteral("userAccess"), QStringLiteral("layouts"), QStringLiteral("dashboard") };

// Writes `known` over `original`, keeping keys (at any depth) that only the original has.
QJsonValue merge(const QJsonValue& original, const QJsonValue& known)
{
    if (original.isObject() && known.isObject()) {
        QJsonObject out = original.toObject();
        const QJsonObject k = known.toObject();
        for (auto it = k.begin(); it != k.end(); ++it)
            out.insert(it.key(), merge(out.value(it.key()), it.value()));
        return out;
    }
    if (original.isArray() && known.isArray() && original.toArray().size() == known.toArray().size()) {
        QJsonArray out;
        const QJsonArray o = original.toArray(), k = known.toArray();
        for (int i = 0; i < k.size(); ++i)
            out.append(merge(o.at(i), k.at(i)));
        return out;
    }
    return known;
}

} // namespace

QJsonObject toJson(const CrmSection& crm)
{
    QJsonArray rows;
    for (const FilterRow& r : crm.rows)
        rows.append(QJsonObject { { QStringLiteral("field"), r.field },
                                  { QStringLiteral("operator"), r.op },
                                  { QStringLiteral("values"), QJsonArray::fromStringList(r.values) } });
    return QJsonObject { { QStringLiteral("syncAccounts"), crm.syncAccounts },
                         { QStringLiteral("filter"),
                           QJsonObject { { QStringLiteral("mode"), crmFilterModeName(crm.filterMode) },
                                         { QStringLiteral("rows"), rows },
                                         { QStringLiteral("combine"), crmCombineName(crm.combine) } } },
                         { QStringLiteral("churnedStatuses"), QJsonArray::fromStringList(crm.churnedStatuses) },
                         { QStringLiteral("prospectStatuses"), QJsonArray::fromStringList(crm.prospectStatuses) },
                         { QStringLiteral("syncTeamHierarchy"), crm.syncTeamHierarchy },
                         { QStringLiteral("callSummaryUpload"), crm.callSummaryUpload } };
}

QJsonObject toJson(const DashboardSection& d)
{
    QJsonArray principals;
    for (const Principal& p : d.principals)
        principals.append(
            QJsonObject { { QStringLiteral("kind"), principalKindName(p.kind) }, { QStringLiteral("id"), p.id } });
    return QJsonObject { { QStringLiteral("permission"), dashboardPermissionName(d.permission) },
                         { QStringLiteral("principals"), principals } };
}

ProfileLoad profileFromJson(const QByteArray& json)
{
    ProfileLoad out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        out.errors.append(
            { QString(), ProfileText::tr("not valid JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset) });
        return out;
    }
    if (!doc.isObject()) {
        out.errors.append({ QString(), ProfileText::tr("a profile must be a JSON object") });
        return out;
    }
    const QJsonObject root = doc.object();
    ProfileReader r;
    const QJsonValue schema = root.value(QLatin1String("schema"));
    if (schema.isUndefined())
        r.error(QStringLiteral("/schema"), ProfileText::tr("required (\"%1\")").arg(QLatin1String(Profile::kSchema)));
    else if (schema.toString() != QLatin1String(Profile::kSchema))
        r.error(QStringLiteral("/schema"),
                ProfileText::tr("unknown schema version \"%1\"; this Banister reads \"%2\"")
                    .arg(schema.isString() ? schema.toString() : ProfileReader::typeName(schema),
                         QLatin1String(Profile::kSchema)));
    Profile p;
    readProfileSections(r, root, p);
    if (!r.errors.isEmpty()) {
        out.errors = r.errors;
        return out;
    }
    p.original = root;
    out.profile = p;
    return out;
}

ProfileLoad loadProfile(const QString& path)
{
    constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
    ProfileLoad out;
    // By type first: a FIFO would block the read, a device (/dev/zero) never ends, and both report size 0.
    const QFileInfo info(path);
    if (!info.exists()) {
        out.errors.append({ QString(), ProfileText::tr("cannot read %1: there is no such file").arg(path) });
        return out;
    }
    if (info.isDir()) {
        out.errors.append({ QString(), ProfileText::tr("%1 is a folder, not a profile").arg(path) });
        return out;
    }
    if (!info.isFile()) {
        out.errors.append({ QString(),
                            ProfileText::tr("%1 is not a regular file (it is a device, pipe or socket); a profile is a "
                                            ".json file")
                                .arg(path) });
        return out;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.errors.append({ QString(), ProfileText::tr("cannot read %1: %2").arg(path, f.errorString()) });
        return out;
    }
    // Read at most one byte past the limit, whatever size() claims.
    const QByteArray bytes = f.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes) {
        out.errors.append({ QString(), ProfileText::tr("%1 is larger than 16 MiB; that is not a profile").arg(path) });
        return out;
    }
    return profileFromJson(bytes);
}

QJsonObject toJson(const PrerequisiteConfirmations& c)
{
    QJsonObject o;
    const auto put = [&o](const char* key, const std::optional<bool>& v) {
        if (v)
            o.insert(QLatin1String(key), *v);
    };
    put("csSubscription", c.csSubscription);
    put("staircaseSubscription", c.staircaseSubscription);
    put("adminAccess", c.adminAccess);
    put("gainsightPrimary", c.gainsightPrimary);
    put("aiFollowUp", c.aiFollowUp);
    return o;
}

PrerequisiteConfirmations confirmationsFromJson(const QJsonObject& c)
{
    const auto opt = [&c](const char* key) -> std::optional<bool> {
        const QJsonValue v = c.value(QLatin1String(key));
        return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
    };
    return { opt("csSubscription"), opt("staircaseSubscription"), opt("adminAccess"), opt("gainsightPrimary"),
             opt("aiFollowUp") };
}

QJsonObject toJson(const Profile& p)
{
    QJsonObject known { { QStringLiteral("schema"), QLatin1String(Profile::kSchema) },
                        { QStringLiteral("tenant"),
                          QJsonObject { { QStringLiteral("gainsightUrl"), p.tenant.gainsightUrl },
                                        { QStringLiteral("staircaseUrl"), p.tenant.staircaseUrl },
                                        { QStringLiteral("subdomain"), p.tenant.subdomain } } } };
    if (!p.confirmed.isEmpty())
        known.insert(QStringLiteral("prerequisites"),
                     QJsonObject { { QStringLiteral("confirmed"), toJson(p.confirmed) } });
    if (p.activation)
        known.insert(QStringLiteral("activation"),
                     QJsonObject { { QStringLiteral("path"), p.activation->path },
                                   { QStringLiteral("supportContact"), p.activation->supportContact },
                                   { QStringLiteral("supportNote"), p.activation->supportNote } });
    if (p.crm)
        known.insert(QStringLiteral("crm"), toJson(*p.crm));
    if (p.fieldMappings) {
        QJsonArray a;
        for (const FieldMapping& m : *p.fieldMappings)
            a.append(QJsonObject { { QStringLiteral("staircaseField"), m.staircaseField },
                                   { QStringLiteral("gainsightField"), m.gainsightField } });
        known.insert(QStringLiteral("fieldMappings"), a);
    }
    if (p.userAccess) {
        QJsonArray a;
        for (const UserAssignment& u : p.userAccess->assignments) {
            QJsonObject o { { QStringLiteral("staircaseRole"), staircaseRoleName(u.staircaseRole) } };
            if (!u.userId.isEmpty())
                o.insert(QStringLiteral("userId"), u.userId);
            if (!u.email.isEmpty())
                o.insert(QStringLiteral("email"), u.email);
            a.append(o);
        }
        known.insert(QStringLiteral("userAccess"),
                     QJsonObject { { QStringLiteral("assignments"), a },
                                   { QStringLiteral("fixUsernameMismatches"), p.userAccess->fixUsernameMismatches } });
    }
    if (p.layouts) {
        QJsonArray a;
        for (const LayoutPlacement& l : *p.layouts) {
            QJsonObject o { { QStringLiteral("layoutId"), l.layoutId },
                            { QStringLiteral("sectionLabel"), l.sectionLabel },
                            { QStringLiteral("position"), l.position } };
            if (!l.layoutName.isEmpty())
                o.insert(QStringLiteral("layoutName"), l.layoutName);
            a.append(o);
        }
        known.insert(QStringLiteral("layouts"), a);
    }
    if (p.dashboard) {
        QJsonObject d = toJson(*p.dashboard);
        QJsonArray principals = d.value(QLatin1String("principals")).toArray();
        for (int i = 0; i < principals.size() && i < p.dashboard->principals.size(); ++i)
            if (!p.dashboard->principals.at(i).email.isEmpty()) {
                QJsonObject o = principals.at(i).toObject();
                o.insert(QStringLiteral("email"), p.dashboard->principals.at(i).email);
                principals.replace(i, o);
            }
        d.insert(QStringLiteral("principals"), principals);
        known.insert(QStringLiteral("dashboard"), d);
    }

    QJsonObject original = p.original;
    for (const QString& key : kTopKeys)
        if (!known.contains(key))
            original.remove(key); // a section the admin removed stays removed
    return merge(original, known).toObject();
}

Result<void> saveProfile(const Profile& profile, const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Result<void>::failure(ProfileText::tr("cannot write %1: %2").arg(path, f.errorString()));
    f.write(QJsonDocument(toJson(profile)).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Result<void>::failure(ProfileText::tr("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace banister
