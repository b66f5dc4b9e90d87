#include "sandbox/resources/UsersResource.h"

#include "core/Domain.h"
#include "core/RateWindows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <optional>
#include <utility>

namespace banister::sandbox {

namespace {
Result<int> queryInt(const QUrlQuery& q, const char* key, int def, int lo, int hi)
{
    if (!q.hasQueryItem(QLatin1String(key)))
        return def;
    bool ok = false;
    const qint64 v = q.queryItemValue(QLatin1String(key)).toLongLong(&ok);
    if (!ok || v < lo || v > hi)
        return Result<int>::failure(
            QStringLiteral("%1 must be a whole number from %2 to %3").arg(QLatin1String(key)).arg(lo).arg(hi));
    return int(v);
}

QJsonObject userJson(const Tenant& t, const User& u)
{
    QJsonObject o { { QStringLiteral("id"), u.id },
                    { QStringLiteral("name"), u.name },
                    { QStringLiteral("email"), u.email },
                    { QStringLiteral("username"), u.username },
                    { QStringLiteral("license"), u.license },
                    { QStringLiteral("active"), u.active },
                    { QStringLiteral("gsRoles"), QJsonArray::fromStringList(u.gsRoles) },
                    { QStringLiteral("managerId"), u.managerId.isEmpty() ? QJsonValue() : QJsonValue(u.managerId) },
                    { QStringLiteral("superAdmin"), u.superAdmin } };
    if (!t.options.publicApiOnly) // derived by the sandbox; Gainsight's documented user fetch has no such field
        o.insert(QStringLiteral("staircaseAccess"), UsersResource::hasStaircaseAccess(t.state, u));
    return o;
}

// A string as QJsonDocument's compact form writes it: plain ASCII directly, anything else through Qt's own writer.
void appendJsonString(QByteArray& out, const QString& s)
{
    const qsizetype at = out.size();
    out += '"';
    for (const QChar ch : s) {
        const char16_t u = ch.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\') {
            out.truncate(at);
            const QByteArray json = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
            out += QByteArrayView(json).sliced(1, json.size() - 2);
            return;
        }
        out += char(u);
    }
    out += '"';
}

// userJson(t, u) as compact JSON, its keys in QJsonObject's (sorted) order: a page of 500 users without building
// 500 QJsonObjects.
void appendUserJson(QByteArray& out, const Tenant& t, const User& u)
{
    out += u.active ? "{\"active\":true,\"email\":" : "{\"active\":false,\"email\":";
    appendJsonString(out, u.email);
    out += ",\"gsRoles\":[";
    for (qsizetype i = 0; i < u.gsRoles.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, u.gsRoles.at(i));
    }
    out += "],\"id\":";
    appendJsonString(out, u.id);
    out += ",\"license\":";
    appendJsonString(out, u.license);
    out += ",\"managerId\":";
    if (u.managerId.isEmpty())
        out += "null";
    else
        appendJsonString(out, u.managerId);
    out += ",\"name\":";
    appendJsonString(out, u.name);
    if (!t.options.publicApiOnly)
        out += UsersResource::hasStaircaseAccess(t.state, u) ? ",\"staircaseAccess\":true"
                                                             : ",\"staircaseAccess\":false";
    out += u.superAdmin ? ",\"superAdmin\":true,\"username\":" : ",\"superAdmin\":false,\"username\":";
    appendJsonString(out, u.username);
    out += '}';
}

Reply listUsers(Tenant& t, const Call& c)
{
    const QUrlQuery& q = c.request.query;
    auto page = queryInt(q, "page", 1, 1, 1000000);
    if (!page)
        return Reply::error(400, "GS_BAD_REQUEST", page.error());
    auto pageSize = queryInt(q, "pageSize", 50, 1, 500);
    if (!pageSize)
        return Reply::error(400, "GS_BAD_REQUEST", pageSize.error());
    const QString needle = q.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    if (needle.size() > 200)
        return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("The search text is longer than 200 characters."));
    // {"page", "pageSize", "records", "total"}, written as QJsonDocument would write that object.
    QByteArray out;
    out.reserve(256 + qsizetype(std::min<qint64>(pageSize.value(), qint64(t.state.users.size()))) * 240);
    out += "{\"page\":" + QByteArray::number(page.value()) + ",\"pageSize\":" + QByteArray::number(pageSize.value())
        + ",\"records\":[";
    qint64 total = 0;
    bool any = false;
    const qint64 first = qint64(page.value() - 1) * pageSize.value();
    const auto add = [&](const User& u) {
        if (any)
            out += ',';
        any = true;
        appendUserJson(out, t, u);
    };
    if (needle.isEmpty()) {
        total = qint64(t.state.users.size());
        for (qint64 i = first; i < std::min(total, first + pageSize.value()); ++i)
            add(t.state.users.at(i));
    } else {
        for (const User& u : std::as_const(t.state.users)) {
            if (!u.name.contains(needle, Qt::CaseInsensitive) && !u.email.contains(needle, Qt::CaseInsensitive)
                && !u.username.contains(needle, Qt::CaseInsensitive))
                continue;
            if (total >= first && total < first + pageSize.value())
                add(u);
            ++total;
        }
    }
    out += "],\"total\":" + QByteArray::number(total) + '}';
    return Reply::okJson(std::move(out));
}

