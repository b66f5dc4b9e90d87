#include "core/Profile.h"

#include "core/CrmFilter.h"
#include "core/Graphemes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <cmath>

namespace banister {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
};

const QStringList kTopKeys{QStringLiteral("schema"),        QStringLiteral("tenant"),     QStringLiteral("prerequisites"), QStringLiteral("activation"),
                           QStringLiteral("crm"),           QStringLiteral("fieldMappings"), QStringLiteral("userAccess"),
                           QStringLiteral("layouts"),       QStringLiteral("dashboard")};

// Reads typed values out of JSON, collecting every problem with its JSON pointer instead of stopping at the first.
class Reader
{
public:
    QList<ProfileError> errors;

    void error(const QString& ptr, const QString& msg) { errors.append({ptr, msg}); }

    static QString typeName(const QJsonValue& v)
    {
        // The JSON type found, for "must be a string, not %1".
        switch (v.type()) {
        case QJsonValue::Null: return QStringLiteral("null");
        case QJsonValue::Bool: return Text::tr("a boolean", "JSON type found");
        case QJsonValue::Double: return Text::tr("a number", "JSON type found");
        case QJsonValue::String: return Text::tr("a string", "JSON type found");
        case QJsonValue::Array: return Text::tr("an array", "JSON type found");
        case QJsonValue::Object: return Text::tr("an object", "JSON type found");
        case QJsonValue::Undefined: break;
        }
        return Text::tr("missing", "JSON type found: no value");
    }

    QString str(const QJsonObject& o, const char* key, const QString& ptr, bool required = false,
                const QStringList& allowed = {}, const QString& def = {})
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = ptr + QLatin1Char('/') + QLatin1String(key);
        if (v.isUndefined()) {
            if (required)
                error(p, Text::tr("required"));
            return def;
        }
        if (!v.isString()) {
            error(p, Text::tr("must be a string, not %1").arg(typeName(v)));
            return def;
        }
        if (!allowed.isEmpty() && !allowed.contains(v.toString())) {
            error(p, Text::tr("unknown value \"%1\"; expected one of %2")
                         .arg(v.toString(), QLatin1Char('"') + allowed.join(QStringLiteral("\", \"")) + QLatin1Char('"')));
            return def;
        }
        return v.toString();
    }

    bool boolean(const QJsonObject& o, const char* key, const QString& ptr, bool def = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return def;
        if (!v.isBool()) {
            error(ptr + QLatin1Char('/') + QLatin1String(key), Text::tr("must be true or false, not %1").arg(typeName(v)));
            return def;
        }
        return v.toBool();
    }

    QStringList strings(const QJsonObject& o, const char* key, const QString& ptr)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = ptr + QLatin1Char('/') + QLatin1String(key);
        QStringList out;
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            error(p, Text::tr("must be an array of strings, not %1").arg(typeName(v)));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                error(p + QLatin1Char('/') + QString::number(i), Text::tr("must be a string, not %1").arg(typeName(a.at(i))));
            else
                out << a.at(i).toString();
        }
        return out;
    }

    // The object at key, or nullopt (with an error when present but not an object).
    std::optional<QJsonObject> object(const QJsonObject& o, const char* key, const QString& ptr)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject()) {
            error(ptr + QLatin1Char('/') + QLatin1String(key), Text::tr("must be an object, not %1").arg(typeName(v)));
            return std::nullopt;
        }
        return v.toObject();
    }

    // Calls item(obj, pointer) for each object element of the array at key.
    template <typename Fn>
    bool array(const QJsonObject& o, const char* key, const QString& ptr, Fn item)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString p = ptr + QLatin1Char('/') + QLatin1String(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isArray()) {
            error(p, Text::tr("must be an array, not %1").arg(typeName(v)));
            return false;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString ip = p + QLatin1Char('/') + QString::number(i);
            if (!a.at(i).isObject())
                error(ip, Text::tr("must be an object, not %1").arg(typeName(a.at(i))));
            else
                item(a.at(i).toObject(), ip);
        }
        return true;
    }
};

