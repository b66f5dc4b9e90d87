// Session and the step-model contract every wizard step shares (models/StepModel): eight steps in the wizard's
// order; a profile opened before anything is loaded comes back whole from currentProfile(), and still after every
// step has loaded; a second load while the first is under way leaves the step idle and loaded (the older answer is
// dropped); a failed load says why and stops the wizard; a profile opened on a connected session reaches every page;
// connecting to another tenant reads every step again and keeps only what the admin chose.
#include "engine/Session.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace banister;
using banister::test::SandboxFixture;

namespace {
Profile sample(const char* name)
{
    const ProfileLoad l = loadProfile(banister::test::shippedProfilePath(QLatin1String(name)));
    if (!l.profile)
        qWarning("%s: %s", name, qPrintable(l.errors.value(0).toString()));
    return l.profile.value_or(Profile {});
}

// The sections the pages edit: what an opened profile must give back. Once a page has loaded, a section the
// profile lacks is the page's draft (what it shows), so only the profile's own sections are compared then.
void compareSections(const Profile& got, const Profile& want, bool loaded = false)
{
    if (want.crm || !loaded)
        QCOMPARE(got.crm, want.crm);
    if (want.fieldMappings || !loaded)
        QCOMPARE(got.fieldMappings, want.fieldMappings);
    if (!loaded) {
        QCOMPARE(got.userAccess, want.userAccess);
    } else if (want.userAccess) {
        // Loaded, the assignments name users by id (the profile may name them by email): the same roles.
        QVERIFY(got.userAccess);
        QCOMPARE(got.userAccess->fixUsernameMismatches, want.userAccess->fixUsernameMismatches);
        const auto roles = [](const UserAccessSection& u) {
            QStringList out;
            for (const UserAssignment& a : u.assignments)
                out << staircaseRoleName(a.staircaseRole);
            out.sort();
            return out;
        };
        QCOMPARE(roles(*got.userAccess), roles(*want.userAccess));
    }
    if (want.layouts || !loaded)
        QCOMPARE(got.layouts, want.layouts);
    if (want.dashboard || !loaded)
        QCOMPARE(got.dashboard, want.dashboard);
    if (want.activation || !loaded)
        QCOMPARE(got.activation.has_value(), want.activation.has_value());
    if (want.activation) {
        QCOMPARE(got.activation->supportContact, want.activation->supportContact);
        QCOMPARE(got.activation->supportNote, want.activation->supportNote);
    }
}

bool connectTo(Session& s, SandboxFixture& f)
{
    s.connection()->useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), QStringLiteral("ready"));
    s.connection()->load();
    return QTest::qWaitFor([&] { return !s.connection()->isBusy(); }, 15000) && s.connection()->canProceed()
        && s.connection()->isLoaded();
}

// Staircase connected the way support and the admin do it: the request filed and done, then the connection.
bool connectStaircase(SandboxFixture& f)
{
    const ApiResult filed = SandboxFixture::wait(f.client().fileSupportRequest(
        QStringLiteral("staircase-integration"), QStringLiteral("dana.whitfield@northwind.example"), QString()));
    const QString id = filed.data[QStringLiteral("id")].toString();
    for (int i = 0; i < 2 && filed.ok(); ++i)
        SandboxFixture::wait(f.client().supportRequest(id));
    return filed.ok() && SandboxFixture::wait(f.client().connectStaircase(QStringLiteral("northwind"))).ok();
}

// A CRM tab set up already (Staircase connected first): what the tenant then has.
CrmSection setUpCrmTab(SandboxFixture& f, bool teamHierarchy = true)
{
    CrmSection live;
    live.syncAccounts = true;
    live.filterMode = CrmFilterMode::Specific;
    live.rows = { FilterRow { QStringLiteral("Status"), QStringLiteral("in"), { QStringLiteral("Active") } } };
    live.churnedStatuses = { QStringLiteral("Churned") };
    live.syncTeamHierarchy = teamHierarchy;
    const ApiResult put = SandboxFixture::wait(f.client().putCrmSettings(toJson(live)));
    if (!put.ok())
        qWarning("CRM settings: %s", qPrintable(put.error.message()));
    return put.ok() ? live : CrmSection {};
}

