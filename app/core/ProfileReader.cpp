#include "core/ProfileReader.h"

#include "core/CrmFilter.h"
#include "core/Graphemes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QPair>
#include <QSet>
#include <cmath>

namespace banister {

namespace {
struct ProfileReaderText
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
};
} // namespace

QString ProfileReader::typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return ProfileReaderText::tr("a boolean", "JSON type found");
    case QJsonValue::Double:
        return ProfileReaderText::tr("a number", "JSON type found");
    case QJsonValue::String:
        return ProfileReaderText::tr("a string", "JSON type found");
    case QJsonValue::Array:
        return ProfileReaderText::tr("an array", "JSON type found");
    case QJsonValue::Object:
        return ProfileReaderText::tr("an object", "JSON type found");
    case QJsonValue::Undefined:
        break;
    }
    return ProfileReaderText::tr("missing", "JSON type found: no value");
}

QString ProfileReader::mustBeArray(const QJsonValue& v)
{
    return ProfileReaderText::tr("must be an array, not %1").arg(typeName(v));
}

QString ProfileReader::mustBeObject(const QJsonValue& v)
{
    return ProfileReaderText::tr("must be an object, not %1").arg(typeName(v));
}

QString ProfileReader::str(const QJsonObject& o, const char* key, const QString& ptr, bool required,
                           const QStringList& allowed, const QString& def)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QString p = ptr + QLatin1Char('/') + QLatin1String(key);
    if (v.isUndefined()) {
        if (required)
            error(p, ProfileReaderText::tr("required"));
        return def;
    }
    if (!v.isString()) {
        error(p, ProfileReaderText::tr("must be a string, not %1").arg(typeName(v)));
        return def;
    }
    if (!allowed.isEmpty() && !allowed.contains(v.toString())) {
        error(p,
              ProfileReaderText::tr("unknown value \"%1\"; expected one of %2")
                  .arg(v.toString(), QLatin1Char('"') + allowed.join(QStringLiteral("\", \"")) + QLatin1Char('"')));
        return def;
    }
    return v.toString();
}

bool ProfileReader::boolean(const QJsonObject& o, const char* key, const QString& ptr, bool def)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return def;
    if (!v.isBool()) {
        error(ptr + QLatin1Char('/') + QLatin1String(key),
              ProfileReaderText::tr("must be true or false, not %1").arg(typeName(v)));
        return def;
    }
    return v.toBool();
}

QStringList ProfileReader::strings(const QJsonObject& o, const char* key, const QString& ptr)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QString p = ptr + QLatin1Char('/') + QLatin1String(key);
    QStringList out;
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        error(p, ProfileReaderText::tr("must be an array of strings, not %1").arg(typeName(v)));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            error(p + QLatin1Char('/') + QString::number(i),
                  ProfileReaderText::tr("must be a string, not %1").arg(typeName(a.at(i))));
        else
            out << a.at(i).toString();
    }
    return out;
}

std::optional<QJsonObject> ProfileReader::object(const QJsonObject& o, const char* key, const QString& ptr)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        error(ptr + QLatin1Char('/') + QLatin1String(key), mustBeObject(v));
        return std::nullopt;
    }
    return v.toObject();
}

