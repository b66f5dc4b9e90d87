#include "engine/FieldMappingsArea.h"

#include "core/CompanyField.h"
#include "engine/CrmArea.h"
#include "net/TenantClient.h"

#include <QJsonArray>
#include <QSet>

namespace banister {

namespace {
bool isOutOfTheBox(const QList<StaircaseAccountField>& fields, const QString& key)
{
    for (const StaircaseAccountField& f : fields)
        if (f.key == key)
            return f.outOfTheBox;
    return false;
}
} // namespace

QJsonObject FieldMappingsArea::liveMappings(const QJsonValue& fields)
{
    QJsonObject out;
    for (const StaircaseAccountField& f : staircaseFieldsFromJson(fields.toArray()))
        if (!f.outOfTheBox && !f.gainsightField.isEmpty())
            out.insert(f.key, f.gainsightField);
    return out;
}

QJsonObject FieldMappingsArea::desiredMappings(const QList<FieldMapping>& mappings, const QJsonValue& fields)
{
    const QList<StaircaseAccountField> sf = staircaseFieldsFromJson(fields.toArray());
    QJsonObject out;
    for (const FieldMapping& m : mappings)
        if (!isOutOfTheBox(sf, m.staircaseField))
            out.insert(m.staircaseField, m.gainsightField);
    return out;
}

void FieldMappingsArea::readLive(const Profile&, std::function<void(const AreaLive&)> done)
{
    readStaircaseWithDescribe(client(), this, client()->accountFields(), std::move(done));
}

void FieldMappingsArea::plan(const Profile& p, const AreaLive& live, Plan& plan) const
{
    if (!p.fieldMappings)
        return;
    if (!live.ok()) {
        plan.errors << tr("Field mappings: the live state could not be read: %1").arg(live.error);
        return;
    }
    const QList<CompanyField> company = companyFieldsFromJson(live.state.value(QLatin1String("fields")).toArray());
    const QJsonValue resource = live.state.value(QLatin1String("resource"));
    const bool connected = resource.isArray();
    // Before Staircase is connected its field list cannot be read: its standard fields stand in, so types are
    // checked all the same and no apply stops on a mapping the tenant refuses.
    const QList<StaircaseAccountField> staircase
        = connected ? staircaseFieldsFromJson(resource.toArray()) : standardStaircaseAccountFields();
    const int before = int(plan.errors.size());
    QSet<QString> mapped;
    for (int i = 0; i < p.fieldMappings->size(); ++i) {
        const FieldMapping& m = p.fieldMappings->at(i);
        if (mapped.contains(m.staircaseField)) {
            plan.errors << tr("/fieldMappings/%1/staircaseField: %2 is mapped twice").arg(i).arg(m.staircaseField);
            continue;
        }
        mapped.insert(m.staircaseField);
        const CompanyField* source = findField(company, m.gainsightField);
        if (!source) {
            plan.errors
                << tr("/fieldMappings/%1/gainsightField: Gainsight has no Company field \"%2\" (removed since the "
                      "profile was saved?)")
                       .arg(i)
                       .arg(m.gainsightField);
            continue;
        }
        const auto target = std::find_if(staircase.begin(), staircase.end(),
                                         [&](const StaircaseAccountField& f) { return f.key == m.staircaseField; });
        if (target == staircase.end()) {
            plan.errors
                << (connected ? tr("/fieldMappings/%1/staircaseField: Staircase has no account field \"%2\"")
                                    .arg(i)
                                    .arg(m.staircaseField)
                              : tr("/fieldMappings/%1/staircaseField: Staircase has no account field \"%2\" among its "
                                   "standard fields; custom fields can be mapped once Staircase is connected")
                                    .arg(i)
                                    .arg(m.staircaseField));
            continue;
        }
        if (target->outOfTheBox) {
            if (target->gainsightField != m.gainsightField)
                plan.errors << tr("/fieldMappings/%1: %2 is mapped out of the box to %3 and cannot be changed")
                                   .arg(i)
                                   .arg(target->label, target->gainsightField);
            continue;
        }
        const QString why = mappingIncompatibility(*target, *source);
        if (!why.isEmpty())
            plan.errors << tr("/fieldMappings/%1: %2").arg(i).arg(why);
    }
    if (plan.errors.size() > before)
        return;
    for (const StaircaseAccountField& f : staircase) {
        const bool mapped = std::any_of(p.fieldMappings->begin(), p.fieldMappings->end(),
                                        [&](const FieldMapping& m) { return m.staircaseField == f.key; });
        if (f.required && !f.outOfTheBox && !mapped)
            plan.warnings << tr("%1 is not mapped; Staircase needs it to work properly.").arg(f.label);
    }
    QJsonArray standard;
    for (const StaircaseAccountField& f : staircase)
        standard.append(
            QJsonObject { { QStringLiteral("key"), f.key }, { QStringLiteral("outOfTheBox"), f.outOfTheBox } });
    const QJsonObject desired = desiredMappings(*p.fieldMappings, connected ? resource : QJsonValue(standard));
    const QJsonObject current = liveMappings(resource);
    if (connected && desired == current)
        return;
    const auto words = [&](const QJsonObject& m) {
        QStringList pairs;
        for (auto it = m.begin(); it != m.end(); ++it) {
            const auto f = std::find_if(staircase.begin(), staircase.end(),
                                        [&](const StaircaseAccountField& sf) { return sf.key == it.key(); });
            const CompanyField* g = findField(company, it.value().toString());
            pairs << tr("%1 ← %2").arg(f == staircase.end() ? it.key() : f->label,
                                       g ? QStringLiteral("%1 (%2)").arg(g->label, g->name) : it.value().toString());
        }
        return pairs.isEmpty() ? tr("no mappings") : pairs.join(QStringLiteral("; "));
    };
    // What goes out: the profile's mappings as chosen (out-of-the-box ones unchanged are harmless).
    QJsonArray body;
    for (const FieldMapping& m : *p.fieldMappings)
        body.append(QJsonObject { { QStringLiteral("staircaseField"), m.staircaseField },
                                  { QStringLiteral("gainsightField"), m.gainsightField } });
    PlanStep step;
    step.id = QStringLiteral("fields.mappings");
    step.area = id();
    step.title = tr("Map %n Staircase account field(s) to Gainsight fields", nullptr, int(desired.size()));
    step.before = connected ? QJsonValue(current) : QJsonValue();
    step.after = desired;
    step.beforeText = connected ? words(current) : tr("not readable until Staircase is connected");
    step.afterText = words(desired);
    step.calls << PlannedCall { PlannedCall::Kind::PutAccountMappings, {}, body };
    step.requests << TenantClient::describe(step.calls.last());
    step.dependsOn = connectionDependency(live, title(), p, plan);
    plan.steps << step;
}

QList<VerifyCheck> FieldMappingsArea::verify(const Profile& p, const AreaLive& live) const
{
    const QJsonValue resource = live.state.value(QLatin1String("resource"));
    const bool same = live.ok() && p.fieldMappings && resource.isArray()
        && liveMappings(resource) == desiredMappings(*p.fieldMappings, resource);
    QStringList pairs;
    const QJsonObject m = liveMappings(resource);
    for (auto it = m.begin(); it != m.end(); ++it)
        pairs << it.key() + QStringLiteral(" ← ") + it.value().toString();
    return { VerifyCheck { QStringLiteral("fields.mappings"), id(), tr("Field mappings read back equal to the profile"),
                           same,
                           !live.ok()            ? live.error
                               : pairs.isEmpty() ? tr("No mappings.")
                                                 : pairs.join(QStringLiteral(", ")) } };
}

} // namespace banister
