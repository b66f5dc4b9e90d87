#include "engine/CrmArea.h"

#include "core/CompanyField.h"
#include "net/JobGroup.h"
#include "net/TenantClient.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace banister {

void readStaircaseWithDescribe(TenantClient* client, QObject* ctx, ApiJob* resourceJob,
                               std::function<void(const AreaLive&)> done)
{
    auto* group = new JobGroup(ctx, [done](const QHash<QString, ApiResult>& r) {
        AreaLive live;
        const ApiResult resource = r.value(QStringLiteral("resource"));
        const bool notConnected = resource.error.kind == ErrorKind::Conflict;
        QHash<QString, ApiResult> failures = r;
        if (notConnected)
            failures.remove(QStringLiteral("resource")); // 409: not connected yet, which the plan handles
        live.error = JobGroup::firstError(failures);
        live.state = QJsonObject{{QStringLiteral("connected"), !notConnected},
                                 {QStringLiteral("resource"), notConnected ? QJsonValue() : resource.data},
                                 {QStringLiteral("fields"), r.value(QStringLiteral("describe")).data[QStringLiteral("fields")]}};
        done(live);
    });
    group->add(QStringLiteral("resource"), resourceJob);
    group->add(QStringLiteral("describe"), client->describeCompany());
    group->seal();
}

QStringList connectionDependency(const AreaLive& live, const QString& areaTitle, Plan& plan)
{
    if (live.state.value(QLatin1String("connected")).toBool())
        return {};
    // The step that makes the connection: connect, or (upgrade path) support finishing the upgrade.
    for (const char* id : {"activation.connect", "activation.support-done"})
        for (const PlanStep& s : plan.steps)
            if (s.id == QLatin1String(id))
                return {s.id};
    plan.errors << QCoreApplication::translate("banister::CrmArea",
                                               "%1: Staircase is not connected to Gainsight yet. Add the activation "
                                               "step to the profile, or connect first.")
                       .arg(areaTitle);
    return {};
}

void CrmArea::readLive(const Profile&, std::function<void(const AreaLive&)> done)
{
    readStaircaseWithDescribe(client(), this, client()->crmSettings(), std::move(done));
}

void CrmArea::plan(const Profile& p, const AreaLive& live, Plan& plan) const
{
    if (!p.crm)
        return;
    if (!live.ok()) {
        plan.errors << tr("CRM sync: the live state could not be read: %1").arg(live.error);
        return;
    }
    const QList<CompanyField> fields = companyFieldsFromJson(live.state.value(QLatin1String("fields")).toArray());
    const CrmSection& crm = *p.crm;
    const int before = int(plan.errors.size());
    for (int i = 0; i < crm.rows.size(); ++i) {
        const QString& name = crm.rows.at(i).field;
        const CompanyField* f = findField(fields, name);
        const QString ptr = QStringLiteral("/crm/filter/rows/%1/field").arg(i);
        if (!f)
            plan.errors << tr("%1: unknown field \"%2\" (not on this tenant's Company object; removed since the profile "
                              "was saved?)")
                               .arg(ptr, name);
        else if (!f->filterable)
            plan.errors << tr("%1: %2 cannot be used in a filter").arg(ptr, name);
    }
    const CompanyField* status = findField(fields, QStringLiteral("Status"));
    const auto checkStatuses = [&](const QStringList& list, const char* key) {
        for (int i = 0; i < list.size(); ++i)
            if (status && !status->picklistValues.contains(list.at(i)))
                plan.errors << tr("/crm/%1/%2: \"%3\" is not a Status value on this tenant")
                                   .arg(QLatin1String(key))
                                   .arg(i)
                                   .arg(list.at(i));
    };
    checkStatuses(crm.churnedStatuses, "churnedStatuses");
    checkStatuses(crm.prospectStatuses, "prospectStatuses");
    if (plan.errors.size() > before)
        return;

    const QJsonObject desired = toJson(crm);
    const QJsonValue current = live.state.value(QLatin1String("resource"));
    if (current.isObject() && current.toObject() == desired)
        return;
    PlanStep step;
    step.id = QStringLiteral("crm.settings");
    step.area = id();
    step.title = crm.syncAccounts ? tr("Sync %1 accounts to Staircase with the chosen options")
                                        .arg(crm.filterMode == QLatin1String("all") ? tr("all") : tr("the filtered"))
                                  : tr("Turn account sync off");
    step.before = current;
    step.after = desired;
    step.requests << QStringLiteral("PUT /staircase/v1/integrations/gainsight/crm");
    step.dependsOn = connectionDependency(live, title(), plan);
    plan.steps << step;
}

void CrmArea::apply(const PlanStep&, const Profile& p, std::function<void(const StepResult&)> done)
{
    ApiJob* job = client()->putCrmSettings(toJson(p.crm.value_or(CrmSection{})));
    connect(job, &ApiJob::finished, this, [done](const ApiResult& r) {
        done(writeOutcome(r, tr("CRM settings saved."), tr("CRM settings were already as chosen."), r.data));
    });
}

QList<VerifyCheck> CrmArea::verify(const Profile& p, const AreaLive& live) const
{
    const QJsonValue current = live.state.value(QLatin1String("resource"));
    const bool same = live.ok() && p.crm && current.isObject() && current.toObject() == toJson(*p.crm);
    return {VerifyCheck{QStringLiteral("crm.settings"), id(), tr("CRM sync settings read back equal to the profile"), same,
                        !live.ok() ? live.error
                        : same     ? tr("Sync %1, %2 filter row(s), %3 churned and %4 prospect status(es).")
                                     .arg(p.crm->syncAccounts ? tr("on") : tr("off"))
                                     .arg(p.crm->rows.size())
                                     .arg(p.crm->churnedStatuses.size())
                                     .arg(p.crm->prospectStatuses.size())
                                   : tr("The tenant has different CRM settings.")}};
}

} // namespace banister
