// The engine end to end against a sandbox: plan -> apply -> empty plan -> verify, faults, cancel and resume.
#include "engine/Engine.h"
#include "net/Workers.h"
#include "support/EngineRun.h"
#include "support/HeldPool.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace banister;
using banister::test::SandboxFixture;
using namespace banister::test;

namespace {
Profile activationProfile(const QString& path)
{
    Profile p;
    p.tenant.subdomain = QStringLiteral("northwind");
    p.activation
        = ActivationSection { path, QStringLiteral("dana.whitfield@northwind.example"), QStringLiteral("note") };
    return p;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<banister::VerifyCheck>>(); }

    void applyThenPlanIsEmpty()
    {
        SandboxFixture f;
        Engine engine(&f.client());
        engine.activation()->setSupportPolling(5, 10);
        const Profile p = activationProfile(QStringLiteral("connect"));
        const Plan plan = planNow(engine, p);
        QVERIFY(plan.canApply());
        QCOMPARE(plan.steps.size(), 3);
        QCOMPARE(plan.steps.at(2).dependsOn, QStringList { QStringLiteral("activation.support-done") });
        const auto before = verifyNow(engine, p);
        QVERIFY(std::any_of(before.begin(), before.end(), [](const VerifyCheck& c) { return !c.passed; }));

        QTemporaryDir dir;
        ApplyJournal journal;
        QVERIFY(applyNow(engine, plan, p, dir.filePath(QStringLiteral("j.json")), &journal));
        QCOMPARE(journal.outcome(), QStringLiteral("completed"));
        for (const auto& e : journal.entries())
            QCOMPARE(e.status, QStringLiteral("done"));
        QVERIFY(planNow(engine, p).isEmpty());
        const auto checks = verifyNow(engine, p);
        QCOMPARE(checks.size(), 4 + 3); // the four prerequisites, then activation's three
        for (const VerifyCheck& c : checks)
            QVERIFY2(c.passed, qPrintable(c.title + QStringLiteral(": ") + c.detail));

        // The live state over HTTP says the same, independently of the engine.
        const ApiResult integration = SandboxFixture::wait(f.client().staircaseIntegration());
        QCOMPARE(integration.data[QStringLiteral("connected")].toBool(), true);
        QCOMPARE(integration.data[QStringLiteral("subdomain")].toString(), p.tenant.subdomain);
    }

    // A plan is computed on a worker thread (over 20 000 users it takes a few hundred milliseconds): the planner is
    // busy until it is reported, and a plan asked for while an older one is still being computed replaces it.
    void aNewerPlanReplacesOneStillBeingComputed()
    {
        SandboxFixture f;
        Engine engine(&f.client());
        const Profile first = activationProfile(QStringLiteral("connect"));
        const Profile second = activationProfile(QStringLiteral("upgrade"));
        const Plan firstPlan = planNow(engine, first);
        const Plan secondPlan = planNow(engine, second);
        QVERIFY(firstPlan.canApply());
        QVERIFY(!secondPlan.canApply()); // the two are told apart by the errors

        Planner planner(&engine);
        QSignalSpy finished(&planner, &Planner::finished);
        {
            const HeldPool held(workers(), 15000);
            planner.run(first);
            QTRY_COMPARE(engine.computing(), 1); // read; its computation waits for the pool
            QVERIFY(planner.isBusy());
            planner.run(second);
            QTRY_COMPARE(engine.computing(), 2);
            QVERIFY(planner.isBusy());
            QVERIFY(finished.isEmpty());
        }
        QTRY_COMPARE(finished.count(), 1);
        QTRY_COMPARE(engine.computing(), 0);
        QCoreApplication::processEvents(); // the older computation's end, had it been reported
        QCOMPARE(finished.count(), 1);
        QVERIFY(!planner.isBusy());
        const Plan reported = finished.at(0).at(0).value<Plan>();
        QCOMPARE(reported.errors, secondPlan.errors);
        QCOMPARE(reported.steps.size(), secondPlan.steps.size());
    }