// The {"users": [...]} of a User Management write as Gainsight's documented calls take it: 1 to 50 entries, each
// naming a user by userId. Fills batch with the entries or answers why not.
std::optional<Reply> userBatch(const Call& c, const char* shape, QJsonArray& batch)
{
    const QJsonValue list = c.json.value(QLatin1String("users"));
    if (!list.isArray() || list.toArray().isEmpty())
        return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("Send {\"users\": %1}.").arg(QLatin1String(shape)));
    if (list.toArray().size() > TenantLimits::kUsersPerCall)
        return Reply::error(400, "GS_BAD_REQUEST",
                            QStringLiteral("At most %1 users per call (got %2).")
                                .arg(TenantLimits::kUsersPerCall)
                                .arg(list.toArray().size()));
    batch = list.toArray();
    return std::nullopt;
}

struct Update
{
    int index;
    std::optional<QStringList> roles;
    std::optional<QString> username;
};

// One entry of an Update Users call, checked against the user it names; newNames collects the call's usernames.
std::optional<Reply> readUpdate(const Tenant& t, const QJsonObject& o, QStringList& inactive, QSet<QString>& newNames,
                                Update& up)
{
    const int i = t.data.userIndexFromId(o.value(QLatin1String("userId")).toString());
    if (i < 0)
        return UsersResource::userNotFound(o.value(QLatin1String("userId")).toString());
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("userId") && it.key() != QLatin1String("gsRoles")
            && it.key() != QLatin1String("username"))
            return Reply::error(
                400, "GS_BAD_REQUEST",
                QStringLiteral("\"%1\" cannot be changed through Update Users here (userId, gsRoles, username).")
                    .arg(it.key()));
    const User& u = t.state.users.at(size_t(i));
    up = Update { i, {}, {} };
    if (o.contains(QLatin1String("gsRoles"))) {
        const QJsonValue roles = o.value(QLatin1String("gsRoles"));
        if (!roles.isArray())
            return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("gsRoles must be an array of role names."));
        QStringList names;
        for (const QJsonValue& r : roles.toArray()) {
            if (!UsersResource::knownRoles().contains(r.toString()))
                return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("Unknown GS role \"%1\".").arg(r.toString()));
            names << r.toString();
        }
        if (!u.active && names != u.gsRoles)
            inactive << u.email;
        if (u.superAdmin && t.state.connected && !names.contains(staircaseGsRole(StaircaseRole::Admin)))
            return Reply::error(
                409, "GS_CONFLICT",
                QStringLiteral("%1 is a Gainsight super admin and keeps Staircase Admin.").arg(u.email));
        up.roles = names;
    }
    if (o.contains(QLatin1String("username"))) {
        const QString username = o.value(QLatin1String("username")).toString();
        if (username.isEmpty())
            return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("username must be a non-empty string."));
        if (u.username != username && u.active)
            return Reply::error(409, "GS_CONFLICT",
                                QStringLiteral("The username of an active user cannot change: deactivate %1 first, "
                                               "update the username, then reactivate.")
                                    .arg(u.email));
        for (const User& other : std::as_const(t.state.users))
            if (&other != &u && other.username == username)
                return Reply::error(409, "GS_CONFLICT",
                                    QStringLiteral("The username %1 is taken by another user.").arg(username));
        if (newNames.contains(username))
            return Reply::error(409, "GS_CONFLICT",
                                QStringLiteral("The username %1 is given to two users in one call.").arg(username));
        newNames.insert(username);
        up.username = username;
    }
    if (!up.roles && !up.username)
        return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("Nothing to update for user %1.").arg(u.id));
    return std::nullopt;
}