namespace {

void readTenant(ProfileReader& r, const QJsonObject& root, Profile& p)
{
    if (auto t = r.object(root, "tenant", QString())) {
        const QString tp = QStringLiteral("/tenant");
        p.tenant = { r.str(*t, "gainsightUrl", tp), r.str(*t, "staircaseUrl", tp), r.str(*t, "subdomain", tp) };
    }
}

void readPrerequisites(ProfileReader& r, const QJsonObject& root, Profile& p)
{
    auto pre = r.object(root, "prerequisites", QString());
    if (!pre)
        return;
    const QString pp = QStringLiteral("/prerequisites");
    auto c = r.object(*pre, "confirmed", pp);
    if (!c)
        return;
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

void readActivation(ProfileReader& r, const QJsonObject& root, Profile& p)
{
    auto a = r.object(root, "activation", QString());
    if (!a)
        return;
    const QString ap = QStringLiteral("/activation");
    ActivationSection s;
    s.path = r.str(*a, "path", ap, true, { QStringLiteral("connect"), QStringLiteral("upgrade") },
                   QStringLiteral("connect"));
    s.supportContact = r.str(*a, "supportContact", ap);
    s.supportNote = r.str(*a, "supportNote", ap);
    if (s.supportNote.size() > 2000)
        r.error(ap + QStringLiteral("/supportNote"), ProfileReaderText::tr("is longer than 2000 characters"));
    p.activation = s;
}

void readCrm(ProfileReader& r, const QJsonObject& root, Profile& p)
{
    auto o = r.object(root, "crm", QString());
    if (!o)
        return;
    const QString ptr = QStringLiteral("/crm");
    CrmSection crm;
    crm.syncAccounts = r.boolean(*o, "syncAccounts", ptr);
    if (auto filter = r.object(*o, "filter", ptr)) {
        const QString fp = ptr + QStringLiteral("/filter");
        crm.filterMode = crmFilterModeFromName(r.str(*filter, "mode", fp, false, crmFilterModeNames(),
                                                     crmFilterModeName(CrmFilterMode::All)))
                             .value_or(CrmFilterMode::All);
        crm.combine = crmCombineFromName(
                          r.str(*filter, "combine", fp, false, crmCombineNames(), crmCombineName(CrmCombine::And)))
                          .value_or(CrmCombine::And);
        r.array(*filter, "rows", fp, [&](const QJsonObject& row, const QString& rp) {
            FilterRow fr;
            fr.field = r.str(row, "field", rp, true);
            if (row.contains(QLatin1String("field")) && fr.field.trimmed().isEmpty())
                r.error(rp + QStringLiteral("/field"), ProfileReaderText::tr("must name a Company field"));
            fr.op = r.str(row, "operator", rp, false, filterOpNames(), QStringLiteral("in"));
            fr.values = r.strings(row, "values", rp);
            if (fr.values.isEmpty())
                r.error(rp + QStringLiteral("/values"), ProfileReaderText::tr("needs at least one value"));
            crm.rows.append(fr);
        });
        if (crm.filterMode == CrmFilterMode::Specific && crm.rows.isEmpty())
            r.error(fp + QStringLiteral("/rows"),
                    ProfileReaderText::tr("\"Sync specific accounts\" needs at least one filter row"));
    }
    crm.churnedStatuses = r.strings(*o, "churnedStatuses", ptr);
    crm.prospectStatuses = r.strings(*o, "prospectStatuses", ptr);
    for (int i = 0; i < crm.prospectStatuses.size(); ++i)
        if (crm.churnedStatuses.contains(crm.prospectStatuses.at(i)))
            r.error(ptr + QStringLiteral("/prospectStatuses/%1").arg(i),
                    ProfileReaderText::tr("\"%1\" is already a churned status; a status cannot be both")
                        .arg(crm.prospectStatuses.at(i)));
    crm.syncTeamHierarchy = r.boolean(*o, "syncTeamHierarchy", ptr);
    crm.callSummaryUpload = r.boolean(*o, "callSummaryUpload", ptr);
    p.crm = crm;
}

// A section that is a top-level array of objects: each element read by item(object, pointer); nullopt when the
// profile has no such array.
template <typename T, typename Fn>
std::optional<QList<T>> listSection(ProfileReader& r, const QJsonObject& root, const char* key, Fn item)
{
    QList<T> out;
    if (!r.array(root, key, QString(), [&](const QJsonObject& o, const QString& ptr) { out.append(item(o, ptr)); }))
        return std::nullopt;
    return out;
}

void readFieldMappings(ProfileReader& r, const QJsonObject& root, Profile& p)
{
    QSet<QString> mapped;
    p.fieldMappings = listSection<FieldMapping>(r, root, "fieldMappings", [&](const QJsonObject& m, const QString& mp) {
        FieldMapping fm { r.str(m, "staircaseField", mp, true), r.str(m, "gainsightField", mp, true) };
        if (!fm.staircaseField.isEmpty() && mapped.contains(fm.staircaseField))
            r.error(mp + QStringLiteral("/staircaseField"),
                    ProfileReaderText::tr("\"%1\" is mapped twice").arg(fm.staircaseField));
        mapped.insert(fm.staircaseField);
        return fm;
    });
}

void readUserAccess(ProfileReader& r, const QJsonObject& root, Profile& p)
{
    auto ua = r.object(root, "userAccess", QString());
    if (!ua)
        return;
    UserAccessSection s;
    const QString up = QStringLiteral("/userAccess");
    QHash<QString, QString> byUserId, byEmail; // -> pointer of the first assignment
    r.array(*ua, "assignments", up, [&](const QJsonObject& a, const QString& ap) {
        UserAssignment asg;
        asg.userId = r.str(a, "userId", ap);
        asg.email = r.str(a, "email", ap);
        if (asg.userId.isEmpty() && asg.email.isEmpty())
            r.error(ap, ProfileReaderText::tr("needs a userId or an email"));
        // A wrong or missing role is an error above: the profile does not load, so the default never goes anywhere.
        asg.staircaseRole = staircaseRoleFromName(r.str(a, "staircaseRole", ap, true, staircaseRoleNames()))
                                .value_or(StaircaseRole::None);
        // The same user twice would be set to one role, then the other, on every apply.
        if (!asg.userId.isEmpty()) {
            if (const QString first = byUserId.value(asg.userId); !first.isEmpty())
                r.error(ap + QStringLiteral("/userId"),
                        ProfileReaderText::tr("user \"%1\" is already assigned at %2; list each user once")
                            .arg(asg.userId, first));
            else
                byUserId.insert(asg.userId, ap);
        }
        if (!asg.email.isEmpty()) {
            const QString key = asg.email.trimmed().toCaseFolded();
            if (const QString first = byEmail.value(key); !first.isEmpty())
                r.error(ap + QStringLiteral("/email"),
                        ProfileReaderText::tr(
                            "%1 is already assigned at %2 (emails are compared ignoring case); list each user once")
                            .arg(asg.email, first));
            else
                byEmail.insert(key, ap);
        }
        s.assignments.append(asg);
    });
    s.fixUsernameMismatches = r.boolean(*ua, "fixUsernameMismatches", up);
    p.userAccess = s;
}

void readLayouts(ProfileReader& r, const QJsonObject& root, Profile& p)
{
    QHash<QString, QString> placed; // layoutId -> pointer of its first placement
    p.layouts = listSection<LayoutPlacement>(r, root, "layouts", [&](const QJsonObject& l, const QString& lp) {
        LayoutPlacement pl;
        pl.layoutId = r.str(l, "layoutId", lp, true);
        // Two placements of one layout (say positions 2 and 4) would move the section back and forth.
        if (!pl.layoutId.isEmpty()) {
            if (const QString first = placed.value(pl.layoutId); !first.isEmpty())
                r.error(lp + QStringLiteral("/layoutId"),
                        ProfileReaderText::tr("layout \"%1\" is already placed at %2; a layout takes the section once")
                            .arg(pl.layoutId, first));
            else
                placed.insert(pl.layoutId, lp);
        }
        pl.layoutName = r.str(l, "layoutName", lp);
        pl.sectionLabel = r.str(l, "sectionLabel", lp, true);
        if (graphemeCount(pl.sectionLabel) > 80)
            r.error(lp + QStringLiteral("/sectionLabel"), ProfileReaderText::tr("is longer than 80 characters"));
        const QJsonValue pos = l.value(QLatin1String("position"));
        // Range first: converting 1e300 to int would be undefined behaviour.
        const double x = pos.isDouble() ? pos.toDouble() : -1.0;
        if (!(x >= 0.0) || x != std::floor(x))
            r.error(lp + QStringLiteral("/position"), ProfileReaderText::tr("must be a whole number ≥ 0"));
        else if (x > 1e6)
            r.error(lp + QStringLiteral("/position"), ProfileReaderText::tr("is larger than any layout"));
        else
            pl.position = int(x);
        return pl;
    });
}

void readDashboard(ProfileReader& r, const QJsonObject& root, Profile& p)
{
    auto d = r.object(root, "dashboard", QString());
    if (!d)
        return;
    DashboardSection s;
    const QString dp = QStringLiteral("/dashboard");
    s.permission = dashboardPermissionFromName(r.str(*d, "permission", dp, true, dashboardPermissionNames(),
                                                     dashboardPermissionName(DashboardPermission::Private)))
                       .value_or(DashboardPermission::Private);
    QHash<QPair<QString, QString>, QString> seen; // (kind as written, id) -> pointer of its first entry
    r.array(*d, "principals", dp, [&](const QJsonObject& pr, const QString& pp) {
        const QString kind = r.str(pr, "kind", pp, true, principalKindNames());
        const Principal principal { principalKindFromName(kind).value_or(PrincipalKind::Role),
                                    r.str(pr, "id", pp, true), r.str(pr, "email", pp) };
        const QPair<QString, QString> key { kind, principal.id };
        if (const QString first = seen.value(key); !first.isEmpty() && !principal.id.isEmpty())
            r.error(pp,
                    ProfileReaderText::tr("%1 \"%2\" is already listed at %3; list each principal once")
                        .arg(kind, principal.id, first));
        else
            seen.insert(key, pp);
        s.principals.append(principal);
    });
    if (s.permission == DashboardPermission::Specific && s.principals.isEmpty())
        r.error(dp + QStringLiteral("/principals"),
                ProfileReaderText::tr("\"specific\" needs at least one user, role or group"));
    p.dashboard = s;
}

} // namespace

void readProfileSections(ProfileReader& r, const QJsonObject& root, Profile& p)
{
    // The order of the errors is the order of these reads.
    readTenant(r, root, p);
    readPrerequisites(r, root, p);
    readActivation(r, root, p);
    readCrm(r, root, p);
    readFieldMappings(r, root, p);
    readUserAccess(r, root, p);
    readLayouts(r, root, p);
    readDashboard(r, root, p);
}

} // namespace banister
