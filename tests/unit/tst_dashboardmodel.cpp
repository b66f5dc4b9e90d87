// DashboardModel against a sandbox: the tenant's default permission, suggested roles, principal rules
// (System Administrator stays) and the five permission types with their meaning.
#include "models/DashboardModel.h"
#include "support/SandboxFixture.h"

#include <QTest>

using namespace banister;
using banister::test::SandboxFixture;

class TestDashboardModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dashboardRules()
    {
        SandboxFixture f;
        DashboardModel m(&f.client());
        m.load();
        QTRY_VERIFY_WITH_TIMEOUT(m.canProceed(), 10000);
        QCOMPARE(m.section().permission, DashboardPermission::Specific);
        QCOMPARE(m.section().principals.size(), 1); // System Administrator, the tenant's default
        QCOMPARE(m.suggestedRoles(),
                 (QStringList { QStringLiteral("Staircase Manager"), QStringLiteral("Staircase CSM"),
                                QStringLiteral("Staircase Admin") }));
        m.setPermission(DashboardPermission::Public);
        QVERIFY(m.section().principals.isEmpty()); // only "specific" names people
        m.addPrincipal({ PrincipalKind::Role, QStringLiteral("Staircase Manager") });
        QCOMPARE(m.section().permission, DashboardPermission::Specific);
        QCOMPARE(m.section().principals.size(), 2); // System Administrator came back
        QVERIFY(!m.removePrincipal({ PrincipalKind::Role, QStringLiteral("System Administrator") }));
        QVERIFY(m.removePrincipal({ PrincipalKind::Role, QStringLiteral("Staircase Manager") }));
        QCOMPARE(DashboardModel::permissionTypes().size(), 5);
        for (DashboardPermission t : DashboardModel::permissionTypes())
            QVERIFY(!DashboardModel::describe(t).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDashboardModel)
#include "tst_dashboardmodel.moc"