// Shaped after Gainsight's documented "Update Users" call: up to 50 users a call, each {userId, gsRoles?,
// username?}. All or nothing: one refused user refuses the call.
Reply putUsers(Tenant& t, const Call& c)
{
    QJsonArray batch;
    if (auto refused = userBatch(c, "[{\"userId\", \"gsRoles\": [...]} or {\"userId\", \"username\"}]", batch))
        return *refused;
    QList<Update> updates;
    QStringList inactive;
    QSet<QString> newNames;
    for (const QJsonValue& v : batch) {
        Update up { -1, {}, {} };
        if (auto refused = readUpdate(t, v.toObject(), inactive, newNames, up))
            return *refused;
        updates.append(up);
    }
    if (!inactive.isEmpty())
        return Reply::error(409, "GS_CONFLICT",
                            QStringLiteral("Roles of inactive users cannot be changed: %1. Activate them first.")
                                .arg(inactive.join(QStringLiteral(", "))));
    int changed = 0;
    QJsonArray users;
    for (const Update& up : updates) {
        User& u = t.state.users[size_t(up.index)];
        bool c1 = false;
        if (up.roles) {
            c1 |= u.gsRoles != *up.roles;
            u.gsRoles = *up.roles;
        }
        if (up.username) {
            c1 |= u.username != *up.username;
            u.username = *up.username;
        }
        changed += c1;
        users.append(userJson(t, u));
    }
    return Reply::ok(QJsonObject { { QStringLiteral("users"), users },
                                   { QStringLiteral("changed"), changed > 0 },
                                   { QStringLiteral("changedCount"), changed } });
}

// Shaped after Gainsight's documented "Update User Status" call: up to 50 users a call, each {userId, active}.
Reply putUserStatus(Tenant& t, const Call& c)
{
    QJsonArray batch;
    if (auto refused = userBatch(c, "[{\"userId\", \"active\": true|false}]", batch))
        return *refused;
    QList<QPair<int, bool>> updates;
    for (const QJsonValue& v : batch) {
        const QJsonObject o = v.toObject();
        const int i = t.data.userIndexFromId(o.value(QLatin1String("userId")).toString());
        if (i < 0)
            return UsersResource::userNotFound(o.value(QLatin1String("userId")).toString());
        if (!o.value(QLatin1String("active")).isBool())
            return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("active must be true or false."));
        const bool active = o.value(QLatin1String("active")).toBool();
        if (!active && t.state.users.at(size_t(i)).superAdmin)
            return Reply::error(409, "GS_CONFLICT", QStringLiteral("A super admin cannot be deactivated."));
        updates.append({ i, active });
    }
    int changed = 0;
    QJsonArray users;
    for (const auto& [i, active] : updates) {
        User& u = t.state.users[size_t(i)];
        changed += u.active != active;
        u.active = active;
        users.append(userJson(t, u));
    }
    return Reply::ok(QJsonObject { { QStringLiteral("users"), users },
                                   { QStringLiteral("changed"), changed > 0 },
                                   { QStringLiteral("changedCount"), changed } });
}
} // namespace

void UsersResource::addRoutes(RouteTable& r)
{
    using namespace columns;
    // clang-format off
    r.add("GET", "/v1/users",        G, P, NoLimit,    R, listUsers);
    r.add("PUT", "/v1/users",        G, P, UserWrites, W, putUsers);
    r.add("PUT", "/v1/users/status", G, P, UserWrites, W, putUserStatus);
    // clang-format on
}

const QStringList& UsersResource::staircaseRoles()
{
    static const QStringList roles = staircaseGsRoles();
    return roles;
}

const QStringList& UsersResource::knownRoles()
{
    static const QStringList roles { systemAdministratorRole(),
                                     staircaseGsRole(StaircaseRole::Admin),
                                     staircaseGsRole(StaircaseRole::Manager),
                                     staircaseGsRole(StaircaseRole::User),
                                     staircaseCsmRole(),
                                     QStringLiteral("CS Leadership"),
                                     QStringLiteral("CSM Manager"),
                                     QStringLiteral("CSM"),
                                     QStringLiteral("Read Only") };
    return roles;
}

bool UsersResource::validEmail(const QString& email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}

bool UsersResource::hasStaircaseAccess(const TenantState& s, const User& u)
{
    const bool role = std::any_of(u.gsRoles.begin(), u.gsRoles.end(),
                                  [](const QString& r) { return staircaseRoles().contains(r); });
    const bool licensed = hasStaircaseBundle(u.license);
    return s.connected && role && licensed && u.active && u.username == u.email && validEmail(u.email);
}

Reply UsersResource::userNotFound(const QString& id)
{
    return Reply::error(404, "GS_NOT_FOUND", QStringLiteral("User %1 was not found on this tenant.").arg(id));
}

} // namespace banister::sandbox
