#include "engine/Engine.h"

#include "core/Log.h"
#include "engine/CrmArea.h"
#include "engine/DashboardArea.h"
#include "engine/LayoutsArea.h"
#include "engine/PrerequisitesArea.h"
#include "engine/UserAccessArea.h"
#include "engine/FieldMappingsArea.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace banister {

Engine::Engine(TenantClient* client, QObject* parent)
    : QObject(parent)
    , m_prerequisites(new PrerequisitesArea(client, this))
    , m_activation(new ActivationArea(client, this))
{
    qRegisterMetaType<banister::Plan>();
    qRegisterMetaType<banister::StepResult>();
    m_areas << m_prerequisites << m_activation << new CrmArea(client, this) << new FieldMappingsArea(client, this)
            << new UserAccessArea(client, this) << new LayoutsArea(client, this) << new DashboardArea(client, this);
}

Area* Engine::area(const QString& id) const
{
    for (Area* a : m_areas)
        if (a->id() == id)
            return a;
    return nullptr;
}

void Engine::readLive(const Profile& profile, QObject* context,
                      std::function<void(const QHash<QString, AreaLive>&)> done)
{
    struct Gather
    {
        QHash<QString, AreaLive> live;
        int pending = 0;
    };
    auto gather = std::make_shared<Gather>();
    QPointer<QObject> ctx(context);
    QList<Area*> managed;
    for (Area* a : m_areas)
        if (a->manages(profile))
            managed << a;
    gather->pending = int(managed.size());
    if (managed.isEmpty()) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    for (Area* a : managed) {
        a->readLive(profile, [gather, ctx, done, id = a->id()](const AreaLive& live) {
            gather->live.insert(id, live);
            if (--gather->pending == 0 && ctx)
                done(gather->live);
        });
    }
}

LatestRead::LatestRead(Engine* engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
}

void LatestRead::read(const Profile& profile, std::function<void(const QHash<QString, AreaLive>&)> done)
{
    const quint64 gen = ++m_generation;
    m_busy = true;
    m_engine->readLive(profile, this, [this, gen, done](const QHash<QString, AreaLive>& live) {
        if (gen != m_generation)
            return;
        m_busy = false;
        done(live);
    });
}

Plan Engine::plan(const Profile& profile, const QHash<QString, AreaLive>& live) const
{
    Plan plan;
    const AreaLive prereq = live.value(m_prerequisites->id());
    const PrerequisiteFacts facts = PrerequisitesArea::factsFromJson(prereq.state.value(QLatin1String("facts")).toObject());
    plan.tenant = facts.info;
    m_prerequisites->plan(profile, prereq, plan);
    plan.prerequisitesMet = plan.errors.isEmpty();
    if (!plan.prerequisitesMet)
        return plan; // nothing else is planned, so nothing can be written
    for (Area* a : m_areas) {
        if (a == m_prerequisites || !a->manages(profile))
            continue;
        plan.areas << a->id();
        a->plan(profile, live.value(a->id()), plan);
        plan.manual << a->manualSteps(profile);
    }
    if (plan.areas.isEmpty())
        plan.warnings << tr("The profile manages no area yet: there is nothing to plan.");
    return plan;
}

QList<VerifyCheck> Engine::verify(const Profile& profile, const QHash<QString, AreaLive>& live) const
{
    QList<VerifyCheck> checks = m_prerequisites->verify(profile, live.value(m_prerequisites->id()));
    const bool met = std::all_of(checks.begin(), checks.end(), [](const VerifyCheck& c) { return c.passed; });
    if (!met)
        return checks; // the rest cannot hold on such a tenant, and reading it proves nothing
    for (Area* a : m_areas)
        if (a != m_prerequisites && a->manages(profile))
            checks << a->verify(profile, live.value(a->id()));
    return checks;
}

