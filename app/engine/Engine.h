#pragma once

#include "engine/ActivationArea.h"
#include "engine/ApplyJournal.h"
#include "engine/Area.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

namespace banister {

class TenantClient;

// The areas in the article's order. Later steps (CRM, field mappings, users, layouts, dashboard) register here.
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(TenantClient* client, QObject* parent = nullptr);
    ~Engine() override; // waits for what is being computed over the areas (keepUntilFinished)

    const QList<Area*>& areas() const { return m_areas; }
    Area* area(const QString& id) const;
    ActivationArea* activation() const { return m_activation; }

    // What planning and verifying need to know of the client, read on its thread. Given it, plan() and verify()
    // read nothing but their arguments and the areas' constant state, so they may run on a worker thread (Planner
    // and Verifier run them there: over 20 000 users a plan takes a few hundred milliseconds).
    struct Mode
    {
        bool publicApi = false; // TenantClient::publicApiOnly()
        QString gainsightUrl, staircaseUrl;
    };
    Mode mode() const;

    // Desired vs live: prerequisites first (any unmet one is an error and nothing else is planned), then the
    // areas the profile manages, in the article's order. On a public-API tenant (TenantClient::publicApiOnly()) the
    // areas no documented API can do become guided manual steps; those the admin has confirmed for exactly this
    // state (confirmations, from the journal) are not planned again.
    Plan plan(const Profile& profile, const QHash<QString, AreaLive>& live,
              const QList<ApplyJournal::Confirmation>& confirmations = {}) const;
    Plan plan(const Mode& mode, const Profile& profile, const QHash<QString, AreaLive>& live,
              const QList<ApplyJournal::Confirmation>& confirmations) const;
    // Every check of the areas the profile manages, prerequisites first (alone when they are not met); a manual
    // step is a check confirmed by the admin or not yet confirmed.
    QList<VerifyCheck> verify(const Profile& profile, const QHash<QString, AreaLive>& live,
                              const QList<ApplyJournal::Confirmation>& confirmations = {}) const;
    QList<VerifyCheck> verify(const Mode& mode, const Profile& profile, const QHash<QString, AreaLive>& live,
                              const QList<ApplyJournal::Confirmation>& confirmations) const;
    // The guided manual steps for a profile on this tenant (empty unless it is public-API only).
    QList<PlanStep> manualSteps(const Profile& profile) const { return manualSteps(mode(), profile); }
    QList<PlanStep> manualSteps(const Mode& mode, const Profile& profile) const;
    // Whether an area reads and writes through documented routes on a public-API tenant (users do).
    bool automatedOnPublicApi(const Area* area) const;
    bool automatedOnPublicApi(const Area* area, bool publicApi) const;

    // Reads the live state of every area the profile manages, in parallel.
    void readLive(const Profile& profile, QObject* context, std::function<void(const QHash<QString, AreaLive>&)> done);

    // Keeps the engine (and its areas) alive until `work`, running on a worker thread over them, has finished.
    void keepUntilFinished(const QFuture<void>& work);
    // How many plans or verifications are being computed over this engine's areas now.
    int computing() const;

private:
    TenantClient* m_client;
    QList<QFuture<void>> m_working;
    QList<Area*> m_areas;
    Area* m_prerequisites;
    ActivationArea* m_activation;
};

// Reads the live state for a profile where only the latest request counts: a newer read drops older answers.
class LatestRead : public QObject
{
    Q_OBJECT
public:
    explicit LatestRead(Engine* engine, QObject* parent = nullptr);
    bool isBusy() const { return m_busy; }

    // The journal of the last apply on this tenant: steps it left half done, the admin's confirmations (empty: none).
    void setJournalPath(const QString& path) { m_journalPath = path; }
    QString journalPath() const { return m_journalPath; }

protected:
    // Reads, then computes `work` over what was read on a worker thread, then calls `done` with its result on this
    // object's thread. A newer read drops an older one's computation and result; busy until `done`.
    template <typename T>
    void readThen(const Profile& profile, std::function<T(const QHash<QString, AreaLive>&)> work,
                  std::function<void(const T&)> done);
    Engine* engine() const { return m_engine; }
    // The admin's confirmations in a journal (empty path: none). Reads the file: call it where blocking is fine.
    static QList<ApplyJournal::Confirmation> confirmationsIn(const QString& journalPath);

private:
    Engine* m_engine;
    QString m_journalPath;
    quint64 m_generation = 0;
    bool m_busy = false;
};

// Desired (profile) vs live (tenant) -> Plan.
class Planner : public LatestRead
{
    Q_OBJECT
public:
    using LatestRead::LatestRead;
    void run(const Profile& profile);

Q_SIGNALS:
    void finished(const banister::Plan& plan);
};

// Runs a plan step by step, in order; stops at the first failure (what depends on it cannot work) or, after the
// current step, on cancel(). Every transition is written to the journal first.
class Applier : public QObject
{
    Q_OBJECT
public:
    explicit Applier(Engine* engine, QObject* parent = nullptr);

    void start(const Plan& plan, const Profile& profile, const QString& journalPath, const QString& tenant);
    void cancel();
    bool isRunning() const { return m_running; }
    const ApplyJournal& journal() const { return m_journal; }
    const QList<StepResult>& results() const { return m_results; }
    // When the last run stopped at a rate limit's daily cap: the cap's reset (ms since the epoch), else 0.
    qint64 continuesAfterMs() const { return m_continuesAfterMs; }
    // Why the last start() did not run at all (the journal could not be written), or empty.
    QString failedToStart() const { return m_failedToStart; }

Q_SIGNALS:
    void stepStarted(int index);
    void stepFinished(int index, const banister::StepResult& result);
    // completed: every step done; otherwise failed or canceled (see journal().outcome()).
    void finished(bool completed);

private:
    void next();
    void onCall(const QString& stepId, int index, const banister::ApiResult& result);

    Engine* m_engine;
    Plan m_plan;
    Profile m_profile;
    ApplyJournal m_journal;
    QList<StepResult> m_results;
    int m_index = -1;
    bool m_running = false;
    bool m_cancelRequested = false;
    qint64 m_continuesAfterMs = 0; // stopped at a rate limit's cap
    QString m_failedToStart;
};

// Reads everything back and checks it equals the profile.
class Verifier : public LatestRead
{
    Q_OBJECT
public:
    using LatestRead::LatestRead;
    void run(const Profile& profile);

Q_SIGNALS:
    void finished(const QList<banister::VerifyCheck>& checks);
};

} // namespace banister

Q_DECLARE_METATYPE(banister::Plan)
Q_DECLARE_METATYPE(banister::StepResult)
