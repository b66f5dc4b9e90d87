#include "engine/LayoutsArea.h"

#include "engine/CrmArea.h"
#include "net/JobGroup.h"
#include "net/TenantClient.h"

#include <QJsonArray>

namespace banister {

QJsonArray LayoutsArea::placeSection(const QJsonArray& sections, const QString& label, int position)
{
    QJsonArray out;
    for (const QJsonValue& s : sections)
        if (s[QStringLiteral("key")].toString() != QLatin1String(kSectionKey))
            out.append(QJsonObject { { QStringLiteral("key"), s[QStringLiteral("key")] },
                                     { QStringLiteral("label"), s[QStringLiteral("label")] } });
    const int at = std::clamp(position, 0, int(out.size()));
    out.insert(
        at, QJsonObject { { QStringLiteral("key"), QLatin1String(kSectionKey) }, { QStringLiteral("label"), label } });
    return out;
}

void LayoutsArea::readLive(const Profile& p, std::function<void(const AreaLive&)> done)
{
    auto* group = new JobGroup(this, [done](const QHash<QString, ApiResult>& r) {
        AreaLive live;
        QJsonObject layouts;
        QHash<QString, ApiResult> failures;
        for (auto it = r.begin(); it != r.end(); ++it) {
            if (!it.key().startsWith(QLatin1String("layout:")))
                continue;
            if (it.value().ok())
                layouts.insert(it.key().mid(7), it.value().data);
            else if (it.value().error.kind == ErrorKind::NotFound)
                layouts.insert(it.key().mid(7), QJsonValue::Null); // deleted on the tenant
            else
                failures.insert(it.key(), it.value());
        }
        failures.insert(QStringLiteral("staircase"), r.value(QStringLiteral("staircase")));
        live.error = JobGroup::firstError(failures);
        live.state
            = QJsonObject { { QStringLiteral("layouts"), layouts },
                            { QStringLiteral("connected"),
                              r.value(QStringLiteral("staircase")).data[QStringLiteral("connected")].toBool() } };
        done(live);
    });
    for (const LayoutPlacement& l : p.layouts.value_or(QList<LayoutPlacement> {}))
        group->add(QStringLiteral("layout:") + l.layoutId, client()->layout(l.layoutId));
    group->add(QStringLiteral("staircase"), client()->staircaseIntegration());
    group->seal();
}

void LayoutsArea::plan(const Profile& p, const AreaLive& live, Plan& plan) const
{
    if (!p.layouts)
        return;
    if (!live.ok()) {
        plan.errors << tr("360 layouts: the live state could not be read: %1").arg(live.error);
        return;
    }
    const QJsonObject layouts = live.state.value(QLatin1String("layouts")).toObject();
    QStringList dependsOn;
    bool dependencyChecked = false;
    const int errorsBefore = int(plan.errors.size());
    for (int i = 0; i < p.layouts->size(); ++i) {
        const QString& label = p.layouts->at(i).sectionLabel;
        if (label.trimmed().isEmpty())
            plan.errors << tr("/layouts/%1/sectionLabel: the Staircase AI section needs a label").arg(i);
        else if (label.size() > kMaxLabel)
            plan.errors << tr("/layouts/%1/sectionLabel: the label is longer than %2 characters").arg(i).arg(kMaxLabel);
    }
    if (plan.errors.size() > errorsBefore)
        return;
    for (int i = 0; i < p.layouts->size(); ++i) {
        const LayoutPlacement& want = p.layouts->at(i);
        const QJsonValue current = layouts.value(want.layoutId);
        if (current.isNull() || current.isUndefined()) {
            plan.warnings << tr("/layouts/%1: layout \"%2\" no longer exists on this tenant; it is skipped.")
                                 .arg(i)
                                 .arg(want.layoutId);
            continue;
        }
        const QJsonArray before = current[QStringLiteral("sections")].toArray();
        const QJsonArray after = placeSection(before, want.sectionLabel, want.position);
        if (before == after)
            continue;
        if (!dependencyChecked) {
            // The Staircase AI section joins the palette once Staircase is connected.
            dependencyChecked = true;
            const int errors = int(plan.errors.size());
            dependsOn = connectionDependency(live, title(), p, plan);
            if (plan.errors.size() > errors)
                return;
        }
        PlanStep step;
        step.id = QStringLiteral("layouts.") + want.layoutId;
        step.area = id();
        step.title = tr("Place \"%1\" at position %2 in %3")
                         .arg(want.sectionLabel)
                         .arg(want.position + 1)
                         .arg(current[QStringLiteral("name")].toString());
        QStringList beforeKeys, afterKeys;
        for (const QJsonValue& s : before)
            beforeKeys << s[QStringLiteral("label")].toString();
        for (const QJsonValue& s : after)
            afterKeys << s[QStringLiteral("label")].toString();
        step.before = before;
        step.after = after;
        step.beforeText = beforeKeys.join(QStringLiteral(" › "));
        step.afterText = afterKeys.join(QStringLiteral(" › "));
        step.calls << PlannedCall { PlannedCall::Kind::PutLayoutSections, want.layoutId, after };
        step.requests << TenantClient::describe(step.calls.last());
        step.dependsOn = dependsOn;
        plan.steps << step;
    }
}

void LayoutsArea::apply(const PlanStep& step, const Profile&, std::function<void(const StepResult&)> done)
{
    // The reviewed sections go out only if the layout is still as it was at plan time: a section an admin added
    // meanwhile would otherwise be lost.
    const QString layoutId = step.calls.value(0).target;
    ApiJob* read = client()->layout(layoutId);
    connect(read, &ApiJob::finished, this, [this, step, done](const ApiResult& r) {
        if (!r.ok())
            return done(writeOutcome(r, {}, {}, {}));
        QJsonArray now;
        for (const QJsonValue& s : r.data[QStringLiteral("sections")].toArray())
            now.append(QJsonObject { { QStringLiteral("key"), s[QStringLiteral("key")] },
                                     { QStringLiteral("label"), s[QStringLiteral("label")] } });
        if (now == step.after.toArray()) {
            StepResult already;
            already.message = unchangedText(step);
            already.after = now;
            return done(already);
        }
        if (now != step.before.toArray()) {
            StepResult changed;
            changed.status = StepResult::Status::Failed;
            changed.message = tr("%1 changed on the tenant since the plan was made; review the plan again.")
                                  .arg(r.data[QStringLiteral("name")].toString());
            return done(changed);
        }
        runCalls(step, 0, done);
    });
}

QList<VerifyCheck> LayoutsArea::verify(const Profile& p, const AreaLive& live) const
{
    QList<VerifyCheck> checks;
    const QJsonObject layouts = live.state.value(QLatin1String("layouts")).toObject();
    for (const LayoutPlacement& want : p.layouts.value_or(QList<LayoutPlacement> {})) {
        const QJsonValue current = layouts.value(want.layoutId);
        if (current.isNull() || current.isUndefined())
            continue; // skipped with a warning in the plan
        const QJsonArray sections = current[QStringLiteral("sections")].toArray();
        const bool placed = live.ok() && sections == placeSection(sections, want.sectionLabel, want.position);
        int at = -1;
        for (int i = 0; i < sections.size(); ++i)
            if (sections.at(i)[QStringLiteral("key")].toString() == QLatin1String(kSectionKey))
                at = i;
        checks << VerifyCheck {
            QStringLiteral("layouts.") + want.layoutId, id(),
            tr("Staircase AI section in %1").arg(current[QStringLiteral("name")].toString()), placed,
            at < 0 ? tr("Not in the layout.")
                   : tr("\"%1\" at position %2.").arg(sections.at(at)[QStringLiteral("label")].toString()).arg(at + 1)
        };
    }
    return checks;
}

} // namespace banister
