#include "engine/FieldMappingsArea.h"

#include "core/CompanyField.h"
#include "engine/CrmArea.h"
#include "net/TenantClient.h"

#include <QJsonArray>

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
    const QList<StaircaseAccountField> staircase = staircaseFieldsFromJson(resource.toArray());
    const int before = int(plan.errors.size());
    for (int i = 0; i < p.fieldMappings->size(); ++i) {
        const FieldMapping& m = p.fieldMappings->at(i);
        const CompanyField* source = findField(company, m.gainsightField);
        if (!source) {
            plan.errors << tr("/fieldMappings/%1/gainsightField: unknown field \"%2\" (not on this tenant's Company "
                              "object; removed since the profile was saved?)")
                               .arg(i)
                               .arg(m.gainsightField);
            continue;
        }
        if (staircase.isEmpty())
            continue; // not connected yet: Staircase's fields are checked once they can be read
        const auto target = std::find_if(staircase.begin(), staircase.end(),
                                         [&](const StaircaseAccountField& f) { return f.key == m.staircaseField; });
        if (target == staircase.end()) {
            plan.errors << tr("/fieldMappings/%1/staircaseField: Staircase has no account field \"%2\"").arg(i).arg(m.staircaseField);
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
    const QJsonObject desired = desiredMappings(*p.fieldMappings, resource);
    const QJsonObject current = liveMappings(resource);
    if (!staircase.isEmpty() && desired == current)
        return;
    PlanStep step;
    step.id = QStringLiteral("fields.mappings");
    step.area = id();
    step.title = tr("Map %n Staircase account field(s) to Gainsight fields", nullptr, int(desired.size()));
    step.before = staircase.isEmpty() ? QJsonValue() : QJsonValue(current);
    step.after = desired;
    step.requests << QStringLiteral("PUT /staircase/v1/fields/account/mappings");
    step.dependsOn = connectionDependency(live, title(), plan);
    plan.steps << step;
}

void FieldMappingsArea::apply(const PlanStep&, const Profile& p, std::function<void(const StepResult&)> done)
{
    // Out-of-the-box mappings are fixed by the tenant; sending them unchanged is harmless, so send them all.
    QJsonArray list;
    for (const FieldMapping& m : p.fieldMappings.value_or(QList<FieldMapping>{}))
        list.append(QJsonObject{{QStringLiteral("staircaseField"), m.staircaseField},
                                {QStringLiteral("gainsightField"), m.gainsightField}});
    ApiJob* job = client()->putAccountFieldMappings(list);
    connect(job, &ApiJob::finished, this, [done](const ApiResult& r) {
        done(writeOutcome(r, tr("Field mappings saved."), tr("Field mappings were already as chosen."),
                          r.data[QStringLiteral("fields")]));
    });
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
    return {VerifyCheck{QStringLiteral("fields.mappings"), id(), tr("Field mappings read back equal to the profile"), same,
                        !live.ok() ? live.error : pairs.isEmpty() ? tr("No mappings.") : pairs.join(QStringLiteral(", "))}};
}

} // namespace banister