void readCrm(Reader& r, const QJsonObject& o, Profile& p)
{
    const QString ptr = QStringLiteral("/crm");
    CrmSection crm;
    crm.syncAccounts = r.boolean(o, "syncAccounts", ptr);
    if (auto filter = r.object(o, "filter", ptr)) {
        const QString fp = ptr + QStringLiteral("/filter");
        crm.filterMode = r.str(*filter, "mode", fp, false, {QStringLiteral("all"), QStringLiteral("specific")},
                               QStringLiteral("all"));
        crm.combine = r.str(*filter, "combine", fp, false, {QStringLiteral("and"), QStringLiteral("or")},
                            QStringLiteral("and"));
        r.array(*filter, "rows", fp, [&](const QJsonObject& row, const QString& rp) {
            FilterRow fr;
            fr.field = r.str(row, "field", rp, true);
            if (row.contains(QLatin1String("field")) && fr.field.trimmed().isEmpty())
                r.error(rp + QStringLiteral("/field"), Text::tr("must name a Company field"));
            fr.op = r.str(row, "operator", rp, false, filterOpNames(), QStringLiteral("in"));
            fr.values = r.strings(row, "values", rp);
            if (fr.values.isEmpty())
                r.error(rp + QStringLiteral("/values"), Text::tr("needs at least one value"));
            crm.rows.append(fr);
        });
        if (crm.filterMode == QLatin1String("specific") && crm.rows.isEmpty())
            r.error(fp + QStringLiteral("/rows"), Text::tr("\"Sync specific accounts\" needs at least one filter row"));
    }
    crm.churnedStatuses = r.strings(o, "churnedStatuses", ptr);
    crm.prospectStatuses = r.strings(o, "prospectStatuses", ptr);
    for (int i = 0; i < crm.prospectStatuses.size(); ++i)
        if (crm.churnedStatuses.contains(crm.prospectStatuses.at(i)))
            r.error(ptr + QStringLiteral("/prospectStatuses/%1").arg(i),
                    Text::tr("\"%1\" is already a churned status; a status cannot be both").arg(crm.prospectStatuses.at(i)));
    crm.syncTeamHierarchy = r.boolean(o, "syncTeamHierarchy", ptr);
    crm.callSummaryUpload = r.boolean(o, "callSummaryUpload", ptr);
    p.crm = crm;
}

