#include "engine/ActivationArea.h"

#include "models/ActivationLive.h"

#include "net/JobGroup.h"
#include "net/TenantClient.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

namespace banister {

namespace {
QJsonObject findRequest(const QJsonObject& live, const QString& type)
{
    for (const QJsonValue& r : live.value(QLatin1String("requests")).toArray())
        if (r[QStringLiteral("type")].toString() == type)
            return r.toObject();
    return {};
}

QString desiredSubdomain(const Profile& p, const QJsonObject& live)
{
    return p.tenant.subdomain.isEmpty() ? live.value(QLatin1String("subdomain")).toString() : p.tenant.subdomain;
}
} // namespace

QString ActivationArea::requestTypeFor(const QString& path)
{
    return path == QLatin1String("upgrade") ? QStringLiteral("upgrade-connection")
                                            : QStringLiteral("staircase-integration");
}

void ActivationArea::setSupportPolling(int intervalMs, int maxPolls)
{
    m_pollIntervalMs = intervalMs;
    m_maxPolls = maxPolls;
}

void ActivationArea::readLive(const Profile&, std::function<void(const AreaLive&)> done)
{
    readActivationLive(client(), this, TenantInfo {}, std::move(done));
}

void ActivationArea::plan(const Profile& p, const AreaLive& live, Plan& plan) const
{
    if (!p.activation)
        return;
    if (!live.ok()) {
        plan.errors << tr("Activation: the live state could not be read: %1").arg(live.error);
        return;
    }
    const ActivationSection& a = *p.activation;
    const QJsonObject& s = live.state;
    const bool aiFollowUp = s.value(QLatin1String("aiFollowUp")).toBool();
    const QString expected = aiFollowUp ? QStringLiteral("upgrade") : QStringLiteral("connect");
    if (a.path != expected) {
        plan.errors
            << (aiFollowUp
                    ? tr("/activation/path: AI Follow-Up is active on this tenant, so Gainsight Support upgrades "
                         "the connection; set the path to \"upgrade\".")
                    : tr("/activation/path: AI Follow-Up is not active on this tenant, so Staircase is connected "
                         "to Gainsight after the integration request; set the path to \"connect\"."));
        return;
    }
    const QString liveSubdomain = s.value(QLatin1String("subdomain")).toString();
    if (!p.tenant.subdomain.isEmpty() && p.tenant.subdomain != liveSubdomain) {
        plan.errors << tr("/tenant/subdomain: the profile says \"%1\", but this tenant's subdomain is \"%2\".")
                           .arg(p.tenant.subdomain, liveSubdomain);
        return;
    }
    const QJsonObject integration = s.value(QLatin1String("integration")).toObject();
    const bool connected = integration.value(QLatin1String("connected")).toBool();
    const QString subdomain = desiredSubdomain(p, s);
    if (connected) {
        const QString current = integration.value(QLatin1String("subdomain")).toString();
        if (a.path == QLatin1String("connect") && current != subdomain)
            plan.errors << tr("Activation: Staircase is connected to \"%1\", not \"%2\". Disconnect it in Staircase "
                              "(Settings > Integrations > Gainsight) first.")
                               .arg(current, subdomain);
        return; // nothing to do: connected is the goal of both paths
    }

    if (a.supportNote.size() > 2000) {
        plan.errors << tr("/activation/supportNote: the note is longer than 2000 characters.");
        return;
    }
    const QString type = requestTypeFor(a.path);
    const QJsonObject existing = findRequest(s, type);
    QString lastStep;
    if (existing.isEmpty()) {
        PlanStep step;
        step.id = QStringLiteral("activation.support-request");
        step.area = id();
        step.title = a.path == QLatin1String("upgrade")
            ? tr("Ask Gainsight Support to upgrade the connection")
            : tr("Ask Gainsight Support to enable the Staircase integration");
        step.action = PlanStep::Action::Create;
        step.before = QJsonValue::Null;
        step.after = QJsonObject { { QStringLiteral("type"), type },
                                   { QStringLiteral("contact"), a.supportContact },
                                   { QStringLiteral("note"), a.supportNote } };
        step.beforeText = tr("no request filed");
        step.afterText = a.supportContact.isEmpty() ? tr("a \"%1\" request").arg(type)
                                                    : tr("a \"%1\" request, contact %2").arg(type, a.supportContact);
        step.calls << PlannedCall { PlannedCall::Kind::FileSupportRequest, {}, step.after };
        step.requests << TenantClient::describe(step.calls.last());
        plan.steps << step;
        lastStep = step.id;
    }
    if (existing.value(QLatin1String("status")).toString() != QLatin1String("done")) {
        PlanStep step;
        step.id = QStringLiteral("activation.support-done");
        step.area = id();
        step.title = tr("Wait until Gainsight Support has completed the request");
        step.before = QJsonObject { { QStringLiteral("status"),
                                      existing.isEmpty() ? QStringLiteral("not filed")
                                                         : existing.value(QLatin1String("status")).toString() } };
        step.after = QJsonObject { { QStringLiteral("status"), QStringLiteral("done") } };
        step.action = PlanStep::Action::Wait;
        const QString status = step.before[QStringLiteral("status")].toString();
        step.beforeText = status == QLatin1String("not filed") ? tr("not filed", "support request status")
            : status == QLatin1String("open")                  ? tr("open", "support request status")
            : status == QLatin1String("in-progress")           ? tr("in progress", "support request status")
                                                               : status;
        step.afterText = tr("done");
        step.calls << PlannedCall { PlannedCall::Kind::WaitForSupport, type, {} };
        step.requests << TenantClient::describe(step.calls.last());
        if (!lastStep.isEmpty())
            step.dependsOn << lastStep;
        step.otherCalls = 3;
        plan.steps << step;
        lastStep = step.id;
    }
    if (a.path == QLatin1String("connect")) {
        PlanStep step;
        step.id = QStringLiteral("activation.connect");
        step.area = id();
        step.title = tr("Connect Staircase to Gainsight (subdomain \"%1\")").arg(subdomain);
        step.before = QJsonObject { { QStringLiteral("connected"), false } };
        step.after = QJsonObject { { QStringLiteral("connected"), true }, { QStringLiteral("subdomain"), subdomain } };
        step.beforeText = tr("not connected");
        step.afterText = tr("connected to \"%1\"").arg(subdomain);
        step.calls << PlannedCall { PlannedCall::Kind::ConnectStaircase,
                                    {},
                                    QJsonObject { { QStringLiteral("subdomain"), subdomain } } };
        step.requests << TenantClient::describe(step.calls.last());
        if (!lastStep.isEmpty())
            step.dependsOn << lastStep;
        plan.steps << step;
    }
}

void ActivationArea::apply(const PlanStep& step, const Profile&, std::function<void(const StepResult&)> done)
{
    const PlannedCall call = step.calls.value(0);
    if (step.calls.isEmpty()) {
        QTimer::singleShot(0, this, [done, id = step.id] {
            StepResult r;
            r.status = StepResult::Status::Failed;
            r.message = tr("Unknown activation step %1.").arg(id);
            done(r);
        });
        return;
    }
    switch (call.kind) {
    case PlannedCall::Kind::FileSupportRequest:
        return fileSupportRequest(step, 5, done);
    case PlannedCall::Kind::WaitForSupport: {
        const QString type = call.target;
        ApiJob* job = client()->supportRequests();
        connect(job, &ApiJob::finished, this, [this, done, type, stepId = step.id](const ApiResult& r) {
            Q_EMIT callFinished(stepId, 0, r);
            if (!r.ok())
                return done(writeOutcome(r, {}, {}, {}));
            const QJsonObject found
                = findRequest(QJsonObject { { QStringLiteral("requests"), r.data[QStringLiteral("records")] } }, type);
            if (found.isEmpty()) {
                StepResult missing;
                missing.status = StepResult::Status::Failed;
                missing.message
                    = tr("No %1 support request was found on the tenant; apply again to file it.").arg(type);
                return done(missing);
            }
            pollSupport(stepId, found.value(QLatin1String("id")).toString(), m_maxPolls, done);
        });
        return;
    }
    default:
        runCalls(step, 0, done);
    }
}

void ActivationArea::fileSupportRequest(const PlanStep& step, int triesLeft,
                                        std::function<void(const StepResult&)> done)
{
    const QString type = step.calls.value(0).body[QStringLiteral("type")].toString();
    ApiJob* job = client()->execute(step.calls.value(0));
    connect(job, &ApiJob::finished, this, [this, step, type, triesLeft, done](const ApiResult& r) {
        Q_EMIT callFinished(step.id, 0, r);
        StepResult result;
        if (r.ok()) {
            result.message = tr("Filed support request %1.").arg(r.data[QStringLiteral("id")].toString());
            result.after = r.data;
            result.requestIds << r.requestId;
            done(result);
            return;
        }
        if (!isTransient(r.error.kind) || triesLeft <= 1) {
            result.status = StepResult::Status::Failed;
            result.message = r.error.message();
            done(result);
            return;
        }
        // Filing is not idempotent, so it is never repeated blindly: ask the tenant whether the request arrived
        // before the answer was lost; file again only when it surely did not, and stop when that cannot be known.
        ApiJob* check = client()->supportRequests();
        connect(check, &ApiJob::finished, this, [this, step, type, triesLeft, done](const ApiResult& list) {
            if (!list.ok()) {
                StepResult unknown;
                unknown.status = StepResult::Status::Failed;
                unknown.message
                    = tr("The answer to the support request was lost and Banister could not find out whether "
                         "it arrived (%1). Look under Gainsight Support's open requests before applying "
                         "again; Banister does not file it twice.")
                          .arg(list.error.message());
                return done(unknown);
            }
            const QJsonObject found = findRequest(
                QJsonObject { { QStringLiteral("requests"), list.data[QStringLiteral("records")] } }, type);
            if (!found.isEmpty()) {
                StepResult ok;
                ok.message = tr("Filed support request %1.").arg(found.value(QLatin1String("id")).toString());
                ok.after = found;
                return done(ok);
            }
            fileSupportRequest(step, triesLeft - 1, done);
        });
    });
}

void ActivationArea::pollSupport(const QString& stepId, const QString& requestId, int pollsLeft,
                                 std::function<void(const StepResult&)> done)
{
    ApiJob* job = client()->supportRequest(requestId);
    connect(job, &ApiJob::finished, this, [this, stepId, requestId, pollsLeft, done](const ApiResult& r) {
        Q_EMIT callFinished(stepId, 0, r);
        StepResult result;
        if (!r.ok()) {
            result.status = StepResult::Status::Failed;
            result.message = r.error.message();
            done(result);
            return;
        }
        const QString status = r.data[QStringLiteral("status")].toString();
        if (status == QLatin1String("done")) {
            result.message = tr("Gainsight Support completed request %1.").arg(requestId);
            result.after = r.data;
            done(result);
            return;
        }
        if (pollsLeft <= 1) {
            result.status = StepResult::Status::Failed;
            result.message = tr("Gainsight Support is still working on request %1 (%2). Apply again later: Banister "
                                "continues from this step.")
                                 .arg(requestId, status);
            done(result);
            return;
        }
        QTimer::singleShot(m_pollIntervalMs, this, [this, stepId, requestId, pollsLeft, done] {
            pollSupport(stepId, requestId, pollsLeft - 1, done);
        });
    });
}

QList<VerifyCheck> ActivationArea::verify(const Profile& p, const AreaLive& live) const
{
    QList<VerifyCheck> checks;
    if (!live.ok()) {
        checks << VerifyCheck { QStringLiteral("activation.read"), id(), tr("Live state readable"), false, live.error };
        return checks;
    }
    const QJsonObject integration = live.state.value(QLatin1String("integration")).toObject();
    const bool connected = integration.value(QLatin1String("connected")).toBool();
    const QString subdomain = desiredSubdomain(p, live.state);
    checks << VerifyCheck { QStringLiteral("activation.connected"), id(), tr("Staircase is connected to Gainsight"),
                            connected && integration.value(QLatin1String("subdomain")).toString() == subdomain,
                            connected ? tr("Connected to \"%1\" as %2.")
                                            .arg(integration.value(QLatin1String("subdomain")).toString(),
                                                 integration.value(QLatin1String("connectedAs")).toString())
                                      : tr("Not connected.") };
    bool inMenu = false;
    for (const QJsonValue& app : live.state.value(QLatin1String("apps")).toArray())
        inMenu = inMenu || app[QStringLiteral("key")].toString() == QLatin1String("staircase");
    checks << VerifyCheck { QStringLiteral("activation.apps-menu"), id(),
                            tr("Staircase appears in the Gainsight apps menu"), inMenu,
                            inMenu ? tr("Listed as \"Staircase AI\".") : tr("Not listed.") };
    QStringList missing;
    const QJsonArray admins = live.state.value(QLatin1String("superAdmins")).toArray();
    for (const QJsonValue& u : admins)
        if (!u[QStringLiteral("gsRoles")].toArray().contains(staircaseGsRole(StaircaseRole::Admin)))
            missing << u[QStringLiteral("email")].toString();
    checks << VerifyCheck { QStringLiteral("activation.super-admins"), id(),
                            tr("Gainsight super admins hold Staircase Admin"), missing.isEmpty() && !admins.isEmpty(),
                            missing.isEmpty()
                                ? tr("%n super admin(s) hold the Staircase Admin role.", nullptr, int(admins.size()))
                                : tr("Without Staircase Admin: %1.").arg(missing.join(QStringLiteral(", "))) };
    return checks;
}

QStringList ActivationArea::manualSteps(const Profile& p) const
{
    if (!p.activation)
        return {};
    return { tr("Validate single sign-on between Gainsight CS and Staircase AI by opening Staircase from the Gainsight "
                "apps menu as one of the assigned users.") };
}

} // namespace banister
