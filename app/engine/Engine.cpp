#include "engine/Engine.h"

#include "core/Log.h"
#include "core/WhenFinished.h"
#include "engine/CrmArea.h"
#include "engine/DashboardArea.h"
#include "engine/FieldMappingsArea.h"
#include "engine/LayoutsArea.h"
#include "engine/ManualGuide.h"
#include "engine/PrerequisitesArea.h"
#include "engine/UserAccessArea.h"
#include "net/ApiError.h"
#include "net/TenantClient.h"
#include "net/Workers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent>
#include <memory>

namespace banister {

Engine::Engine(TenantClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_prerequisites(new PrerequisitesArea(client, this))
    , m_activation(new ActivationArea(client, this))
{
    qRegisterMetaType<banister::Plan>();
    qRegisterMetaType<banister::StepResult>();
    m_areas << m_prerequisites << m_activation << new CrmArea(client, this) << new FieldMappingsArea(client, this)
            << new UserAccessArea(client, this) << new LayoutsArea(client, this) << new DashboardArea(client, this);
}

Engine::~Engine()
{
    for (QFuture<void>& f : m_working)
        f.waitForFinished();
}

void Engine::keepUntilFinished(const QFuture<void>& work)
{
    m_working.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    m_working << work;
}

int Engine::computing() const
{
    return int(
        std::count_if(m_working.begin(), m_working.end(), [](const QFuture<void>& f) { return !f.isFinished(); }));
}

Engine::Mode Engine::mode() const
{
    return { m_client->publicApiOnly(), m_client->gainsightUrl().toString(), m_client->staircaseUrl().toString() };
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
    for (Area* a : m_areas) {
        if (!a->manages(profile))
            continue;
        if (!automatedOnPublicApi(a)) {
            gather->live.insert(a->id(), AreaLive {}); // nothing documented to read: its steps are manual
            continue;
        }
        managed << a;
    }
    gather->pending = int(managed.size());
    if (managed.isEmpty()) {
        QTimer::singleShot(0, context, [done, gather] { done(gather->live); });
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

template <typename T>
void LatestRead::readThen(const Profile& profile, std::function<T(const QHash<QString, AreaLive>&)> work,
                          std::function<void(const T&)> done)
{
    const quint64 gen = ++m_generation;
    m_busy = true;
    m_engine->readLive(profile, this, [this, gen, work, done](const QHash<QString, AreaLive>& live) {
        if (gen != m_generation)
            return;
        const QFuture<T> computed = QtConcurrent::run(workers(), work, live);
        m_engine->keepUntilFinished(QFuture<void>(computed));
        whenFinished(this, computed, [this, gen, done](const QFuture<T>& result) {
            if (gen != m_generation)
                return;
            m_busy = false;
            done(result.result());
        });
    });
}

bool Engine::automatedOnPublicApi(const Area* area) const
{
    return automatedOnPublicApi(area, m_client->publicApiOnly());
}

bool Engine::automatedOnPublicApi(const Area* area, bool publicApi) const
{
    return !publicApi || area == m_prerequisites || area->id() == QLatin1String("users");
}

namespace {
// An area's live state, marked with how the tenant is reached (an area plans and checks without its client).
AreaLive liveFor(const QHash<QString, AreaLive>& live, const Area* area, const Engine::Mode& mode)
{
    AreaLive out = live.value(area->id());
    out.publicApi = mode.publicApi;
    return out;
}

const ApplyJournal::Confirmation* findConfirmation(const QList<ApplyJournal::Confirmation>& list, const PlanStep& step)
{
    const QString key = confirmationKey(step);
    for (const ApplyJournal::Confirmation& c : list)
        if (c.stepId == step.id && c.key == key)
            return &c;
    return nullptr;
}
} // namespace

QList<PlanStep> Engine::manualSteps(const Mode& mode, const Profile& profile) const
{
    if (!mode.publicApi)
        return {};
    GuideContext ctx;
    ctx.gainsightUrl = mode.gainsightUrl;
    ctx.staircaseUrl = mode.staircaseUrl;
    ctx.subdomain = !profile.tenant.subdomain.isEmpty() ? profile.tenant.subdomain : subdomainFromUrl(ctx.gainsightUrl);
    QList<PlanStep> out;
    for (Area* a : m_areas)
        if (a != m_prerequisites && a->manages(profile))
            out << ManualGuide::forArea(a->id(), profile, ctx);
    return out;
}

Plan Engine::plan(const Profile& profile, const QHash<QString, AreaLive>& live,
                  const QList<ApplyJournal::Confirmation>& confirmations) const
{
    return plan(mode(), profile, live, confirmations);
}

Plan Engine::plan(const Mode& mode, const Profile& profile, const QHash<QString, AreaLive>& live,
                  const QList<ApplyJournal::Confirmation>& confirmations) const
{
    Plan plan;
    plan.publicApi = mode.publicApi;
    const AreaLive prereq = live.value(m_prerequisites->id());
    const PrerequisiteFacts facts
        = PrerequisitesArea::factsFromJson(prereq.state.value(QLatin1String("facts")).toObject());
    plan.tenant = facts.info;
    m_prerequisites->plan(profile, prereq, plan);
    plan.prerequisitesMet = plan.errors.isEmpty();
    if (!plan.prerequisitesMet)
        return plan; // nothing else is planned, so nothing can be written
    const QList<PlanStep> manual = manualSteps(mode, profile);
    for (Area* a : m_areas) {
        if (a == m_prerequisites || !a->manages(profile))
            continue;
        plan.areas << a->id();
        if (automatedOnPublicApi(a, mode.publicApi))
            a->plan(profile, liveFor(live, a, mode), plan);
        for (const PlanStep& s : manual)
            if (s.area == a->id())
                (findConfirmation(confirmations, s) ? plan.confirmed : plan.steps) << s;
        plan.manual << a->manualSteps(profile);
    }
    if (plan.areas.isEmpty())
        plan.warnings << tr("The profile manages no area yet: there is nothing to plan.");
    return plan;
}

QList<VerifyCheck> Engine::verify(const Profile& profile, const QHash<QString, AreaLive>& live,
                                  const QList<ApplyJournal::Confirmation>& confirmations) const
{
    return verify(mode(), profile, live, confirmations);
}

QList<VerifyCheck> Engine::verify(const Mode& mode, const Profile& profile, const QHash<QString, AreaLive>& live,
                                  const QList<ApplyJournal::Confirmation>& confirmations) const
{
    QList<VerifyCheck> checks = m_prerequisites->verify(profile, live.value(m_prerequisites->id()));
    const bool met = std::all_of(checks.begin(), checks.end(), [](const VerifyCheck& c) { return c.passed; });
    if (!met)
        return checks; // the rest cannot hold on such a tenant, and reading it proves nothing
    const QList<PlanStep> manual = manualSteps(mode, profile);
    for (Area* a : m_areas) {
        if (a == m_prerequisites || !a->manages(profile))
            continue;
        if (automatedOnPublicApi(a, mode.publicApi))
            checks << a->verify(profile, liveFor(live, a, mode));
        for (const PlanStep& s : manual) {
            if (s.area != a->id())
                continue;
            const ApplyJournal::Confirmation* c = findConfirmation(confirmations, s);
            checks << ManualGuide::check(s, c ? c->by : QString(),
                                         c ? c->at.toLocalTime().toString(Qt::ISODate) : QString());
        }
    }
    return checks;
}

QList<ApplyJournal::Confirmation> LatestRead::confirmationsIn(const QString& journalPath)
{
    return journalPath.isEmpty() ? QList<ApplyJournal::Confirmation> {}
                                 : ApplyJournal::load(journalPath).confirmations();
}

void Planner::run(const Profile& profile)
{
    // A username fix an earlier apply began but did not finish (it died between deactivate and reactivate) is
    // completed by this plan: the journal says which ones.
    const ApplyJournal last
        = journalPath().isEmpty() ? ApplyJournal {} : ApplyJournal::recoverInterrupted(journalPath());
    const QSet<QString> begun = last.begunFixes();
    const Engine* e = engine();
    readThen<Plan>(
        profile,
        [e, mode = e->mode(), profile, begun, confirmed = last.confirmations()](QHash<QString, AreaLive> live) {
            if (!begun.isEmpty() && live.contains(QStringLiteral("users"))) {
                QJsonArray ids;
                for (const QString& id : begun)
                    ids.append(id);
                live[QStringLiteral("users")].state.insert(QStringLiteral("begunFixes"), ids);
            }
            return e->plan(mode, profile, live, confirmed);
        },
        [this](const Plan& plan) { Q_EMIT finished(plan); });
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
    m_continuesAfterMs = 0;
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
            m_journal.recordCall(stepId, index, s.requests.value(index), r.requestId, r.ok(),
                                 r.ok() ? QString() : r.error.message());
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
    if (!m_results.isEmpty() && m_results.last().continuesAfterMs > 0)
        m_continuesAfterMs = m_results.last().continuesAfterMs; // a cap: stop cleanly, continue after it
    const bool capped = m_continuesAfterMs > 0;
    if (m_index >= m_plan.steps.size() || failed || m_cancelRequested || capped) {
        // Mark what will not run, so the journal tells the whole story.
        const QString continues = ApiError::resumeTimeText(m_continuesAfterMs);
        for (int i = m_index; i < m_plan.steps.size(); ++i) {
            StepResult skipped;
            skipped.status = m_cancelRequested || capped ? StepResult::Status::Canceled : StepResult::Status::Skipped;
            skipped.message = capped ? tr("Not run yet: the tenant's limit for this API is used up until %1; apply "
                                          "again after %1 to continue.")
                                           .arg(continues)
                : m_cancelRequested ? tr("Not run: apply was canceled.")
                                    : tr("Not run: an earlier step failed.");
            m_results << skipped;
            m_journal.mark(m_plan.steps.at(i).id, statusName(skipped.status), skipped.message);
        }
        const bool completed = !failed && !m_cancelRequested && !capped;
        m_journal.finish(completed               ? QStringLiteral("completed")
                             : capped            ? QStringLiteral("paused")
                             : m_cancelRequested ? QStringLiteral("canceled")
                                                 : QStringLiteral("failed"));
        m_running = false;
        Q_EMIT finished(completed);
        return;
    }
    const PlanStep& step = m_plan.steps.at(m_index);
    if (step.isManual()) {
        // Nothing to send: the admin does it in the admin UI and confirms it (the plan and the report list how).
        m_journal.mark(step.id, QStringLiteral("running"));
        Q_EMIT stepStarted(m_index);
        StepResult r;
        r.status = StepResult::Status::Manual;
        r.message = tr("To do by hand: %1 (see the plan's instructions), then confirm it.").arg(step.title);
        m_results << r;
        m_journal.mark(step.id, statusName(r.status), r.message);
        Q_EMIT stepFinished(m_index, r);
        QTimer::singleShot(0, this, &Applier::next);
        return;
    }
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
    const Engine* e = engine();
    readThen<QList<VerifyCheck>>(
        profile,
        [e, mode = e->mode(), profile, journal = journalPath()](const QHash<QString, AreaLive>& live) {
            return e->verify(mode, profile, live, confirmationsIn(journal));
        },
        [this](const QList<VerifyCheck>& checks) { Q_EMIT finished(checks); });
}

} // namespace banister
