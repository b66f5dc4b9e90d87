// The domain's to/from-string pairs (core/Domain, PlanStep::Action): every value round-trips through its one
// spelling, every spelling is listed once, and anything else (other case, blanks, the other type's words) is refused.
#include "core/Domain.h"
#include "core/Plan.h"
#include "core/Result.h"

#include <QSet>
#include <QTest>

using namespace banister;

namespace {
template <typename E, typename Name, typename FromName>
void roundTrips(const QList<E>& all, const QStringList& names, Name name, FromName fromName)
{
    QCOMPARE(names.size(), all.size());
    QSet<QString> seen;
    for (E value : all) {
        const QString n = name(value);
        QVERIFY2(!n.isEmpty(), "every value has a spelling");
        QVERIFY2(!seen.contains(n), qPrintable(n));
        seen.insert(n);
        QVERIFY(names.contains(n));
        const auto back = fromName(n);
        QVERIFY2(back.has_value(), qPrintable(n));
        QVERIFY(*back == value);
        QVERIFY2(!fromName(n.toUpper()).has_value() || n.toUpper() == n, qPrintable(n.toUpper()));
        QVERIFY(!fromName(QLatin1Char(' ') + n).has_value());
        QVERIFY(!fromName(n + QLatin1Char(' ')).has_value());
    }
    QVERIFY(!fromName(QString()).has_value());
    QVERIFY(!fromName(QStringLiteral("unknown")).has_value());
}
} // namespace

class TestDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void staircaseRoles()
    {
        roundTrips<StaircaseRole>(
            { StaircaseRole::User, StaircaseRole::Manager, StaircaseRole::Admin, StaircaseRole::None },
            staircaseRoleNames(), staircaseRoleName, staircaseRoleFromName);
        // The profile's spelling, in the order the reader lists them.
        QCOMPARE(staircaseRoleNames(),
                 (QStringList { QStringLiteral("User"), QStringLiteral("Manager"), QStringLiteral("Admin"),
                                QStringLiteral("None") }));
        QVERIFY(!staircaseRoleFromName(QStringLiteral("user")));
        QVERIFY(!staircaseRoleFromName(QStringLiteral("Staircase Admin"))); // a GS role, not the profile's word
    }

    void gsRoles()
    {
        roundTrips<StaircaseRole>({ StaircaseRole::User, StaircaseRole::Manager, StaircaseRole::Admin },
                                  staircaseGsRoles(), staircaseGsRole, staircaseRoleFromGsRole);
        QCOMPARE(staircaseGsRole(StaircaseRole::None), QString());
        QCOMPARE(staircaseGsRole(StaircaseRole::Manager), QStringLiteral("Staircase Manager"));
        QVERIFY(!staircaseRoleFromGsRole(QStringLiteral("Admin")));
        QVERIFY(!staircaseRoleFromGsRole(staircaseCsmRole())); // "Staircase CSM" grants no Staircase role
        QVERIFY(!staircaseRoleFromGsRole(systemAdministratorRole()));
    }

    void roleOfGsRoles()
    {
        QCOMPARE(staircaseRoleOf({}), StaircaseRole::None);
        QCOMPARE(staircaseRoleOf({ QStringLiteral("CSM"), staircaseCsmRole() }), StaircaseRole::None);
        QCOMPARE(staircaseRoleOf({ QStringLiteral("Staircase User"), QStringLiteral("Staircase Admin") }),
                 StaircaseRole::Admin);
        QCOMPARE(staircaseRoleOf({ QStringLiteral("Staircase User"), QStringLiteral("Staircase Manager") }),
                 StaircaseRole::Manager);
        const QStringList had { QStringLiteral("CSM"), QStringLiteral("Staircase User"),
                                QStringLiteral("Staircase Admin"), QStringLiteral("Team Lead") };
        QCOMPARE(
            withStaircaseRole(had, StaircaseRole::Manager),
            (QStringList { QStringLiteral("CSM"), QStringLiteral("Team Lead"), QStringLiteral("Staircase Manager") }));
        QCOMPARE(withStaircaseRole(had, StaircaseRole::None),
                 (QStringList { QStringLiteral("CSM"), QStringLiteral("Team Lead") }));
        for (StaircaseRole r :
             { StaircaseRole::User, StaircaseRole::Manager, StaircaseRole::Admin, StaircaseRole::None })
            QCOMPARE(staircaseRoleOf(withStaircaseRole(had, r)), r);
    }

    void licenses()
    {
        roundTrips<License>({ License::Full, License::ViewerPlus, License::Viewer }, licenseNames(), licenseName,
                            licenseFromName);
        QCOMPARE(licenseName(License::ViewerPlus), QStringLiteral("Viewer Plus"));
        QVERIFY(!licenseFromName(QStringLiteral("ViewerPlus")));
        QVERIFY(hasStaircaseBundle(License::Full));
        QVERIFY(hasStaircaseBundle(License::ViewerPlus));
        QVERIFY(!hasStaircaseBundle(License::Viewer));
        QVERIFY(hasStaircaseBundle(QStringLiteral("Viewer Plus")));
        QVERIFY(!hasStaircaseBundle(QStringLiteral("Viewer")));
        QVERIFY(!hasStaircaseBundle(QStringLiteral("Enterprise"))); // a license Banister does not know
    }

    void dashboardPermissions()
    {
        roundTrips<DashboardPermission>(
            { DashboardPermission::Private, DashboardPermission::Public, DashboardPermission::PublicViewEdit,
              DashboardPermission::PublicViewShare, DashboardPermission::Specific },
            dashboardPermissionNames(), dashboardPermissionName, dashboardPermissionFromName);
        QCOMPARE(dashboardPermissionNames(),
                 (QStringList { QStringLiteral("private"), QStringLiteral("public"), QStringLiteral("publicViewEdit"),
                                QStringLiteral("publicViewShare"), QStringLiteral("specific") }));
        QVERIFY(!dashboardPermissionFromName(QStringLiteral("everyone")));
        QVERIFY(!dashboardPermissionFromName(QStringLiteral("Private")));
    }

    void principalKinds()
    {
        roundTrips<PrincipalKind>({ PrincipalKind::User, PrincipalKind::Role, PrincipalKind::Group },
                                  principalKindNames(), principalKindName, principalKindFromName);
        QCOMPARE(principalKindNames(),
                 (QStringList { QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("group") }));
        QVERIFY(!principalKindFromName(QStringLiteral("User")));
    }

    void stepActions()
    {
        roundTrips<PlanStep::Action>({ PlanStep::Action::Create, PlanStep::Action::Update, PlanStep::Action::Wait },
                                     actionNames(), actionName, actionFromName);
        QCOMPARE(actionNames(),
                 (QStringList { QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("wait") }));
        QVERIFY(!actionFromName(QStringLiteral("delete")));
        QVERIFY(!actionFromName(QStringLiteral("no-op")));
    }

    void resultIsAValueOrAnError()
    {
        const Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 42);
        QVERIFY(good.error().isEmpty());
        const Result<int> bad = Result<int>::failure(QStringLiteral("no"));
        QVERIFY(!bad);
        QCOMPARE(bad.error(), QStringLiteral("no"));
        const Result<void> done;
        QVERIFY(done.ok());
        const Result<void> failed = Result<void>::failure(QStringLiteral("cannot write"));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error(), QStringLiteral("cannot write"));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
