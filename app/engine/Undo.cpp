#include "engine/Undo.h"

#include "engine/CrmArea.h"
#include "engine/DashboardArea.h"
#include "engine/FieldMappingsArea.h"
#include "engine/LayoutsArea.h"
#include "models/UserDirectory.h"
#include "net/JobGroup.h"
#include "net/TenantClient.h"

#include <QJsonArray>
#include <memory>

namespace banister {

namespace {
// Staircase's CRM tab as it is before anyone configures it.
QJsonObject defaultCrm()
{
    CrmSection c;
    return toJson(c);
}

QJsonArray sectionsOf(const QJsonValue& layout)
{
    QJsonArray out;
    for (const QJsonValue& s : layout[QStringLiteral("sections")].toArray())
        out.append(QJsonObject { { QStringLiteral("key"), s[QStringLiteral("key")] },
                                 { QStringLiteral("label"), s[QStringLiteral("label")] } });
    return out;
}

QString labels(const QJsonArray& sections)
{
    QStringList l;
    for (const QJsonValue& s : sections)
        l << s[QStringLiteral("label")].toString();
    return l.join(QStringLiteral(" › "));
}

QString mappingWords(const QJsonObject& m)
{
    QStringList pairs;
    for (auto it = m.begin(); it != m.end(); ++it)
        pairs << QStringLiteral("%1 ← %2").arg(it.key(), it.value().toString());
    return pairs.isEmpty() ? UndoPlanner::tr("no mappings") : pairs.join(QStringLiteral("; "));
}

PlanStep undoStep(const ApplyJournal::Entry& e, const QString& area, const QString& title)
{
    PlanStep s;
    s.id = QStringLiteral("undo.") + e.id;
    s.area = area;
    s.title = title;
    return s;
}
} // namespace

UndoPlanner::UndoPlanner(TenantClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void UndoPlanner::reverse(const ApplyJournal::Entry& e, const QJsonObject& live, bool force, Plan& plan)
{
    const auto conflict = [&](const QString& now) {
        if (force) {
            plan.warnings
                << tr("%1: changed on the tenant since the apply (now: %2); --force overwrites it.").arg(e.title, now);
            return false;
        }
        plan.errors
            << tr("%1: changed on the tenant since the apply (now: %2). The undo would overwrite that; review it, "
                  "or undo with --force.")
                   .arg(e.title, now);
        return true;
    };
    if (e.id.startsWith(QLatin1String("activation."))) {
        if (e.id == QLatin1String("activation.support-request"))
            plan.manual
                << tr("Not undone: %1 — a filed support request cannot be withdrawn through the API; ask Gainsight "
                      "Support to close it.")
                       .arg(e.title);
        else if (e.id == QLatin1String("activation.connect"))
            plan.manual << tr("Not undone: %1 — Staircase stays connected (and super admins keep Staircase Admin); "
                              "disconnect it in Staircase under Settings > Integrations > Gainsight if needed.")
                               .arg(e.title);
        return;
    }
    if (e.id.startsWith(QLatin1String("users.fix."))) {
        plan.manual << tr("Not undone: %1 — the user already signed out of SSO and signs in with their email; the old "
                          "username is not restored.")
                           .arg(e.title);
        return;
    }
    if (e.id == QLatin1String("crm.settings")) {
        const QJsonObject now = live.value(QLatin1String("crm")).toObject();
        const QJsonObject target = e.before.isObject() ? e.before.toObject() : defaultCrm();
        if (now == target)
            return; // already as before the apply
        if (now != e.after.toObject() && conflict(CrmArea::describe(now)))
            return;
        PlanStep s = undoStep(e, QStringLiteral("crm"), tr("Put the CRM sync settings back"));
        s.before = now;
        s.after = target;
        s.beforeText = CrmArea::describe(now);
        s.afterText = CrmArea::describe(target);
        s.calls << PlannedCall { PlannedCall::Kind::PutCrmSettings, {}, target };
        s.requests << TenantClient::describe(s.calls.last());
        plan.steps << s;
        return;
    }
    if (e.id == QLatin1String("fields.mappings")) {
        const QJsonObject now = FieldMappingsArea::liveMappings(live.value(QLatin1String("fields")));
        const QJsonObject target = e.before.toObject();
        if (now == target)
            return;
        if (now != e.after.toObject() && conflict(mappingWords(now)))
            return;
        QJsonArray body;
        for (auto it = target.begin(); it != target.end(); ++it)
            body.append(QJsonObject { { QStringLiteral("staircaseField"), it.key() },
                                      { QStringLiteral("gainsightField"), it.value() } });
        PlanStep s = undoStep(e, QStringLiteral("fields"), tr("Put the field mappings back"));
        s.before = now;
        s.after = target;
        s.beforeText = mappingWords(now);
        s.afterText = mappingWords(target);
        s.calls << PlannedCall { PlannedCall::Kind::PutAccountMappings, {}, body };
        s.requests << TenantClient::describe(s.calls.last());
        plan.steps << s;
        return;
    }
    if (e.id.startsWith(QLatin1String("layouts."))) {
        const QString id = e.id.mid(int(qstrlen("layouts.")));
        const QJsonValue layout = live.value(QLatin1String("layouts")).toObject().value(id);
        if (!layout.isObject()) {
            plan.errors << tr("%1: the layout no longer exists on this tenant, so it cannot be put back.").arg(e.title);
            return;
        }
        const QJsonArray now = sectionsOf(layout);
        const QJsonArray target = e.before.toArray();
        if (now == target)
            return;
        if (now != e.after.toArray() && conflict(labels(now)))
            return;
        PlanStep s = undoStep(
            e, QStringLiteral("layouts"),
            tr("Take the Staircase AI section out of %1 again").arg(layout[QStringLiteral("name")].toString()));
        s.before = now;
        s.after = target;
        s.beforeText = labels(now);
        s.afterText = labels(target);
        s.calls << PlannedCall { PlannedCall::Kind::PutLayoutSections, id, target };
        s.requests << TenantClient::describe(s.calls.last());
        plan.steps << s;
        return;
    }
    if (e.id == QLatin1String("dashboard.permissions")) {
        const QJsonObject now = live.value(QLatin1String("dashboard")).toObject();
        const QJsonObject users = live.value(QLatin1String("userNames")).toObject();
        const QJsonObject target = e.before.toObject();
        if (now == target)
            return;
        if (now != e.after.toObject() && conflict(DashboardArea::describe(now, users)))
            return;
        PlanStep s = undoStep(e, QStringLiteral("dashboard"), tr("Put the Executive dashboard permissions back"));
        s.before = now;
        s.after = target;
        s.beforeText = DashboardArea::describe(now, users);
        s.afterText = DashboardArea::describe(target, users);
        s.calls << PlannedCall { PlannedCall::Kind::PutDashboardPermissions, QLatin1String(DashboardArea::kDashboardId),
                                 target };
        s.requests << TenantClient::describe(s.calls.last());
        plan.steps << s;
        return;
    }
    if (e.id.startsWith(QLatin1String("users.roles."))) {
        const QJsonObject users = live.value(QLatin1String("users")).toObject();
        const bool connected = live.value(QLatin1String("connected")).toBool();
        QJsonArray body, batch;
        QStringList beforeLines, afterLines, conflicts;
        for (const QJsonValue& change : e.after[QStringLiteral("users")].toArray()) {
            const QString id = change[QStringLiteral("userId")].toString();
            const QJsonObject u = users.value(id).toObject();
            const QStringList now = u.value(QLatin1String("gsRoles")).toVariant().toStringList();
            if (u.isEmpty()) {
                conflicts << tr("%1 no longer exists").arg(change[QStringLiteral("email")].toString());
                continue;
            }
            QStringList target = change[QStringLiteral("before")].toVariant().toStringList();
            // Super admins keep Staircase Admin once Staircase is connected (the article; the tenant refuses
            // otherwise).
            const QString admin = staircaseGsRole(StaircaseRole::Admin);
            if (connected && u.value(QLatin1String("superAdmin")).toBool() && !target.contains(admin))
                target << admin;
            if (target == now)
                continue;
            if (now != change[QStringLiteral("gsRoles")].toVariant().toStringList() && !force) {
                conflicts << tr("%1 now holds %2")
                                 .arg(change[QStringLiteral("email")].toString(), now.join(QStringLiteral(", ")));
                continue;
            }
            if (!u.value(QLatin1String("active")).toBool()) {
                plan.warnings << tr("%1 is inactive now, so their role cannot be put back until they are activated.")
                                     .arg(change[QStringLiteral("email")].toString());
                continue;
            }
            body.append(QJsonObject { { QStringLiteral("userId"), id },
                                      { QStringLiteral("gsRoles"), QJsonArray::fromStringList(target) } });
            batch.append(QJsonObject { { QStringLiteral("userId"), id },
                                       { QStringLiteral("email"), change[QStringLiteral("email")] },
                                       { QStringLiteral("name"), change[QStringLiteral("name")] },
                                       { QStringLiteral("gsRoles"), QJsonArray::fromStringList(target) },
                                       { QStringLiteral("before"), QJsonArray::fromStringList(now) } });
            const QString who = QStringLiteral("%1 <%2>").arg(change[QStringLiteral("name")].toString(),
                                                              change[QStringLiteral("email")].toString());
            beforeLines << QStringLiteral("%1: %2").arg(who, now.join(QStringLiteral(", ")));
            afterLines << QStringLiteral("%1: %2").arg(who, target.join(QStringLiteral(", ")));
        }
        if (!conflicts.isEmpty())
            plan.errors
                << tr("%1: changed on the tenant since the apply: %2. The undo would overwrite that; review it, or "
                      "undo with --force.")
                       .arg(e.title, conflicts.join(QStringLiteral("; ")));
        if (body.isEmpty())
            return;
        PlanStep s
            = undoStep(e, QStringLiteral("users"), tr("Put the roles of %n user(s) back", nullptr, int(body.size())));
        s.after = QJsonObject { { QStringLiteral("users"), batch } };
        s.beforeText = beforeLines.join(QLatin1Char('\n'));
        s.afterText = afterLines.join(QLatin1Char('\n'));
        s.calls << PlannedCall { PlannedCall::Kind::SetUserRoles, {}, body };
        s.requests << TenantClient::describe(s.calls.last());
        s.userWriteCalls = 1;
        s.otherCalls = 0;
        plan.steps << s;
    }
}

void UndoPlanner::run(const ApplyJournal& journal, bool force)
{
    const quint64 gen = ++m_generation;
    QList<ApplyJournal::Entry> done;
    bool needCrm = false, needFields = false, needDashboard = false, needUsers = false;
    QStringList layouts;
    for (const ApplyJournal::Entry& e : journal.entries()) {
        if (e.status != QLatin1String("done"))
            continue;
        done.prepend(e); // newest first
        needCrm |= e.id == QLatin1String("crm.settings");
        needFields |= e.id == QLatin1String("fields.mappings");
        needDashboard |= e.id == QLatin1String("dashboard.permissions");
        needUsers |= e.id.startsWith(QLatin1String("users.roles.")) || needDashboard;
        if (e.id.startsWith(QLatin1String("layouts.")))
            layouts << e.id.mid(int(qstrlen("layouts.")));
    }
    auto users = std::make_shared<QJsonObject>();
    auto names = std::make_shared<QJsonObject>();
    auto usersError = std::make_shared<QString>();
    auto* group
        = new JobGroup(this, [this, gen, done, force, users, names, usersError](const QHash<QString, ApiResult>& r) {
              if (gen != m_generation)
                  return;
              Plan plan;
              plan.prerequisitesMet = true;
              const QString error = JobGroup::firstError(r);
              if (!error.isEmpty() || !usersError->isEmpty()) {
                  plan.errors << tr("The tenant's current state could not be read: %1")
                                     .arg(error.isEmpty() ? *usersError : error);
                  Q_EMIT finished(plan);
                  return;
              }
              QJsonObject layouts;
              for (auto it = r.begin(); it != r.end(); ++it)
                  if (it.key().startsWith(QLatin1String("layout:")))
                      layouts.insert(it.key().mid(7), it.value().data);
              const QJsonObject live {
                  { QStringLiteral("crm"), r.value(QStringLiteral("crm")).data },
                  { QStringLiteral("fields"), r.value(QStringLiteral("fields")).data },
                  { QStringLiteral("dashboard"), r.value(QStringLiteral("dashboard")).data },
                  { QStringLiteral("layouts"), layouts },
                  { QStringLiteral("users"), *users },
                  { QStringLiteral("userNames"), *names },
                  { QStringLiteral("connected"),
                    r.value(QStringLiteral("staircase")).data[QStringLiteral("connected")].toBool() }
              };
              for (const ApplyJournal::Entry& e : done)
                  reverse(e, live, force, plan);
              plan.areas << QStringLiteral("undo");
              Q_EMIT finished(plan);
          });
    if (needCrm)
        group->add(QStringLiteral("crm"), m_client->crmSettings());
    if (needFields)
        group->add(QStringLiteral("fields"), m_client->accountFields());
    if (needDashboard)
        group->add(QStringLiteral("dashboard"),
                   m_client->dashboardPermissions(QLatin1String(DashboardArea::kDashboardId)));
    for (const QString& id : layouts)
        group->add(QStringLiteral("layout:") + id, m_client->layout(id));
    group->add(QStringLiteral("staircase"), m_client->staircaseIntegration());
    if (!needUsers)
        return group->seal();
    readUserList(m_client, this, [group, users, names, usersError](const QJsonArray& all, const QString& error) {
        for (const QJsonValue& u : all) {
            const QString id = u[QStringLiteral("id")].toString();
            users->insert(id, u);
            names->insert(id,
                          QJsonObject { { QStringLiteral("name"), u[QStringLiteral("name")] },
                                        { QStringLiteral("email"), u[QStringLiteral("email")] } });
        }
        *usersError = error;
        group->seal();
    });
}

} // namespace banister
