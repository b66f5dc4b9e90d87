#include "engine/CrmArea.h"

#include "core/CompanyField.h"
#include "core/CrmFilter.h"
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
        live.state = QJsonObject { { QStringLiteral("connected"), !notConnected },
                                   { QStringLiteral("resource"), notConnected ? QJsonValue() : resource.data },
                                   { QStringLiteral("fields"),
                                     r.value(QStringLiteral("describe")).data[QStringLiteral("fields")] } };
        done(live);
    });
    group->add(QStringLiteral("resource"), resourceJob);
    group->add(QStringLiteral("describe"), client->describeCompany());
    group->seal();
}

QString connectingStep(const Plan& plan)
{
    for (const char* id : { "activation.connect", "activation.support-done" })
        for (const PlanStep& s : plan.steps)
            if (s.id == QLatin1String(id))
                return s.id;
    return {};
}

QStringList connectionDependency(const AreaLive& live, const QString& areaTitle, const Profile& profile, Plan& plan)
{
    if (live.state.value(QLatin1String("connected")).toBool())
        return {};
    if (const QString step = connectingStep(plan); !step.isEmpty())
        return { step };
    if (profile.activation)
        plan.errors << QCoreApplication::translate("banister::CrmArea",
                                                   "%1: waits for Staircase to be connected to Gainsight, which the "
                                                   "activation step cannot do until the activation error above is "
                                                   "fixed.")
                           .arg(areaTitle);
    else
        plan.errors << QCoreApplication::translate(
                           "banister::CrmArea",
                           "%1: Staircase is not connected to Gainsight yet. Add the activation "
                           "step to the profile, or connect first.")
                           .arg(areaTitle);
    return {};
}

QString CrmArea::describe(const QJsonObject& crm)
{
    if (crm.isEmpty())
        return tr("not set");
    if (!crm.value(QLatin1String("syncAccounts")).toBool())
        return tr("Account sync off");
    QStringList parts;
    const QJsonObject filter = crm.value(QLatin1String("filter")).toObject();
    if (crmFilterModeFromName(filter.value(QLatin1String("mode")).toString()) == CrmFilterMode::Specific) {
        QStringList rows;
        for (const QJsonValue& r : filter.value(QLatin1String("rows")).toArray())
            rows << describeFilterRow(r[QStringLiteral("field")].toString(), r[QStringLiteral("operator")].toString(),
                                      r[QStringLiteral("values")].toVariant().toStringList());
        const bool any = crmCombineFromName(filter.value(QLatin1String("combine")).toString()) == CrmCombine::Or;
        parts << tr("Sync accounts where %1").arg(rows.join(any ? tr(" or ") : tr(" and ")));
    } else {
        parts << tr("Sync all accounts");
    }
    const auto list = [](const QJsonValue& v) {
        const QStringList l = v.toVariant().toStringList();
        return l.isEmpty() ? tr("none") : l.join(QStringLiteral(", "));
    };
    parts << tr("churned: %1").arg(list(crm.value(QLatin1String("churnedStatuses"))));
    parts << tr("prospect: %1").arg(list(crm.value(QLatin1String("prospectStatuses"))));
    parts << (crm.value(QLatin1String("syncTeamHierarchy")).toBool() ? tr("team hierarchy synced")
                                                                     : tr("team hierarchy not synced"));
    parts << (crm.value(QLatin1String("callSummaryUpload")).toBool() ? tr("call summaries uploaded")
                                                                     : tr("call summaries not uploaded"));
    return parts.join(QStringLiteral("; "));
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
    if (crm.filterMode == CrmFilterMode::Specific && crm.rows.isEmpty())
        plan.errors << tr("/crm/filter/rows: \"Sync specific accounts\" needs at least one filter row");
    if (crm.rows.size() > kMaxRows)
        plan.errors << tr("/crm/filter/rows: at most %1 filter rows are allowed (the profile has %2)")
                           .arg(kMaxRows)
                           .arg(crm.rows.size());
    for (int i = 0; i < crm.prospectStatuses.size(); ++i)
        if (crm.churnedStatuses.contains(crm.prospectStatuses.at(i)))
            plan.errors << tr("/crm/prospectStatuses/%1: \"%2\" cannot be both a churned and a prospect status")
                               .arg(i)
                               .arg(crm.prospectStatuses.at(i));
    for (int i = 0; i < crm.rows.size(); ++i) {
        const QString& name = crm.rows.at(i).field;
        const CompanyField* f = findField(fields, name);
        const QString ptr = QStringLiteral("/crm/filter/rows/%1/field").arg(i);
        if (!f)
            plan.errors
                << tr("%1: unknown field \"%2\" (not on this tenant's Company object; removed since the profile "
                      "was saved?)")
                       .arg(ptr, name);
        else if (!f->filterable)
            plan.errors << tr("%1: filter row %2: %3 cannot be used in a filter").arg(ptr).arg(i + 1).arg(name);
        else if (const QString problem = filterRowProblem(crm.rows.at(i), *f); !problem.isEmpty())
            plan.errors << tr("%1: filter row %2: %3")
                               .arg(QStringLiteral("/crm/filter/rows/%1").arg(i))
                               .arg(i + 1)
                               .arg(problem);
    }
    const CompanyField* status = findField(fields, QStringLiteral("Status"));
    const auto checkStatuses = [&](const QStringList& list, const char* key) {
        for (int i = 0; i < list.size(); ++i)
            if (status && !status->picklistValues.contains(list.at(i)))
                plan.errors
                    << tr("/crm/%1/%2: \"%3\" is not a Status value").arg(QLatin1String(key)).arg(i).arg(list.at(i));
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
                                        .arg(crm.filterMode == CrmFilterMode::All ? tr("all") : tr("the filtered"))
                                  : tr("Turn account sync off");
    step.before = current;
    step.after = desired;
    step.beforeText
        = current.isObject() ? describe(current.toObject()) : tr("not readable until Staircase is connected");
    step.afterText = describe(desired);
    step.calls << PlannedCall { PlannedCall::Kind::PutCrmSettings, {}, desired };
    step.requests << TenantClient::describe(step.calls.last());
    step.dependsOn = connectionDependency(live, title(), p, plan);
    plan.steps << step;
}

QList<VerifyCheck> CrmArea::verify(const Profile& p, const AreaLive& live) const
{
    const QJsonValue current = live.state.value(QLatin1String("resource"));
    const bool same = live.ok() && p.crm && current.isObject() && current.toObject() == toJson(*p.crm);
    return { VerifyCheck {
        QStringLiteral("crm.settings"), id(), tr("CRM sync settings read back equal to the profile"), same,
        !live.ok() ? live.error
            : same ? describe(current.toObject())
                   : tr("The tenant has: %1. The profile asks: %2.")
                         .arg(current.isObject() ? describe(current.toObject()) : tr("nothing readable"),
                              p.crm ? describe(toJson(*p.crm)) : QString()) } };
}

} // namespace banister