void readRest(Reader& r, const QJsonObject& root, Profile& p)
{
    QList<FieldMapping> mappings;
    QSet<QString> mapped;
    if (r.array(root, "fieldMappings", QString(), [&](const QJsonObject& m, const QString& mp) {
            FieldMapping fm{r.str(m, "staircaseField", mp, true), r.str(m, "gainsightField", mp, true)};
            if (!fm.staircaseField.isEmpty() && mapped.contains(fm.staircaseField))
                r.error(mp + QStringLiteral("/staircaseField"), Text::tr("\"%1\" is mapped twice").arg(fm.staircaseField));
            mapped.insert(fm.staircaseField);
            mappings.append(fm);
        }))
        p.fieldMappings = mappings;

    if (auto ua = r.object(root, "userAccess", QString())) {
        UserAccessSection s;
        const QString up = QStringLiteral("/userAccess");
        QHash<QString, QString> byUserId, byEmail; // -> pointer of the first assignment
        r.array(*ua, "assignments", up, [&](const QJsonObject& a, const QString& ap) {
            UserAssignment asg;
            asg.userId = r.str(a, "userId", ap);
            asg.email = r.str(a, "email", ap);
            if (asg.userId.isEmpty() && asg.email.isEmpty())
                r.error(ap, Text::tr("needs a userId or an email"));
            asg.staircaseRole = r.str(a, "staircaseRole", ap, true,
                                      {QStringLiteral("User"), QStringLiteral("Manager"), QStringLiteral("Admin"),
                                       QStringLiteral("None")});
            // The same user twice would be set to one role, then the other, on every apply.
            if (!asg.userId.isEmpty()) {
                if (const QString first = byUserId.value(asg.userId); !first.isEmpty())
                    r.error(ap + QStringLiteral("/userId"),
                            Text::tr("user \"%1\" is already assigned at %2; list each user once").arg(asg.userId, first));
                else
                    byUserId.insert(asg.userId, ap);
            }
            if (!asg.email.isEmpty()) {
                const QString key = asg.email.trimmed().toCaseFolded();
                if (const QString first = byEmail.value(key); !first.isEmpty())
                    r.error(ap + QStringLiteral("/email"),
                            Text::tr("%1 is already assigned at %2 (emails are compared ignoring case); list each user once")
                                .arg(asg.email, first));
                else
                    byEmail.insert(key, ap);
            }
            s.assignments.append(asg);
        });
        s.fixUsernameMismatches = r.boolean(*ua, "fixUsernameMismatches", up);
        p.userAccess = s;
    }

    QList<LayoutPlacement> layouts;
    QHash<QString, QString> placed; // layoutId -> pointer of its first placement
    if (r.array(root, "layouts", QString(), [&](const QJsonObject& l, const QString& lp) {
            LayoutPlacement pl;
            pl.layoutId = r.str(l, "layoutId", lp, true);
            // Two placements of one layout (say positions 2 and 4) would move the section back and forth.
            if (!pl.layoutId.isEmpty()) {
                if (const QString first = placed.value(pl.layoutId); !first.isEmpty())
                    r.error(lp + QStringLiteral("/layoutId"),
                            Text::tr("layout \"%1\" is already placed at %2; a layout takes the section once")
                                .arg(pl.layoutId, first));
                else
                    placed.insert(pl.layoutId, lp);
            }
            pl.layoutName = r.str(l, "layoutName", lp);
            pl.sectionLabel = r.str(l, "sectionLabel", lp, true);
            if (graphemeCount(pl.sectionLabel) > 80)
                r.error(lp + QStringLiteral("/sectionLabel"), Text::tr("is longer than 80 characters"));
            const QJsonValue pos = l.value(QLatin1String("position"));
            // Range first: converting 1e300 to int would be undefined behaviour.
            const double x = pos.isDouble() ? pos.toDouble() : -1.0;
            if (!(x >= 0.0) || x != std::floor(x))
                r.error(lp + QStringLiteral("/position"), Text::tr("must be a whole number ≥ 0"));
            else if (x > 1e6)
                r.error(lp + QStringLiteral("/position"), Text::tr("is larger than any layout"));
            else
                pl.position = int(x);
            layouts.append(pl);
        }))
        p.layouts = layouts;

    if (auto d = r.object(root, "dashboard", QString())) {
        DashboardSection s;
        const QString dp = QStringLiteral("/dashboard");
        s.permission = r.str(*d, "permission", dp, true,
                             {QStringLiteral("private"), QStringLiteral("public"), QStringLiteral("publicViewEdit"),
                              QStringLiteral("publicViewShare"), QStringLiteral("specific")},
                             QStringLiteral("private"));
        QHash<QPair<QString, QString>, QString> seen; // (kind, id) -> pointer of its first entry
        r.array(*d, "principals", dp, [&](const QJsonObject& pr, const QString& pp) {
            const Principal principal{
                r.str(pr, "kind", pp, true, {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("group")}),
                r.str(pr, "id", pp, true), r.str(pr, "email", pp)};
            const QPair<QString, QString> key{principal.kind, principal.id};
            if (const QString first = seen.value(key); !first.isEmpty() && !principal.id.isEmpty())
                r.error(pp, Text::tr("%1 \"%2\" is already listed at %3; list each principal once")
                                .arg(principal.kind, principal.id, first));
            else
                seen.insert(key, pp);
            s.principals.append(principal);
        });
        if (s.permission == QLatin1String("specific") && s.principals.isEmpty())
            r.error(dp + QStringLiteral("/principals"), Text::tr("\"specific\" needs at least one user, role or group"));
        p.dashboard = s;
    }
}

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
        rows.append(QJsonObject{{QStringLiteral("field"), r.field},
                                {QStringLiteral("operator"), r.op},
                                {QStringLiteral("values"), QJsonArray::fromStringList(r.values)}});
    return QJsonObject{
        {QStringLiteral("syncAccounts"), crm.syncAccounts},
        {QStringLiteral("filter"), QJsonObject{{QStringLiteral("mode"), crm.filterMode},
                                               {QStringLiteral("rows"), rows},
                                               {QStringLiteral("combine"), crm.combine}}},
        {QStringLiteral("churnedStatuses"), QJsonArray::fromStringList(crm.churnedStatuses)},
        {QStringLiteral("prospectStatuses"), QJsonArray::fromStringList(crm.prospectStatuses)},
        {QStringLiteral("syncTeamHierarchy"), crm.syncTeamHierarchy},
        {QStringLiteral("callSummaryUpload"), crm.callSummaryUpload}};
}