// The tenant's first layout shows the Staircase AI section at `position` with `label`; its id (empty on failure).
QString showSection(SandboxFixture& f, const QString& label, int position)
{
    const QJsonArray layouts = SandboxFixture::wait(f.client().layouts()).data[QStringLiteral("layouts")].toArray();
    if (layouts.isEmpty())
        return {};
    const QString id = layouts.first()[QStringLiteral("id")].toString();
    QJsonArray sections = layouts.first()[QStringLiteral("sections")].toArray();
    sections.insert(
        position,
        QJsonObject { { QStringLiteral("key"), QStringLiteral("staircase-ai") }, { QStringLiteral("label"), label } });
    const ApiResult put = SandboxFixture::wait(f.client().putLayoutSections(id, sections));
    return put.ok() ? id : QString();
}

bool loadAll(Session& s)
{
    for (StepModel* step : s.steps().mid(1))
        step->load();
    return QTest::qWaitFor(
        [&] {
            for (const StepModel* step : s.steps())
                if (step->isBusy())
                    return false;
            return true;
        },
        20000);
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("BANISTER_SOURCE_DIR"), "BANISTER_SOURCE_DIR names the source tree");
    }

    void everyStepInTheWizardsOrder()
    {
        Session s;
        const QList<StepModel*> want { s.connection(),    s.prerequisites(), s.activation(), s.crm(),
                                       s.fieldMappings(), s.userAccess(),    s.layouts(),    s.dashboard() };
        QCOMPARE(s.steps(), want);
        for (const StepModel* step : s.steps()) {
            QVERIFY(!step->isBusy());
            QVERIFY(!step->isLoaded());
            QVERIFY(!step->canProceed()); // nothing read from a tenant yet
            QVERIFY(step->errorText().isEmpty());
            QVERIFY(!step->hasDraft());
        }
    }

    void aProfileOpenedBeforeLoadingComesBackWhole_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("ready") << QStringLiteral("sandbox-ready.json");
        QTest::newRow("messy users") << QStringLiteral("sandbox-messy-users.json");
    }

    void aProfileOpenedBeforeLoadingComesBackWhole()
    {
        QFETCH(QString, name);
        const Profile p = sample(qPrintable(name));
        SandboxFixture f;
        Session s;
        s.startFrom(p);
        compareSections(s.currentProfile(), p); // nothing loaded yet: every section is held as it was
        if (QTest::currentTestFailed())
            return;
        QVERIFY(connectTo(s, f));
        QVERIFY(loadAll(s));
        for (const StepModel* step : s.steps())
            QVERIFY2(step->errorText().isEmpty(), qPrintable(step->errorText()));
        compareSections(s.currentProfile(), p, true); // and once the tenant's data is there
    }

    void aSecondLoadDropsTheFirstsAnswer()
    {
        SandboxFixture f;
        Session s;
        QVERIFY(connectTo(s, f));
        for (StepModel* step : s.steps().mid(1)) {
            step->load();
            step->load(); // before the first one's answer
            QVERIFY(step->isBusy());
        }
        QVERIFY(loadAll(s));
        for (const StepModel* step : s.steps().mid(1)) {
            QVERIFY(!step->isBusy());
            QVERIFY(step->isLoaded());
            QVERIFY2(step->errorText().isEmpty(), qPrintable(step->errorText()));
        }
    }

    void aFailedLoadSaysWhyAndStopsTheWizard()
    {
        SandboxFixture f;
        Session s;
        QVERIFY(connectTo(s, f));
        // The tenant goes away after the connection: nothing listens where the client now goes.
        RetryPolicy fast;
        fast.baseMs = 2;
        fast.capMs = 20;
        s.client()->setRetryPolicy(fast);
        const QString gone = QStringLiteral("http://127.0.0.1:%1").arg(banister::test::unusedLoopbackPort());
        s.client()->setGainsight(gone, f.server().accessKey());
        s.client()->setStaircase(gone, f.server().staircaseToken());
        for (StepModel* step : s.steps().mid(2))
            step->load();
        QVERIFY(loadAll(s));
        for (const StepModel* step : s.steps().mid(2)) {
            QVERIFY(!step->isLoaded());
            QVERIFY(!step->errorText().isEmpty());
            QVERIFY(!step->canProceed());
        }
    }

    void theCrmStepStartsFromTheTenantsCrmTab()
    {
        SandboxFixture f;
        QVERIFY(connectStaircase(f));
        const CrmSection live = setUpCrmTab(f);
        QVERIFY(live.syncTeamHierarchy);
        Session s;
        QVERIFY(connectTo(s, f));
        QVERIFY(loadAll(s));
        QVERIFY(s.crm()->hasDraft());
        QCOMPARE(s.crm()->section(), live); // what the tenant has, not the defaults: the plan changes nothing
        QVERIFY(s.currentProfile().crm == live);
        // A profile without a CRM section opened now leaves the tenant's settings as they are.
        Profile withoutCrm = sample("sandbox-ready.json");
        withoutCrm.crm.reset();
        s.startFrom(withoutCrm);
        QCOMPARE(s.crm()->section(), live);
    }

    void theLayoutsStepStartsFromTheTenantsLayouts()
    {
        SandboxFixture f;
        QVERIFY(connectStaircase(f));
        const QString id = showSection(f, QStringLiteral("Relationship signals"), 1);
        QVERIFY(!id.isEmpty());
        Session s;
        QVERIFY(connectTo(s, f));
        QVERIFY(loadAll(s));
        QVERIFY(s.layouts()->canProceed()); // the layout that has the section counts as chosen
        const QList<LayoutPlacement> placed = s.layouts()->placements();
        QCOMPARE(placed.size(), 1);
        QCOMPARE(placed.first(), (LayoutPlacement { id, QStringLiteral("Relationship signals"), 1, {} }));
    }

    void theLatestProfileOpenedBeforeLoadingWins()
    {
        SandboxFixture f;
        Session s;
        s.startFrom(sample("sandbox-ready.json"));
        QVERIFY(s.currentProfile().layouts && !s.currentProfile().layouts->isEmpty());
        Profile second = sample("sandbox-ready.json");
        second.layouts.reset();
        second.userAccess = UserAccessSection { {}, true };
        s.startFrom(second); // before anything is loaded
        QVERIFY(connectTo(s, f));
        QVERIFY(loadAll(s));
        QVERIFY(s.layouts()->placements().isEmpty()); // not the first profile's layouts
        QVERIFY(s.userAccess()->fixUsernames());
        QCOMPARE(s.userAccess()->changeCount(), 0);
    }

    void anotherTenantIsReadAgainAndTheAdminsChoicesStay()
    {
        // Two tenants, each with its own CRM tab and its own layout showing the section.
        SandboxFixture a;
        SandboxFixture b;
        QVERIFY(connectStaircase(a));
        QVERIFY(connectStaircase(b));
        const CrmSection liveA = setUpCrmTab(a, true);
        const CrmSection liveB = setUpCrmTab(b, false);
        QVERIFY(liveA.syncTeamHierarchy && liveB.syncAccounts && !(liveA == liveB));
        QVERIFY(!showSection(a, QStringLiteral("Signals"), 0).isEmpty());
        const QString layoutB = showSection(b, QStringLiteral("Other signals"), 2);
        QVERIFY(!layoutB.isEmpty());

        Session s;
        QSignalSpy switched(&s, &Session::tenantSwitched);
        QVERIFY(connectTo(s, a));
        QVERIFY(loadAll(s));
        QCOMPARE(switched.count(), 0); // the first tenant is no switch
        QCOMPARE(s.crm()->section(), liveA);
        QCOMPARE(s.layouts()->placements().size(), 1);
        QCOMPARE(s.layouts()->placements().first().sectionLabel, QStringLiteral("Signals"));
        // On A the admin opens a profile that has only field mappings (the other steps show what A has), then
        // chooses a dashboard permission and one user's role.
        Profile opened = sample("sandbox-ready.json");
        QVERIFY(opened.fieldMappings && !opened.fieldMappings->isEmpty());
        Profile mappingsOnly;
        mappingsOnly.fieldMappings = opened.fieldMappings;
        s.startFrom(mappingsOnly);
        QCOMPARE(s.crm()->section(), liveA);
        const DashboardPermission chosen = s.dashboard()->section().permission == DashboardPermission::Public
            ? DashboardPermission::Private
            : DashboardPermission::Public;
        s.dashboard()->setPermission(chosen);
        UserAccessModel* users = s.userAccess();
        int changed = 0; // the first user the role is a change for (not a Manager yet, not a super admin)
        while (changed < users->rowCount() && users->changeCount() == 0)
            users->setRole({ changed++ }, StaircaseRole::Manager);
        QCOMPARE(users->changeCount(), 1);
        const QString who = users->index(changed - 1, UserAccessModel::EmailColumn).data().toString();
        QVERIFY(!who.isEmpty());

        QVERIFY(connectTo(s, b));
        QCOMPARE(switched.count(), 1);
        QCOMPARE(switched.first().first().toString(), QUrl(b.url()).authority());
        for (const StepModel* step : s.steps().mid(1))
            QVERIFY(!step->isLoaded()); // read again before the wizard goes on
        QVERIFY(loadAll(s));
        for (const StepModel* step : s.steps().mid(1)) {
            QVERIFY2(step->errorText().isEmpty(), qPrintable(step->errorText()));
            QVERIFY(step->isLoaded());
        }
        QCOMPARE(s.crm()->section(), liveB); // B's tab, not A's settings
        const QList<LayoutPlacement> placed = s.layouts()->placements();
        QCOMPARE(placed.size(), 1); // B's layout, not A's
        QCOMPARE(placed.first(), (LayoutPlacement { layoutB, QStringLiteral("Other signals"), 2, {} }));
        // What the admin chose or opened stays, for the plan to check against B.
        QCOMPARE(s.dashboard()->section().permission, chosen);
        QCOMPARE(s.currentProfile().fieldMappings, opened.fieldMappings);
        QCOMPARE(s.userAccess()->changeCount(), 1);
        const Profile now = s.currentProfile();
        QVERIFY(now.userAccess && now.userAccess->assignments.size() == 1);
        QCOMPARE(now.userAccess->assignments.first().staircaseRole, StaircaseRole::Manager);
        QString idOnB; // the same person on B, found by email
        for (int row = 0; row < users->rowCount(); ++row)
            if (users->index(row, UserAccessModel::EmailColumn).data().toString() == who)
                idOnB = users->index(row, 0).data(UserAccessModel::UserIdRole).toString();
        QVERIFY(!idOnB.isEmpty());
        QCOMPARE(now.userAccess->assignments.first().userId, idOnB);
    }

    void aProfileOpenedLaterReachesEveryStep()
    {
        const Profile p = sample("sandbox-ready.json");
        SandboxFixture f;
        Session s;
        QVERIFY(connectTo(s, f));
        QVERIFY(loadAll(s));
        QVERIFY(!(s.currentProfile().crm == p.crm)); // the tenant's own settings first
        s.startFrom(p);
        compareSections(s.currentProfile(), p, true);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