    // An engine that goes while a plan over its areas is being computed finishes the computation first (on the
    // pool or itself): nothing runs over its areas once they are gone, and the plan is still reported.
    void anEngineGoingFinishesItsComputationFirst()
    {
        SandboxFixture f;
        const HeldPool held(workers(), 15000);
        auto engine = std::make_unique<Engine>(&f.client());
        Planner planner(engine.get());
        QSignalSpy finished(&planner, &Planner::finished);
        planner.run(activationProfile(QStringLiteral("connect")));
        QTRY_COMPARE(engine->computing(), 1);
        engine.reset();
        QTRY_COMPARE(finished.count(), 1); // while the pool is still held
        QVERIFY(!held.ranOut());
        QVERIFY(finished.at(0).at(0).value<Plan>().canApply());
    }

    void aiFollowUpUpgrades()
    {
        SandboxFixture f(QStringLiteral("ai-followup"));
        Engine engine(&f.client());
        engine.activation()->setSupportPolling(5, 10);
        Profile wrong = activationProfile(QStringLiteral("connect"));
        const Plan refused = planNow(engine, wrong);
        QVERIFY(!refused.canApply());
        QVERIFY(refused.errors.first().startsWith(QLatin1String("/activation/path")));

        const Profile p = activationProfile(QStringLiteral("upgrade"));
        const Plan plan = planNow(engine, p);
        QCOMPARE(plan.steps.size(), 2); // request + wait; support upgrades the connection
        QVERIFY(applyNow(engine, plan, p, {}));
        QVERIFY(planNow(engine, p).isEmpty());
    }

    void wrongSubdomainIsAPlanError()
    {
        SandboxFixture f;
        Engine engine(&f.client());
        Profile p = activationProfile(QStringLiteral("connect"));
        p.tenant.subdomain = QStringLiteral("southwind");
        const Plan plan = planNow(engine, p);
        QVERIFY(!plan.canApply());
        QVERIFY(plan.errors.first().contains(QLatin1String("/tenant/subdomain")));
    }