QJsonObject toJson(const DashboardSection& d)
{
    QJsonArray principals;
    for (const Principal& p : d.principals)
        principals.append(QJsonObject{{QStringLiteral("kind"), p.kind}, {QStringLiteral("id"), p.id}});
    return QJsonObject{{QStringLiteral("permission"), d.permission}, {QStringLiteral("principals"), principals}};
}

ProfileLoad profileFromJson(const QByteArray& json)
{
    ProfileLoad out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        out.errors.append({QString(), Text::tr("not valid JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset)});
        return out;
    }
    if (!doc.isObject()) {
        out.errors.append({QString(), Text::tr("a profile must be a JSON object")});
        return out;
    }
    const QJsonObject root = doc.object();
    Reader r;
    const QJsonValue schema = root.value(QLatin1String("schema"));
    if (schema.isUndefined())
        r.error(QStringLiteral("/schema"), Text::tr("required (\"%1\")").arg(QLatin1String(Profile::kSchema)));
    else if (schema.toString() != QLatin1String(Profile::kSchema))
        r.error(QStringLiteral("/schema"), Text::tr("unknown schema version \"%1\"; this Banister reads \"%2\"")
                                              .arg(schema.isString() ? schema.toString() : Reader::typeName(schema),
                                                   QLatin1String(Profile::kSchema)));
    Profile p;
    if (auto t = r.object(root, "tenant", QString())) {
        const QString tp = QStringLiteral("/tenant");
        p.tenant = {r.str(*t, "gainsightUrl", tp), r.str(*t, "staircaseUrl", tp), r.str(*t, "subdomain", tp)};
    }
    if (auto pre = r.object(root, "prerequisites", QString())) {
        const QString pp = QStringLiteral("/prerequisites");
        if (auto c = r.object(*pre, "confirmed", pp)) {
            const QString cp = pp + QStringLiteral("/confirmed");
            const auto opt = [&](const char* key) -> std::optional<bool> {
                if (!c->contains(QLatin1String(key)))
                    return std::nullopt;
                return r.boolean(*c, key, cp);
            };
            p.confirmed.csSubscription = opt("csSubscription");
            p.confirmed.staircaseSubscription = opt("staircaseSubscription");
            p.confirmed.adminAccess = opt("adminAccess");
            p.confirmed.gainsightPrimary = opt("gainsightPrimary");
            p.confirmed.aiFollowUp = opt("aiFollowUp");
        }
    }
    if (auto a = r.object(root, "activation", QString())) {
        const QString ap = QStringLiteral("/activation");
        ActivationSection s;
        s.path = r.str(*a, "path", ap, true, {QStringLiteral("connect"), QStringLiteral("upgrade")}, QStringLiteral("connect"));
        s.supportContact = r.str(*a, "supportContact", ap);
        s.supportNote = r.str(*a, "supportNote", ap);
        if (s.supportNote.size() > 2000)
            r.error(ap + QStringLiteral("/supportNote"), Text::tr("is longer than 2000 characters"));
        p.activation = s;
    }
    if (auto c = r.object(root, "crm", QString()))
        readCrm(r, *c, p);
    readRest(r, root, p);
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
        out.errors.append({QString(), Text::tr("cannot read %1: there is no such file").arg(path)});
        return out;
    }
    if (info.isDir()) {
        out.errors.append({QString(), Text::tr("%1 is a folder, not a profile").arg(path)});
        return out;
    }
    if (!info.isFile()) {
        out.errors.append({QString(), Text::tr("%1 is not a regular file (it is a device, pipe or socket); a profile is a "
                                               ".json file")
                                          .arg(path)});
        return out;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.errors.append({QString(), Text::tr("cannot read %1: %2").arg(path, f.errorString())});
        return out;
    }
    // Read at most one byte past the limit, whatever size() claims.
    const QByteArray bytes = f.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes) {
        out.errors.append({QString(), Text::tr("%1 is larger than 16 MiB; that is not a profile").arg(path)});
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
    return {opt("csSubscription"), opt("staircaseSubscription"), opt("adminAccess"), opt("gainsightPrimary"), opt("aiFollowUp")};
}

QJsonObject toJson(const Profile& p)
{
    QJsonObject known{{QStringLiteral("schema"), QLatin1String(Profile::kSchema)},
                      {QStringLiteral("tenant"), QJsonObject{{QStringLiteral("gainsightUrl"), p.tenant.gainsightUrl},
                                                             {QStringLiteral("staircaseUrl"), p.tenant.staircaseUrl},
                                                             {QStringLiteral("subdomain"), p.tenant.subdomain}}}};
    if (!p.confirmed.isEmpty())
        known.insert(QStringLiteral("prerequisites"), QJsonObject{{QStringLiteral("confirmed"), toJson(p.confirmed)}});
    if (p.activation)
        known.insert(QStringLiteral("activation"),
                     QJsonObject{{QStringLiteral("path"), p.activation->path},
                                 {QStringLiteral("supportContact"), p.activation->supportContact},
                                 {QStringLiteral("supportNote"), p.activation->supportNote}});
    if (p.crm)
        known.insert(QStringLiteral("crm"), toJson(*p.crm));
    if (p.fieldMappings) {
        QJsonArray a;
        for (const FieldMapping& m : *p.fieldMappings)
            a.append(QJsonObject{{QStringLiteral("staircaseField"), m.staircaseField},
                                 {QStringLiteral("gainsightField"), m.gainsightField}});
        known.insert(QStringLiteral("fieldMappings"), a);
    }
    if (p.userAccess) {
        QJsonArray a;
        for (const UserAssignment& u : p.userAccess->assignments) {
            QJsonObject o{{QStringLiteral("staircaseRole"), u.staircaseRole}};
            if (!u.userId.isEmpty())
                o.insert(QStringLiteral("userId"), u.userId);
            if (!u.email.isEmpty())
                o.insert(QStringLiteral("email"), u.email);
            a.append(o);
        }
        known.insert(QStringLiteral("userAccess"),
                     QJsonObject{{QStringLiteral("assignments"), a},
                                 {QStringLiteral("fixUsernameMismatches"), p.userAccess->fixUsernameMismatches}});
    }
    if (p.layouts) {
        QJsonArray a;
        for (const LayoutPlacement& l : *p.layouts)
        {
            QJsonObject o{{QStringLiteral("layoutId"), l.layoutId},
                          {QStringLiteral("sectionLabel"), l.sectionLabel},
                          {QStringLiteral("position"), l.position}};
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
        return Result<void>::failure(Text::tr("cannot write %1: %2").arg(path, f.errorString()));
    f.write(QJsonDocument(toJson(profile)).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Result<void>::failure(Text::tr("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace banister
