// A tenant with Gainsight's documented REST only (a real one; here the sandbox with publicApiOnly): every route is
// classified, sandbox-only ones answer 404, the engine and banister-cli complete the sample profiles with users
// automated and the rest as guided manual steps confirmed in the journal, and the fixed-window limits with their
// daily caps are paced and estimated exactly (simulated clock).
#include "engine/Engine.h"
#include "models/Prerequisites.h"
#include "net/Pacer.h"
#include "sandbox/SandboxTenant.h"
#include "support/CliRun.h"
#include "support/EngineRun.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace banister;
using namespace banister::test;

namespace {
using Run = CliRun;

Run cli(const QStringList& args, const QString& home)
{
    return runCli(args, environmentWithHome(home));
}

Profile load(const QString& name)
{
    return shippedProfile(name).value_or(Profile {});
}

// The messy-users tenant in public-API mode, the sample profile made for it, and that profile's plan (journal in a
// folder of its own). tweak sets more of the tenant's options; prepare sets up the client before the first call.
struct MessyUsersPlan
{
    explicit MessyUsersPlan(const std::function<void(sandbox::SandboxOptions&)>& tweak = {},
                            const std::function<void(TenantClient&)>& prepare = {})
        : fixture(QStringLiteral("messy-users"),
                  [tweak](sandbox::SandboxOptions& o) {
                      o.publicApiOnly = true;
                      if (tweak)
                          tweak(o);
                  })
        , journal(dir.filePath(QStringLiteral("journal.json")))
        , profile(load(QStringLiteral("sandbox-messy-users.json")))
    {
        if (prepare)
            prepare(fixture.client());
        probed = SandboxFixture::wait(fixture.client().probe()).ok();
        engine = std::make_unique<Engine>(&fixture.client());
        plan = planNow(*engine, profile, journal);
    }
    SandboxFixture fixture;
    QTemporaryDir dir;
    QString journal;
    Profile profile;
    bool probed = false;
    std::unique_ptr<Engine> engine;
    Plan plan;
};

// The plan's User Management writes in the order apply sends them.
QList<PlannedCall::Kind> userWrites(const Plan& plan)
{
    QList<PlannedCall::Kind> kinds;
    for (const PlanStep& step : plan.steps)
        for (const PlannedCall& call : step.calls)
            if (call.kind == PlannedCall::Kind::SetUserRoles || call.kind == PlannedCall::Kind::DeactivateUser
                || call.kind == PlannedCall::Kind::UpdateUsername || call.kind == PlannedCall::Kind::ActivateUser)
                kinds << call.kind;
    return kinds;
}

// The ids of the tenant's active users (its first 500).
QSet<QString> activeUsers(TenantClient& client)
{
    QSet<QString> ids;
    const QJsonArray users = SandboxFixture::wait(client.users(1, 500)).data[QStringLiteral("records")].toArray();
    for (const QJsonValue& u : users)
        if (u[QStringLiteral("active")].toBool())
            ids << u[QStringLiteral("id")].toString();
    return ids;
}

sandbox::SandboxRequest request(const sandbox::SandboxTenant& t, const char* method, const QString& path,
                                const QJsonObject& body = {})
{
    sandbox::SandboxRequest r;
    r.method = method;
    r.path = path;
    r.headers.insert("accesskey", t.accessKey().toUtf8());
    r.headers.insert("authorization", "Bearer " + t.staircaseToken().toUtf8());
    if (!body.isEmpty())
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}
} // namespace

class TestPublicApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRouteIsClassified()
    {
        sandbox::SandboxOptions o;
        o.publicApiOnly = true;
        sandbox::SandboxTenant t(o);
        QStringList publicRoutes;
        int sandboxOnly = 0;
        for (const auto& r : t.routes()) {
            if (r.surface == sandbox::SandboxTenant::Surface::Public) {
                publicRoutes << QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
                continue;
            }
            ++sandboxOnly;
            // As a real tenant would: 404 in Gainsight's envelope, for any path the pattern matches.
            QString path = r.path;
            path.replace(QStringLiteral("([^/]+)"), QStringLiteral("x1"));
            const auto resp
                = t.handle(request(t, r.method.constData(), path, QJsonObject { { QStringLiteral("a"), 1 } }), 0);
            QCOMPARE(resp.status, 404);
            QCOMPARE(resp.body.value(QStringLiteral("result")).toBool(true), false);
            QCOMPARE(resp.body.value(QStringLiteral("errorCode")).toString(), QStringLiteral("GS_NOT_FOUND"));
            QVERIFY(!resp.body.value(QStringLiteral("requestId")).toString().isEmpty());
            for (const auto& h : resp.headers)
                QVERIFY(h.first != sandbox::SandboxTenant::kExtensionsHeader);
        }
        QCOMPARE(publicRoutes,
                 (QStringList { QStringLiteral("GET /v1/meta/services/objects/([^/]+)/describe"),
                                QStringLiteral("POST /v1/data/objects/query/([^/]+)"), QStringLiteral("GET /v1/users"),
                                QStringLiteral("PUT /v1/users"), QStringLiteral("PUT /v1/users/status") }));
        QVERIFY(sandboxOnly >= 20);
        QCOMPARE(t.sandboxOnlyRequests().size(), sandboxOnly); // each refusal is logged
        // The documented routes still answer, without the sandbox's extra user field.
        const auto users = t.handle(request(t, "GET", QStringLiteral("/v1/users")), 0);
        QCOMPARE(users.status, 200);
        QVERIFY(!users.body[QStringLiteral("data")][QStringLiteral("records")][0].toObject().contains(
            QStringLiteral("staircaseAccess")));
        QCOMPARE(t.handle(request(t, "GET", QStringLiteral("/v1/meta/services/objects/Company/describe")), 0).status,
                 200);
    }

    void userManagementRoutesRefuseWhatGainsightRefuses()
    {
        sandbox::SandboxOptions o;
        o.publicApiOnly = true;
        o.userWriteRate = {};
        sandbox::SandboxTenant t(o);
        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(QJsonObject { { QStringLiteral("userId"), t.data().users().at(size_t(i)).id },
                                      { QStringLiteral("active"), true } });
        QCOMPARE(t.handle(request(t, "PUT", QStringLiteral("/v1/users/status"),
                                  QJsonObject { { QStringLiteral("users"), many } }),
                          0)
                     .status,
                 400);
        const QString id = t.data().users().at(3).id;
        const QJsonObject rename {
            { QStringLiteral("users"),
              QJsonArray { QJsonObject { { QStringLiteral("userId"), id },
                                         { QStringLiteral("username"), QStringLiteral("x@y.example") } } } }
        };
        QCOMPARE(t.handle(request(t, "PUT", QStringLiteral("/v1/users"), rename), 0).status,
                 409); // active: deactivate first
        const auto status = [&](bool active) {
            return QJsonObject { { QStringLiteral("users"),
                                   QJsonArray { QJsonObject { { QStringLiteral("userId"), id },
                                                              { QStringLiteral("active"), active } } } } };
        };
        QCOMPARE(t.handle(request(t, "PUT", QStringLiteral("/v1/users/status"), status(false)), 0).status, 200);
        QCOMPARE(t.handle(request(t, "PUT", QStringLiteral("/v1/users"), rename), 0).status, 200);
        QCOMPARE(t.handle(request(t, "PUT", QStringLiteral("/v1/users/status"), status(true)), 0).status, 200);
        QCOMPARE(t.state().users.at(3).username, QStringLiteral("x@y.example"));
        const QJsonObject superAdmin {
            { QStringLiteral("users"),
              QJsonArray { QJsonObject {
                  { QStringLiteral("userId"), t.data().users().at(size_t(t.data().facts().callerUser)).id },
                  { QStringLiteral("superAdmin"), false } } } }
        };
        QCOMPARE(t.handle(request(t, "PUT", QStringLiteral("/v1/users"), superAdmin), 0).status,
                 400); // not through this API
    }

    void engineCompletesSampleProfiles_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("profile");
        QTest::newRow("ready") << "ready"
                               << "sandbox-ready.json";
        QTest::newRow("messy-users") << "messy-users"
                                     << "sandbox-messy-users.json";
    }
    void engineCompletesSampleProfiles()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, profile);
        SandboxFixture f(scenario, [](sandbox::SandboxOptions& o) { o.publicApiOnly = true; });
        QVERIFY(SandboxFixture::wait(f.client().probe()).ok());
        QCOMPARE(f.client().surface(), TenantClient::Surface::Public);
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.json"));
        const Profile p = load(profile);
        Engine engine(&f.client());
        const Plan plan = planNow(engine, p, journal);
        QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        QVERIFY(plan.manualCount() > 0);
        for (const PlanStep& s : plan.steps) {
            if (s.isManual()) {
                QVERIFY2(!s.instructions.isEmpty() && !s.values.isEmpty() && s.calls.isEmpty(), qPrintable(s.id));
                QVERIFY(toJson(s).value(QStringLiteral("mode")).toString() == QLatin1String("manual"));
            } else {
                QCOMPARE(s.area, QStringLiteral("users")); // the only area a documented API automates
                for (const QString& r : s.requests)
                    QVERIFY2(r.startsWith(QLatin1String("PUT /v1/users")), qPrintable(r));
            }
        }
        ApplyJournal j;
        QVERIFY(applyNow(engine, plan, p, journal, &j));
        // Verify before the admin confirms anything: the manual steps are "not yet confirmed".
        QList<VerifyCheck> checks = verifyNow(engine, p, journal);
        const int unconfirmed = int(std::count_if(checks.begin(), checks.end(), [](const VerifyCheck& c) {
            return c.basis == VerifyCheck::Basis::Unconfirmed && !c.passed;
        }));
        QCOMPARE(unconfirmed, plan.manualCount());
        for (const PlanStep& s : plan.steps)
            if (s.isManual())
                QVERIFY(ApplyJournal::confirm(journal, s, QStringLiteral("northwind"),
                                              QStringLiteral("admin@northwind.example"))
                            .ok());
        const Plan again = planNow(engine, p, journal);
        QVERIFY2(again.isEmpty(), qPrintable(again.steps.value(0).id));
        QCOMPARE(int(again.confirmed.size()), plan.manualCount());
        checks = verifyNow(engine, p, journal);
        for (const VerifyCheck& c : checks)
            QVERIFY2(c.passed, qPrintable(c.id + QLatin1String(": ") + c.detail));
        QVERIFY(std::any_of(checks.begin(), checks.end(),
                            [](const VerifyCheck& c) { return c.basis == VerifyCheck::Basis::Confirmed; }));
        // Not one request went to a route a real tenant does not have.
        QCOMPARE(f.server().tenant().sandboxOnlyRequests(), QStringList {});
        // A confirmation holds for the state it was given for: another CRM filter is a new manual step.
        if (p.crm) {
            Profile changed = p;
            changed.crm->callSummaryUpload = !changed.crm->callSummaryUpload;
            const Plan after = planNow(engine, changed, journal);
            QCOMPARE(int(after.steps.size()), 1);
            QCOMPARE(after.steps.first().id, QStringLiteral("crm.settings"));
        }
    }

    void unconfirmedPrerequisitesArePlanErrors()
    {
        SandboxFixture f(QStringLiteral("ready"), [](sandbox::SandboxOptions& o) { o.publicApiOnly = true; });
        QVERIFY(SandboxFixture::wait(f.client().probe()).ok());
        Profile p = load(QStringLiteral("sandbox-ready.json"));
        p.confirmed = {};
        p.confirmed.gainsightPrimary = false;
        Engine engine(&f.client());
        const Plan plan = planNow(engine, p);
        QVERIFY(!plan.canApply());
        QVERIFY(plan.steps.isEmpty());
        QVERIFY(plan.errors.join(QLatin1Char('\n')).contains(QLatin1String("not confirmed")));
        QVERIFY(plan.errors.join(QLatin1Char('\n')).contains(QLatin1String("Salesforce")));
    }

    void cliCompletesSampleProfiles_data() { engineCompletesSampleProfiles_data(); }
    void cliCompletesSampleProfiles()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, profile);
        QTemporaryDir home;
        const QStringList common { QStringLiteral("--profile"),
                                   shippedProfilePath(profile),
                                   QStringLiteral("--sandbox=") + scenario,
                                   QStringLiteral("--sandbox-public-api-only"),
                                   QStringLiteral("--journal"),
                                   home.filePath(QStringLiteral("journal.json")) };
        const QString none = QStringLiteral("sandbox: 0 request(s) to sandbox-only routes");
        Run plan
            = cli(QStringList { QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json") } + common,
                  home.path());
        QCOMPARE(plan.exit, 2);
        QVERIFY2(plan.err.contains(none), qPrintable(plan.err));
        const QJsonObject json = QJsonDocument::fromJson(plan.out.toUtf8()).object();
        QStringList manualIds;
        for (const QJsonValue& s : json.value(QStringLiteral("steps")).toArray())
            if (s[QStringLiteral("mode")].toString() == QLatin1String("manual"))
                manualIds << s[QStringLiteral("id")].toString();
        QCOMPARE(json.value(QStringLiteral("manualSteps")).toInt(), int(manualIds.size()));
        QVERIFY(!manualIds.isEmpty());
        Run text = cli(QStringList { QStringLiteral("plan") } + common, home.path());
        QVERIFY(text.out.contains(QLatin1String("by hand")));
        QVERIFY(text.out.contains(QLatin1String("when done: banister-cli apply --confirm ") + manualIds.first()));
        Run apply = cli(QStringList { QStringLiteral("apply") } + common, home.path());
        QCOMPARE(apply.exit, 0);
        QVERIFY2(apply.out.contains(QLatin1String("to do by hand")), qPrintable(apply.out));
        QVERIFY2(apply.err.contains(none), qPrintable(apply.err));
        Run verify = cli(QStringList { QStringLiteral("verify") } + common, home.path());
        QCOMPARE(verify.exit, 2); // manual steps not yet confirmed
        QVERIFY(verify.out.contains(QLatin1String("UNCONFIRMED")));
        QCOMPARE(
            cli(QStringList { QStringLiteral("verify"), QStringLiteral("--confirm"), QStringLiteral("no.such-step") }
                    + common,
                home.path())
                .exit,
            1);
        QStringList confirm;
        for (const QString& id : manualIds)
            confirm << QStringLiteral("--confirm") << id;
        Run confirmed = cli(QStringList { QStringLiteral("verify") } + confirm + common, home.path());
        QVERIFY2(confirmed.exit == 0, qPrintable(confirmed.out + confirmed.err));
        QVERIFY(confirmed.out.contains(QLatin1String("CONFIRMED")));
        QVERIFY(confirmed.err.contains(none));
        Run done = cli(QStringList { QStringLiteral("plan") } + common, home.path());
        QCOMPARE(done.exit, 0);
        QVERIFY2(done.out.contains(QLatin1String("the admin has confirmed")), qPrintable(done.out));
    }

    void fixedWindowsAreNeverOverrunAndTheEstimateMatches()
    {
        // 400 role calls (20 000 users, 50 a call) + 300 username fixes (3 calls each) = 1 300 User Management
        // calls at 100 an hour and 1 000 a day, against the tenant's own counting, on one simulated clock. With 401
        // role calls the day's cap falls inside a fix: apply sends a fix whole or waits for the next day, and the
        // estimate books it the same way.
        for (const int roleCalls : { 400, 401 }) {
            sandbox::SandboxOptions o;
            o.publicApiOnly = true;
            o.userWriteRate = { 100, kHourMs, 1000 };
            sandbox::SandboxTenant tenant(o);
            qint64 now = 0;
            Pacer pacer;
            pacer.setClock([&now] { return now; });
            pacer.setWindows(TenantLimits::userManagement());
            Plan plan;
            for (int i = 0; i < roleCalls; ++i) {
                PlanStep s;
                s.userWriteCalls = 1;
                s.otherCalls = 0;
                plan.steps << s;
            }
            for (int i = 0; i < 300; ++i) {
                PlanStep s;
                s.userWriteCalls = 3;
                s.otherCalls = 0;
                plan.steps << s;
            }
            const RateLimits limits;
            const qint64 t0 = 20000 * kDayMs + 10 * kHourMs + 20 * kMinuteMs; // 10:20 UTC
            const Estimate e = estimate(plan, limits, t0);
            QCOMPARE(e.userWriteCalls, qint64(roleCalls + 900));
            QCOMPARE(e.days, 2);
            QCOMPARE(e.dailyCapStops, 1);
            QVERIFY(estimateText(e, limits).contains(QLatin1String("2 calendar day")));
            const QJsonObject body { { QStringLiteral("users"),
                                       QJsonArray {
                                           QJsonObject { { QStringLiteral("userId"), tenant.data().users().at(7).id },
                                                         { QStringLiteral("active"), true } } } } };
            now = t0;
            int refused = 0, stops = 0, sent = 0;
            for (const PlanStep& s : plan.steps) {
                if (s.userWriteCalls > 1)
                    if (const qint64 reset = pacer.capResetFor(s.userWriteCalls); reset >= 0) { // as a fix does
                        ++stops;
                        now = reset;
                    }
                for (int c = 0; c < s.userWriteCalls; ++c) {
                    PaceSlot slot = pacer.reserveAt(now);
                    if (slot.capped) { // apply stops here; the admin applies again once the cap resets
                        ++stops;
                        now = slot.resumeAtMs;
                        slot = pacer.reserveAt(now);
                        QVERIFY(!slot.capped);
                    }
                    now += slot.waitMs;
                    refused
                        += tenant.handle(request(tenant, "PUT", QStringLiteral("/v1/users/status"), body), now).status
                        == 429;
                    ++sent;
                    now += limits.msPerCall;
                }
            }
            QCOMPARE(sent, roleCalls + 900);
            QCOMPARE(refused, 0);
            QCOMPARE(stops, 1);
            QCOMPARE(now - t0, e.ms); // the estimate is the simulated clock
            // 100 in the first hour window (10:00–11:00, started 10:20), then 100 an hour until the 1 000 of the day
            // are used (19:00–20:00), then the rest from 00:00 UTC the next day: 300 calls over three hours.
            if (roleCalls == 400)
                QCOMPARE(now, 20001 * kDayMs + 2 * kHourMs + 100 * limits.msPerCall);
            else // 999 calls today (199 fixes), the 200th fix whole tomorrow: 303 calls, three in the fourth hour
                QCOMPARE(now, 20001 * kDayMs + 3 * kHourMs + 3 * limits.msPerCall);
        }
    }

    void applyStopsCleanlyAtADailyCap()
    {
        MessyUsersPlan run(
            [](sandbox::SandboxOptions& o) {
                o.userWriteRate = { 100, kHourMs, 4 };
            },
            [](TenantClient& c) {
                c.setRateWindows(TenantClient::RateClass::UserWrites, { { 100, kHourMs }, { 4, kDayMs } });
            });
        QVERIFY(run.probed);
        Engine& engine = *run.engine;
        const Profile& p = run.profile;
        const QString& journal = run.journal;
        const Plan& plan = run.plan;
        QVERIFY(plan.canApply());
        ApplyOutcome applied;
        QVERIFY(!applyNow(engine, plan, p, journal, &applied));
        QVERIFY(applied.continuesAfterMs > QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(applied.continuesAfterMs % kDayMs, qint64(0)); // 00:00 UTC
        QCOMPARE(applied.journal.outcome(), QStringLiteral("paused"));
        const auto& results = applied.results;
        QVERIFY(std::any_of(results.begin(), results.end(), [](const StepResult& r) {
            return r.status == StepResult::Status::Canceled
                && r.message.contains(QLatin1String("limit for this API is used up"));
        }));
        QVERIFY(std::none_of(results.begin(), results.end(),
                             [](const StepResult& r) { return r.status == StepResult::Status::Failed; }));
        // Nothing was sent past the cap, and the next plan continues with what is left.
        const Plan rest = planNow(engine, p, journal);
        QVERIFY(rest.canApply());
        QVERIFY(rest.steps.size() < plan.steps.size());
        QVERIFY(rest.steps.size() > rest.manualCount());
    }

    void aTenantAheadOfThePacerPausesTheApply_data()
    {
        QTest::addColumn<int>("refused"); // which call the tenant refuses
        QTest::addColumn<int>("retryAfterS");
        QTest::addColumn<bool>("pauses");
        QTest::newRow("a role batch, 10 min") << int(PlannedCall::Kind::SetUserRoles) << 600 << true;
        QTest::newRow("a deactivation, 10 min") << int(PlannedCall::Kind::DeactivateUser) << 600 << true;
        QTest::newRow("a reactivation, 2 s") << int(PlannedCall::Kind::ActivateUser) << 2 << false;
        QTest::newRow("a username update, 2 s") << int(PlannedCall::Kind::UpdateUsername) << 2 << false;
    }
    void aTenantAheadOfThePacerPausesTheApply()
    {
        // The tenant counts User Management calls the pacer did not see (another tool, or Banister before a
        // restart) and asks to wait longer than Banister waits unasked (1 s here). Before a user is deactivated the
        // apply pauses there and says until when, as at a daily cap; no step fails. Inside a username fix (the user
        // is inactive) the wait is waited out instead: no user is left locked out.
        QFETCH(int, refused);
        QFETCH(int, retryAfterS);
        QFETCH(bool, pauses);
        MessyUsersPlan run({}, [](TenantClient& c) {
            RetryPolicy policy = c.retryPolicy();
            policy.maxRetryAfterMs = 1000;
            c.setRetryPolicy(policy);
        });
        QVERIFY(run.probed);
        SandboxFixture& f = run.fixture;
        Engine& engine = *run.engine;
        const Profile& p = run.profile;
        const QString& journal = run.journal;
        const Plan& plan = run.plan;
        QVERIFY(plan.canApply());
        const int nth = int(userWrites(plan).indexOf(PlannedCall::Kind(refused)));
        QVERIFY2(nth >= 0, "the sample profile sets roles and fixes usernames");
        const QSet<QString> activeBefore = activeUsers(f.client());
        f.server().tenant().refuseUserWrite(nth, retryAfterS);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        ApplyOutcome applied;
        const bool completed = applyNow(engine, plan, p, journal, &applied);
        QVERIFY(std::none_of(applied.results.begin(), applied.results.end(),
                             [](const StepResult& r) { return r.status == StepResult::Status::Failed; }));
        const QSet<QString> lockedOut = activeBefore - activeUsers(f.client());
        QVERIFY2(lockedOut.isEmpty(), qPrintable(QStringList(lockedOut.values()).join(QLatin1String(", "))));
        if (!pauses) {
            QVERIFY(completed);
            QCOMPARE(applied.journal.outcome(), QStringLiteral("completed"));
            return;
        }
        QVERIFY(!completed);
        QCOMPARE(applied.journal.outcome(), QStringLiteral("paused"));
        QVERIFY2(applied.continuesAfterMs >= before + retryAfterS * 1000
                     && applied.continuesAfterMs <= QDateTime::currentMSecsSinceEpoch() + retryAfterS * 1000 + 1000,
                 qPrintable(QString::number(applied.continuesAfterMs - before)));
        QVERIFY(std::any_of(applied.results.begin(), applied.results.end(),
                            [](const StepResult& r) { return r.status == StepResult::Status::Canceled; }));
        // The next apply, once the tenant takes calls again, continues with what is left and completes.
        const Plan rest = planNow(engine, p, journal);
        QVERIFY(rest.canApply());
        const auto done = std::count_if(applied.results.begin(), applied.results.end(),
                                        [](const StepResult& r) { return r.status == StepResult::Status::Done; });
        QVERIFY2(rest.steps.size() <= plan.steps.size() - done,
                 qPrintable(QStringLiteral("%1 steps left of %2, %3 done")
                                .arg(rest.steps.size())
                                .arg(plan.steps.size())
                                .arg(done)));
        QVERIFY(applyNow(engine, rest, p, journal));
    }

    void aDailyCapNeverLeavesAUserLockedOut()
    {
        // A username fix is deactivate -> update -> reactivate. With the day's cap one or two calls away when a fix
        // would start, the apply pauses before the deactivation instead of leaving the user inactive until the reset.
        const Profile p = load(QStringLiteral("sandbox-messy-users.json"));
        int beforeFirstFix = -1;
        {
            SandboxFixture f(QStringLiteral("messy-users"), [](sandbox::SandboxOptions& o) { o.publicApiOnly = true; });
            QVERIFY(SandboxFixture::wait(f.client().probe()).ok());
            Engine engine(&f.client());
            QTemporaryDir dir;
            const Plan plan = planNow(engine, p, dir.filePath(QStringLiteral("journal.json")));
            beforeFirstFix = int(userWrites(plan).indexOf(PlannedCall::Kind::DeactivateUser));
        }
        QVERIFY2(beforeFirstFix >= 0, "the sample profile fixes a username");
        for (const int room : { 1, 2 }) {
            const int cap = beforeFirstFix + room;
            SandboxFixture f(QStringLiteral("messy-users"), [cap](sandbox::SandboxOptions& o) {
                o.publicApiOnly = true;
                o.userWriteRate = { 100, kHourMs, cap };
            });
            f.client().setRateWindows(TenantClient::RateClass::UserWrites, { { 100, kHourMs }, { cap, kDayMs } });
            QVERIFY(SandboxFixture::wait(f.client().probe()).ok());
            const QSet<QString> activeBefore = activeUsers(f.client());
            QVERIFY(!activeBefore.isEmpty());
            QTemporaryDir dir;
            const QString journal = dir.filePath(QStringLiteral("journal.json"));
            Engine engine(&f.client());
            const Plan plan = planNow(engine, p, journal);
            QVERIFY(plan.canApply());
            ApplyOutcome applied;
            QVERIFY(!applyNow(engine, plan, p, journal, &applied));
            QCOMPARE(applied.journal.outcome(), QStringLiteral("paused"));
            QVERIFY(applied.continuesAfterMs > 0);
            const QSet<QString> lockedOut = activeBefore - activeUsers(f.client());
            QVERIFY2(lockedOut.isEmpty(), qPrintable(QStringList(lockedOut.values()).join(QLatin1String(", "))));
        }
    }
};

QTEST_GUILESS_MAIN(TestPublicApi)
#include "tst_publicapi.moc"
