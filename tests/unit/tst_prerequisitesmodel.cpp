// PrerequisitesModel against sandboxes of each scenario: the four checks, their details and fixes, and a tenant
// that cannot be reached.
#include "models/PrerequisitesModel.h"
#include "support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace banister;
using banister::test::SandboxFixture;

class TestPrerequisitesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void prerequisites_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QList<int>>("states"); // PrerequisitesModel::State per check
        QTest::addColumn<bool>("canProceed");
        QTest::addColumn<bool>("salesforce");
        using S = PrerequisitesModel::State;
        QTest::newRow("ready") << "ready"
                               << QList<int> { int(S::Passed), int(S::Passed), int(S::Passed), int(S::Passed) } << true
                               << false;
        QTest::newRow("salesforce") << "salesforce-primary"
                                    << QList<int> { int(S::Passed), int(S::Passed), int(S::Passed), int(S::Failed) }
                                    << false << true;
        QTest::newRow("no staircase") << "no-staircase-subscription"
                                      << QList<int> { int(S::Passed), int(S::Failed), int(S::Unknown), int(S::Passed) }
                                      << false << false;
        QTest::newRow("not admin") << "not-admin"
                                   << QList<int> { int(S::Passed), int(S::Passed), int(S::Failed), int(S::Passed) }
                                   << false << false;
    }

    void prerequisites()
    {
        QFETCH(QString, scenario);
        QFETCH(QList<int>, states);
        QFETCH(bool, canProceed);
        QFETCH(bool, salesforce);
        SandboxFixture f(scenario);
        PrerequisitesModel m(&f.client());
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 4);
        m.load();
        QVERIFY(m.isBusy());
        QCOMPARE(m.state(PrerequisitesModel::CsSubscription), PrerequisitesModel::State::Checking);
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 10000);
        for (int c = 0; c < PrerequisitesModel::CheckCount; ++c) {
            QCOMPARE(int(m.state(PrerequisitesModel::Check(c))), states.at(c));
            QVERIFY(!m.detail(PrerequisitesModel::Check(c)).isEmpty());
            if (states.at(c) != int(PrerequisitesModel::State::Passed))
                QVERIFY(!m.index(c).data(PrerequisitesModel::FixHintRole).toString().isEmpty());
        }
        QCOMPARE(m.canProceed(), canProceed);
        QCOMPARE(m.isSalesforcePrimary(), salesforce);
    }

    void prerequisitesReportNetworkFailure()
    {
        TenantClient client;
        client.setGainsight(QStringLiteral("http://127.0.0.1:%1").arg(test::unusedLoopbackPort()), QStringLiteral("k"));
        client.setStaircase(QStringLiteral("http://127.0.0.1:%1").arg(test::unusedLoopbackPort()), QStringLiteral("t"));
        PrerequisitesModel m(&client);
        m.load();
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 10000);
        QVERIFY(m.errorText().contains(QLatin1String("127.0.0.1")));
        QCOMPARE(m.state(PrerequisitesModel::CsSubscription), PrerequisitesModel::State::Unknown);
        QVERIFY(!m.canProceed());
    }
};

QTEST_GUILESS_MAIN(TestPrerequisitesModel)
#include "tst_prerequisitesmodel.moc"