void Planner::run(const Profile& profile)
{
    // A username fix an earlier apply began but did not finish (it died between deactivate and reactivate) is
    // completed by this plan: the journal says which ones.
    const QSet<QString> begun = m_journalPath.isEmpty() ? QSet<QString>{} : ApplyJournal::recoverInterrupted(m_journalPath).begunFixes();
    read(profile, [this, profile, begun](QHash<QString, AreaLive> live) {
        if (!begun.isEmpty() && live.contains(QStringLiteral("users"))) {
            QJsonArray ids;
            for (const QString& id : begun)
                ids.append(id);
            live[QStringLiteral("users")].state.insert(QStringLiteral("begunFixes"), ids);
        }
        Q_EMIT finished(engine()->plan(profile, live));
    });
}

Applier::Applier(Engine* engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
}

void Applier::start(const Plan& plan, const Profile& profile, const QString& journalPath, const QString& tenant)
{
    if (m_running)
        return;
    m_plan = plan;
    m_profile = profile;
    m_results.clear();
    m_index = -1;
    m_running = true;
    m_cancelRequested = false;
    m_journal = ApplyJournal(journalPath);
    if (!m_journal.begin(plan, tenant)) {
        // No record, no change: an apply that cannot be journaled is not started.
        m_running = false;
        m_failedToStart = tr("The apply journal cannot be written (%1); nothing was changed. Choose another journal "
                             "file.")
                              .arg(m_journal.lastError());
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(false); });
        return;
    }
    m_failedToStart.clear();
    for (Area* a : m_engine->areas())
        connect(a, &Area::callFinished, this, &Applier::onCall, Qt::UniqueConnection);
    QTimer::singleShot(0, this, &Applier::next);
}

void Applier::onCall(const QString& stepId, int index, const ApiResult& r)
{
    if (!m_running)
        return;
    for (const PlanStep& s : m_plan.steps)
        if (s.id == stepId && index < s.calls.size())
            m_journal.recordCall(stepId, index, s.requests.value(index), r.requestId, r.ok(), r.ok() ? QString() : r.error.message());
}

void Applier::cancel()
{
    if (m_running)
        m_cancelRequested = true;
}

void Applier::next()
{
    ++m_index;
    const bool failed = !m_results.isEmpty() && m_results.last().status == StepResult::Status::Failed;
    if (m_index >= m_plan.steps.size() || failed || m_cancelRequested) {
        // Mark what will not run, so the journal tells the whole story.
        for (int i = m_index; i < m_plan.steps.size(); ++i) {
            StepResult skipped;
            skipped.status = m_cancelRequested ? StepResult::Status::Canceled : StepResult::Status::Skipped;
            skipped.message = m_cancelRequested ? tr("Not run: apply was canceled.")
                                                : tr("Not run: an earlier step failed.");
            m_results << skipped;
            m_journal.mark(m_plan.steps.at(i).id, statusName(skipped.status), skipped.message);
        }
        const bool completed = !failed && !m_cancelRequested;
        m_journal.finish(completed ? QStringLiteral("completed")
                                   : m_cancelRequested ? QStringLiteral("canceled") : QStringLiteral("failed"));
        m_running = false;
        Q_EMIT finished(completed);
        return;
    }
    const PlanStep& step = m_plan.steps.at(m_index);
    Area* area = m_engine->area(step.area);
    m_journal.mark(step.id, QStringLiteral("running"));
    Q_EMIT stepStarted(m_index);
    qCDebug(lcEngine).noquote() << "apply" << step.id;
    const int index = m_index;
    const auto onDone = [this, index, id = step.id](const StepResult& r) {
        if (index != m_index || !m_running)
            return;
        m_results << r;
        m_journal.mark(id, statusName(r.status), r.message);
        Q_EMIT stepFinished(index, r);
        QTimer::singleShot(0, this, &Applier::next);
    };
    if (!area) {
        StepResult r;
        r.status = StepResult::Status::Failed;
        r.message = tr("No area \"%1\" in this Banister.").arg(step.area);
        QTimer::singleShot(0, this, [onDone, r] { onDone(r); });
        return;
    }
    area->apply(step, m_profile, onDone);
}

void Verifier::run(const Profile& profile)
{
    read(profile, [this, profile](const QHash<QString, AreaLive>& live) { Q_EMIT finished(engine()->verify(profile, live)); });
}

} // namespace banister
