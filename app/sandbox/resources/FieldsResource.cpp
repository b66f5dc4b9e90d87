#include "sandbox/resources/FieldsResource.h"

#include "sandbox/StaircaseFields.h"
#include "sandbox/resources/StaircaseResource.h"

#include <QJsonArray>

namespace banister::sandbox {

namespace {
QJsonArray accountFieldsJson(const TenantState& s)
{
    QJsonArray list;
    for (const StaircaseField& f : staircaseAccountFields()) {
        const QString mapped = f.outOfTheBox ? f.defaultMapping : s.mappings.value(f.key);
        list.append(
            QJsonObject { { QStringLiteral("key"), f.key },
                          { QStringLiteral("label"), f.label },
                          { QStringLiteral("type"), f.type },
                          { QStringLiteral("required"), f.required },
                          { QStringLiteral("outOfTheBox"), f.outOfTheBox },
                          { QStringLiteral("gainsightField"), mapped.isEmpty() ? QJsonValue() : QJsonValue(mapped) } });
    }
    return list;
}

Reply getAccountFields(Tenant& t, const Call&)
{
    if (auto e = StaircaseResource::requireConnected(t))
        return *e;
    return Reply::ok(accountFieldsJson(t.state));
}

Reply putAccountMappings(Tenant& t, const Call& c)
{
    if (auto e = StaircaseResource::requireConnected(t))
        return *e;
    const QJsonValue list = c.json.value(QLatin1String("mappings"));
    if (!list.isArray() || c.json.size() != 1)
        return Reply::error(400, "GS_BAD_REQUEST",
                            QStringLiteral("Send {\"mappings\": [{\"staircaseField\", \"gainsightField\"}]}."));
    QHash<QString, QString> next;
    for (const QJsonValue& v : list.toArray()) {
        const QString key = v[QStringLiteral("staircaseField")].toString();
        const QString gs = v[QStringLiteral("gainsightField")].toString();
        const StaircaseField* f = staircaseField(key);
        if (!f)
            return Reply::error(400, "GS_BAD_REQUEST",
                                QStringLiteral("Staircase has no account field \"%1\".").arg(key));
        if (next.contains(key))
            return Reply::error(400, "GS_BAD_REQUEST", QStringLiteral("%1 is mapped twice.").arg(f->label));
        const Column* column = t.data.column(gs);
        if (!column)
            return Reply::error(400, "GS_BAD_REQUEST",
                                QStringLiteral("Gainsight has no Company field \"%1\" (for %2).").arg(gs, f->label));
        if (f->outOfTheBox) {
            if (gs != f->defaultMapping)
                return Reply::error(400, "GS_BAD_REQUEST",
                                    QStringLiteral("%1 is mapped out of the box to %2 and cannot be changed.")
                                        .arg(f->label, f->defaultMapping));
            continue;
        }
        const QString why = incompatibility(*f, *column);
        if (!why.isEmpty())
            return Reply::error(400, "GS_BAD_REQUEST",
                                QStringLiteral("%1 cannot map to %2: %3.").arg(f->label, gs, why));
        next.insert(key, gs);
    }
    const bool changed = next != t.state.mappings;
    t.state.mappings = next;
    return Reply::ok(QJsonObject { { QStringLiteral("fields"), accountFieldsJson(t.state) },
                                   { QStringLiteral("changed"), changed } });
}
} // namespace

void FieldsResource::addRoutes(RouteTable& r)
{
    using namespace columns;
    // clang-format off
    r.add("GET", "/staircase/v1/fields/account",          S, X, NoLimit, R, getAccountFields);
    r.add("PUT", "/staircase/v1/fields/account/mappings", S, X, NoLimit, W, putAccountMappings);
    // clang-format on
}

} // namespace banister::sandbox
