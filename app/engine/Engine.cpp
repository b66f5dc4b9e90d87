#include "engine/Engine.h"

#include "core/Log.h"
#include "engine/CrmArea.h"
#include "engine/DashboardArea.h"
#include "engine/LayoutsArea.h"
#include "engine/UserAccessArea.h"
#include "engine/FieldMappingsArea.h"

#include <QPointer>
#include <QTimer>
#include <memory>

namespace banister {

Engine::Engine(TenantClient* client, QObject* parent)
    : QObject(parent)
    , m_activation(new ActivationArea(client, this))
{
    qRegisterMetaType<banister::Plan>();
    qRegisterMetaType<banister::StepResult>();
    m_areas << m_activation << new CrmArea(client, this) << new FieldMappingsArea(client, this)
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

void Planner::run(const Profile& profile)
{
    read(profile, [this, profile](const QHash<QString, AreaLive>& live) {
        Plan plan;
        for (Area* a : engine()->areas()) {
            if (!a->manages(profile))
                continue;
            plan.areas << a->id();
            a->plan(profile, live.value(a->id()), plan);
        }
        if (plan.areas.isEmpty())
            plan.warnings << tr("The profile manages no area yet: there is nothing to plan.");
        Q_EMIT finished(plan);
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
    m_journal.begin(plan, tenant);
    QTimer::singleShot(0, this, &Applier::next);
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
    read(profile, [this, profile](const QHash<QString, AreaLive>& live) {
        QList<VerifyCheck> checks;
        for (Area* a : engine()->areas())
            if (a->manages(profile))
                checks << a->verify(profile, live.value(a->id()));
        Q_EMIT finished(checks);
    });
}

} // namespace banister