    void flakyTenantStillCompletes_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : { 1u, 2u, 3u, 5u, 8u, 11u, 13u, 21u })
            QTest::addRow("seed %u", seed) << seed;
    }
    void flakyTenantStillCompletes()
    {
        QFETCH(quint32, seed);
        SandboxFixture f(QStringLiteral("ready"), [seed](sandbox::SandboxOptions& o) { o.seed = seed; });
        f.server().setFaults(0.2, 0.2, 0.0);
        Engine engine(&f.client());
        engine.activation()->setSupportPolling(5, 20);
        const Profile p = activationProfile(QStringLiteral("connect"));
        const Plan plan = planNow(engine, p);
        QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        // One apply completes: reads and idempotent writes are retried by the client; the support request (not
        // idempotent) is reconciled with the tenant before it is filed again.
        ApplyJournal journal;
        QVERIFY2(applyNow(engine, plan, p, {}, &journal),
                 qPrintable(journal.entries().isEmpty() ? QString() : journal.entries().last().message));
        QVERIFY(planNow(engine, p).isEmpty());
        f.server().setFaults(0, 0, 0);
        for (const VerifyCheck& c : verifyNow(engine, p))
            QVERIFY2(c.passed, qPrintable(c.detail));
        // Exactly one support request despite retries and re-runs.
        const ApiResult list = SandboxFixture::wait(f.client().supportRequests());
        QCOMPARE(list.data[QStringLiteral("records")].toArray().size(), 1);
    }

    void cancelStopsAfterCurrentStepAndResumes()
    {
        SandboxFixture f;
        Engine engine(&f.client());
        engine.activation()->setSupportPolling(5, 10);
        const Profile p = activationProfile(QStringLiteral("connect"));
        const Plan plan = planNow(engine, p);
        QTemporaryDir dir;
        const QString journalPath = dir.filePath(QStringLiteral("j.json"));
        Applier applier(&engine);
        QSignalSpy finished(&applier, &Applier::finished);
        connect(&applier, &Applier::stepStarted, &applier, [&applier](int i) {
            if (i == 0)
                applier.cancel();
        });
        applier.start(plan, p, journalPath, QStringLiteral("northwind"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        const ApplyJournal j = ApplyJournal::load(journalPath);
        QCOMPARE(j.outcome(), QStringLiteral("canceled"));
        QCOMPARE(j.entries().at(0).status, QStringLiteral("done")); // the step under way finished
        QCOMPARE(j.entries().at(1).status, QStringLiteral("canceled"));
        QCOMPARE(j.entries().at(2).status, QStringLiteral("canceled"));

        const Plan rest = planNow(engine, p);
        QCOMPARE(rest.steps.size(), 2); // resume: only what did not run
        QVERIFY(applyNow(engine, rest, p, journalPath));
        QVERIFY(planNow(engine, p).isEmpty());
    }

    void failureStopsAndIsJournaled()
    {
        SandboxFixture f;
        Engine engine(&f.client());
        engine.activation()->setSupportPolling(5, 1); // support "still working" after one look
        const Profile p = activationProfile(QStringLiteral("connect"));
        const Plan plan = planNow(engine, p);
        QTemporaryDir dir;
        ApplyJournal j;
        QVERIFY(!applyNow(engine, plan, p, dir.filePath(QStringLiteral("j.json")), &j));
        QCOMPARE(j.outcome(), QStringLiteral("failed"));
        QCOMPARE(j.entries().at(1).status, QStringLiteral("failed"));
        QVERIFY(j.entries().at(1).message.contains(QLatin1String("still working")));
        QCOMPARE(j.entries().at(2).status, QStringLiteral("skipped"));
        // Applying again later continues from the waiting step.
        engine.activation()->setSupportPolling(5, 10);
        const Plan rest = planNow(engine, p);
        QCOMPARE(rest.steps.first().id, QStringLiteral("activation.support-done"));
        QVERIFY(applyNow(engine, rest, p, {}));
    }

    void lostSupportAnswerIsNeverFiledBlind()
    {
        // Every answer lost (the tenant handles each request, then drops the connection): the request arrives, the
        // "did it arrive?" check cannot be answered, so the step stops and says so instead of filing again.
        SandboxFixture f;
        Engine engine(&f.client());
        const Profile p = activationProfile(QStringLiteral("connect"));
        const Plan plan = planNow(engine, p);
        QCOMPARE(plan.steps.first().id, QStringLiteral("activation.support-request"));
        f.server().setFaults(0.0, 1.0, 0.0);
        ApplyJournal j;
        QVERIFY(!applyNow(engine, plan, p, {}, &j));
        QVERIFY2(j.entries().first().message.contains(QLatin1String("does not file it twice")),
                 qPrintable(j.entries().first().message));
        f.server().setFaults(0.0, 0.0, 0.0);
        QCOMPARE(SandboxFixture::wait(f.client().supportRequests()).data[QStringLiteral("records")].toArray().size(),
                 1);
        // Applying again finds the request that arrived and goes on from there.
        const Plan again = planNow(engine, p);
        QCOMPARE(again.steps.first().id, QStringLiteral("activation.support-done"));
    }

    void conflictIsExplained()
    {
        // Connecting before support has linked the tenants: the tenant answers 409 and the step says why.
        SandboxFixture f;
        Engine engine(&f.client());
        const Profile p = activationProfile(QStringLiteral("connect"));
        PlanStep connectOnly;
        connectOnly.id = QStringLiteral("activation.connect");
        connectOnly.area = QStringLiteral("activation");
        connectOnly.title = QStringLiteral("connect");
        connectOnly.after = QJsonObject { { QStringLiteral("subdomain"), QStringLiteral("northwind") } };
        connectOnly.calls << PlannedCall { PlannedCall::Kind::ConnectStaircase, {}, connectOnly.after };
        Plan plan;
        plan.steps << connectOnly;
        ApplyJournal j;
        QVERIFY(!applyNow(engine, plan, p, {}, &j));
        QVERIFY(j.entries().first().message.contains(QLatin1String("409")));
        QVERIFY(j.entries().first().message.contains(QLatin1String("not linked")));
    }

    void fieldsRemovedSinceTheProfileWasSaved()
    {
        SandboxFixture f;
        Engine engine(&f.client());
        Profile p = activationProfile(QStringLiteral("connect"));
        CrmSection crm;
        crm.syncAccounts = true;
        crm.filterMode = CrmFilterMode::Specific;
        crm.rows = { FilterRow { QStringLiteral("Region"), QStringLiteral("in"), { QStringLiteral("NA") } },
                     FilterRow { QStringLiteral("Segment__gc"), QStringLiteral("in"), { QStringLiteral("SMB") } } };
        p.crm = crm;
        p.fieldMappings = QList<FieldMapping> { { QStringLiteral("tier"), QStringLiteral("Old_Tier__gc") } };
        const Plan plan = planNow(engine, p);
        QVERIFY(!plan.canApply());
        const QString errors = plan.errors.join(QLatin1Char('\n'));
        QVERIFY2(errors.contains(QLatin1String("/crm/filter/rows/1/field: unknown field \"Segment__gc\"")),
                 qPrintable(errors));
        QVERIFY2(errors.contains(
                     QLatin1String("/fieldMappings/0/gainsightField: Gainsight has no Company field \"Old_Tier__gc\"")),
                 qPrintable(errors));
    }

    void crmAndMappingsWaitForTheConnection()
    {
        SandboxFixture f;
        Engine engine(&f.client());
        engine.activation()->setSupportPolling(5, 10);
        Profile p = activationProfile(QStringLiteral("connect"));
        CrmSection crm;
        crm.syncAccounts = true;
        crm.churnedStatuses = { QStringLiteral("Churned") };
        p.crm = crm;
        p.fieldMappings = QList<FieldMapping> { { QStringLiteral("tier"), QStringLiteral("Tier") },
                                                { QStringLiteral("revenue"), QStringLiteral("MRR") } };
        const Plan plan = planNow(engine, p);
        QCOMPARE(plan.steps.size(), 5);
        QCOMPARE(plan.steps.at(3).dependsOn, QStringList { QStringLiteral("activation.connect") });
        QVERIFY(applyNow(engine, plan, p, {}));
        QVERIFY(planNow(engine, p).isEmpty());
        for (const VerifyCheck& c : verifyNow(engine, p))
            QVERIFY2(c.passed, qPrintable(c.title + QStringLiteral(": ") + c.detail));
        // Without activation in the profile and no connection, the plan says what is missing.
        SandboxFixture fresh;
        Engine other(&fresh.client());
        Profile onlyCrm;
        onlyCrm.crm = crm;
        const Plan refused = planNow(other, onlyCrm);
        QVERIFY(!refused.canApply());
        QVERIFY(refused.errors.first().contains(QLatin1String("not connected")));
    }

    void incompatibleMappingIsRefusedBeforeTheConnection()
    {
        // Staircase's standard fields stand in for its field list before the connection exists: the plan refuses a
        // multi-select Tier (and a text field for Tier) before anything is written.
        SandboxFixture f;
        Engine engine(&f.client());
        Profile p = activationProfile(QStringLiteral("connect"));
        for (const QString& source : { QStringLiteral("Customer_Tier__gc"), QStringLiteral("Name") }) {
            p.fieldMappings = QList<FieldMapping> { { QStringLiteral("tier"), source } };
            const Plan plan = planNow(engine, p);
            QVERIFY(!plan.canApply());
            QVERIFY2(plan.errors.first().startsWith(QLatin1String("/fieldMappings/0")),
                     qPrintable(plan.errors.first()));
            QVERIFY(plan.errors.first().contains(source == QLatin1String("Name")
                                                     ? QLatin1String("single-select picklist")
                                                     : QLatin1String("multi-select")));
        }
        QVERIFY(SandboxFixture::wait(f.client().supportRequests()).data[QStringLiteral("records")].toArray().isEmpty());
    }

    void layoutsAndDashboard()
    {
        SandboxFixture f;
        Engine engine(&f.client());
        engine.activation()->setSupportPolling(5, 10);
        Profile p = activationProfile(QStringLiteral("connect"));
        p.layouts = QList<LayoutPlacement> { { QStringLiteral("c360-enterprise"),
                                               QStringLiteral("Staircase AI Insights"), 1 },
                                             { QStringLiteral("c360-smb"), QStringLiteral("Staircase AI Insights"), 1 },
                                             { QStringLiteral("p360-default"), QStringLiteral("Staircase AI"), 1 },
                                             { QStringLiteral("c360-retired"), QStringLiteral("Staircase AI"), 0 } };
        DashboardSection d;
        d.permission = DashboardPermission::Specific;
        d.principals = { { PrincipalKind::Role, QStringLiteral("System Administrator") },
                         { PrincipalKind::Role, QStringLiteral("Staircase Manager") },
                         { PrincipalKind::Role, QStringLiteral("Staircase Admin") } };
        p.dashboard = d;
        const Plan plan = planNow(engine, p);
        QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        // A layout deleted on the tenant since the profile was saved: skipped, with a warning that names it.
        QVERIFY(plan.warnings.join(QLatin1Char('\n'))
                    .contains(QLatin1String("/layouts/3: layout \"c360-retired\" no longer exists")));
        QCOMPARE(plan.steps.size(), 3 + 3 + 1);
        QCOMPARE(plan.steps.at(3).dependsOn, QStringList { QStringLiteral("activation.connect") });
        QVERIFY(applyNow(engine, plan, p, {}));
        QVERIFY(planNow(engine, p).isEmpty());
        for (const VerifyCheck& c : verifyNow(engine, p))
            QVERIFY2(c.passed, qPrintable(c.title + QStringLiteral(": ") + c.detail));
        // Read over HTTP: second in each layout, renamed; the dashboard's principals as chosen.
        const ApiResult layout = SandboxFixture::wait(f.client().layout(QStringLiteral("c360-enterprise")));
        QCOMPARE(layout.data[QStringLiteral("sections")][1][QStringLiteral("key")].toString(),
                 QStringLiteral("staircase-ai"));
        QCOMPARE(layout.data[QStringLiteral("sections")][1][QStringLiteral("label")].toString(),
                 QStringLiteral("Staircase AI Insights"));
        const ApiResult perms
            = SandboxFixture::wait(f.client().dashboardPermissions(QStringLiteral("staircase-executive-dashboard")));
        QCOMPARE(perms.data.toObject(), toJson(d));
    }

    void unknownDashboardPrincipalIsRefusedByThePlan()
    {
        SandboxFixture f;
        Engine engine(&f.client());
        Profile p;
        DashboardSection d;
        d.permission = DashboardPermission::Specific;
        d.principals = { { PrincipalKind::Role, QStringLiteral("Staircase Wizard") } };
        p.dashboard = d;
        const Plan plan = planNow(engine, p);
        QVERIFY(!plan.canApply());
        QVERIFY(plan.steps.isEmpty());
        QVERIFY(plan.errors.first().contains(QLatin1String("No role \"Staircase Wizard\" on this tenant")));
    }

    void messyUsersWithFixAnd429()
    {
        // User writes limited to 5 a second on the tenant, unpaced on the client: 429s come mid-apply and their
        // Retry-After is honoured.
        SandboxFixture f(QStringLiteral("messy-users"), [](sandbox::SandboxOptions& o) {
            o.userWriteRate = { 5, 1000 };
        });
        Engine engine(&f.client());
        engine.activation()->setSupportPolling(5, 10);
        const std::optional<Profile> shipped = shippedProfile(QStringLiteral("sandbox-messy-users.json"));
        QVERIFY(shipped);
        const Profile p = *shipped;
        const auto before = SandboxFixture::wait(f.client().users(1, 500)).data[QStringLiteral("records")].toArray();
        const Plan plan = planNow(engine, p);
        QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        int fixes = 0, batches = 0;
        for (const PlanStep& s : plan.steps) {
            fixes += s.id.startsWith(QLatin1String("users.fix."));
            batches += s.id.startsWith(QLatin1String("users.roles."));
            if (s.id.startsWith(QLatin1String("users.fix.")))
                QVERIFY(s.warning.contains(QLatin1String("SSO")));
        }
        QVERIFY(fixes > 0);
        QCOMPARE(batches, 2); // 51 changes: 50 + 1
        QVERIFY(plan.warnings.join(QLatin1Char(' ')).contains(QLatin1String("inactive")));
        Applier applier(&engine);
        int rateLimited = 0;
        connect(f.client().networkAccessManager(), &QNetworkAccessManager::finished, this,
                [&rateLimited](QNetworkReply* r) {
                    rateLimited += r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 429;
                });
        QSignalSpy applied(&applier, &Applier::finished);
        applier.start(plan, p, {}, QStringLiteral("northwind"));
        QVERIFY(applied.wait(60000));
        QVERIFY2(applied.first().first().toBool(), qPrintable(applier.journal().entries().last().message));
        QVERIFY(rateLimited > 0); // the limit was met, and waited out
        QVERIFY(planNow(engine, p).isEmpty());
        for (const VerifyCheck& c : verifyNow(engine, p))
            QVERIFY2(c.passed, qPrintable(c.title + QStringLiteral(": ") + c.detail));

        // Users the profile does not name kept their roles, username and state.
        QSet<QString> named;
        for (const UserAssignment& a : p.userAccess->assignments)
            named << a.userId << a.email;
        const auto after = SandboxFixture::wait(f.client().users(1, 500)).data[QStringLiteral("records")].toArray();
        int untouched = 0;
        for (int i = 0; i < before.size(); ++i) {
            const QJsonObject b = before.at(i).toObject(), a = after.at(i).toObject();
            if (named.contains(b.value(QStringLiteral("id")).toString())
                || named.contains(b.value(QStringLiteral("email")).toString()))
                continue;
            if (b.value(QStringLiteral("superAdmin")).toBool())
                continue; // connecting gives super admins Staircase Admin, by the article's rule
            ++untouched;
            QCOMPARE(a.value(QStringLiteral("gsRoles")), b.value(QStringLiteral("gsRoles")));
            QCOMPARE(a.value(QStringLiteral("username")), b.value(QStringLiteral("username")));
            QCOMPARE(a.value(QStringLiteral("active")), b.value(QStringLiteral("active")));
        }
        QVERIFY(untouched > 50);
    }

    // Roles can be set before Staircase is connected; access comes with the connection. A profile of users alone on
    // a tenant not yet connected: the plan warns, apply sets the roles, verify checks them and names the wait with the
    // plan's words (a WARN line, not a failure). Once connected, access itself is checked.
    void usersBeforeTheConnectionAreNamedNotFailed()
    {
        SandboxFixture f(QStringLiteral("messy-users"));
        Engine engine(&f.client());
        engine.activation()->setSupportPolling(5, 10);
        const std::optional<Profile> shipped = shippedProfile(QStringLiteral("sandbox-messy-users.json"));
        QVERIFY(shipped);
        Profile users;
        users.tenant = shipped->tenant;
        users.userAccess = shipped->userAccess;
        const Plan plan = planNow(engine, users);
        QVERIFY2(plan.canApply(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        const auto notConnected = std::find_if(plan.warnings.cbegin(), plan.warnings.cend(), [](const QString& w) {
            return w.startsWith(QLatin1String("Staircase is not connected to Gainsight"));
        });
        QVERIFY2(notConnected != plan.warnings.cend(), qPrintable(plan.warnings.join(QLatin1Char('\n'))));
        QVERIFY(applyNow(engine, plan, users, {}));
        QVERIFY(planNow(engine, users).isEmpty());
        const auto find = [](const QList<VerifyCheck>& checks, const char* id) {
            return std::find_if(checks.cbegin(), checks.cend(),
                                [id](const VerifyCheck& c) { return c.id == QLatin1String(id); });
        };
        QList<VerifyCheck> checks = verifyNow(engine, users);
        for (const VerifyCheck& c : checks)
            QVERIFY2(c.passed, qPrintable(c.title + QStringLiteral(": ") + c.detail));
        QVERIFY(find(checks, "users.roles") != checks.cend());
        QVERIFY(find(checks, "users.access") == checks.cend());
        const auto waiting = find(checks, "users.connection");
        QVERIFY(waiting != checks.cend());
        QVERIFY(waiting->warning);
        QCOMPARE(waiting->detail, *notConnected);

        // Connected: no warning in the plan, and verify checks access itself (and passes).
        Profile connect = activationProfile(QStringLiteral("connect"));
        connect.tenant = users.tenant;
        QVERIFY(applyNow(engine, planNow(engine, connect), connect, {}));
        const Plan after = planNow(engine, users);
        QVERIFY(!after.warnings.contains(*notConnected));
        checks = verifyNow(engine, users);
        QVERIFY(find(checks, "users.connection") == checks.cend());
        QVERIFY(find(checks, "users.access") != checks.cend());
        for (const VerifyCheck& c : checks)
            QVERIFY2(c.passed, qPrintable(c.title + QStringLiteral(": ") + c.detail));
    }

    void unmanagedProfilePlansNothing()
    {
        SandboxFixture f;
        Engine engine(&f.client());
        Profile p;
        const Plan plan = planNow(engine, p);
        QVERIFY(plan.isEmpty());
        QVERIFY(!plan.warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
