// The Connect and Prerequisites models against sandboxes of each scenario.
#include "models/ConnectionModel.h"
#include "models/PrerequisitesModel.h"
#include "support/SandboxFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace banister;
using banister::test::SandboxFixture;

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BanisterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_models"));
    }

    void connectSucceedsAndStoresSecrets()
    {
        SandboxFixture f;
        TenantClient client;
        CredentialStore store(QStringLiteral("BanisterTest"));
        ConnectionModel m(&client, &store);
        QVERIFY(!m.isFilled());
        m.setGainsightUrl(f.url());
        m.setStaircaseUrl(f.url());
        m.setAccessKey(f.server().accessKey());
        m.setStaircaseToken(f.server().staircaseToken());
        m.setRemember(true);
        QVERIFY(m.isFilled());
        QSignalSpy connected(&m, &ConnectionModel::connected);
        m.connectToTenant();
        QVERIFY(m.isBusy());
        QVERIFY(!m.canProceed());
        QVERIFY(connected.wait(10000));
        QVERIFY(!m.isBusy());
        QVERIFY(m.canProceed());
        QVERIFY2(m.errorText().isEmpty(), qPrintable(m.errorText()));
        QCOMPARE(m.tenantInfo().subdomain, QStringLiteral("northwind"));

        // A new session restores URL and secrets (from settings and the keychain).
        CredentialStore freshStore(QStringLiteral("BanisterTest"));
        ConnectionModel restored(&client, &freshStore);
        restored.restoreSaved();
        QCOMPARE(restored.gainsightUrl(), f.url());
        QTRY_COMPARE_WITH_TIMEOUT(restored.accessKey(), f.server().accessKey(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(restored.staircaseToken(), f.server().staircaseToken(), 10000);
    }

    void wrongKeyFailsWithWords()
    {
        SandboxFixture f;
        TenantClient client;
        CredentialStore store(QStringLiteral("BanisterTest"));
        ConnectionModel m(&client, &store);
        m.useSandbox(f.url(), QStringLiteral("not-the-key"), f.server().staircaseToken(), QStringLiteral("ready"));
        m.connectToTenant();
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 10000);
        QVERIFY(!m.canProceed());
        QVERIFY(m.errorText().contains(QLatin1String("Gainsight")));
        QVERIFY(m.errorText().contains(QLatin1String("401")));
    }

    void wrongTokenFails()
    {
        SandboxFixture f;
        TenantClient client;
        CredentialStore store(QStringLiteral("BanisterTest"));
        ConnectionModel m(&client, &store);
        m.useSandbox(f.url(), f.server().accessKey(), QStringLiteral("nope"), QStringLiteral("ready"));
        m.connectToTenant();
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 10000);
        QVERIFY(!m.canProceed());
        QVERIFY(m.errorText().contains(QLatin1String("Staircase")));
    }

    void insecureUrlRefusedBeforeSending()
    {
        TenantClient client;
        CredentialStore store(QStringLiteral("BanisterTest"));
        ConnectionModel m(&client, &store);
        m.setGainsightUrl(QStringLiteral("http://acme.gainsightcloud.com"));
        m.setStaircaseUrl(QStringLiteral("https://app.staircase.ai"));
        m.setAccessKey(QStringLiteral("k"));
        m.setStaircaseToken(QStringLiteral("t"));
        m.connectToTenant();
        QVERIFY(!m.isBusy());
        QVERIFY(m.errorText().contains(QLatin1String("https")));
    }

    void editingDropsStaleAnswer()
    {
        SandboxFixture f;
        f.server().setLatency(200);
        TenantClient client;
        CredentialStore store(QStringLiteral("BanisterTest"));
        ConnectionModel m(&client, &store);
        m.useSandbox(f.url(), f.server().accessKey(), f.server().staircaseToken(), QStringLiteral("ready"));
        QSignalSpy connected(&m, &ConnectionModel::connected);
        m.connectToTenant();
        m.setAccessKey(QStringLiteral("edited-while-checking"));
        QVERIFY(!connected.wait(600)); // the answer for the old key arrives and is dropped
        QVERIFY(!m.canProceed());
        QVERIFY(!m.isBusy());
    }

    void realCredentialsAfterTheSandboxAreRemembered()
    {
        SandboxFixture sandbox;
        SandboxFixture real; // stands in for a real tenant: another address, other secrets
        TenantClient client;
        CredentialStore store(QStringLiteral("BanisterTest"));
        ConnectionModel m(&client, &store);
        m.useSandbox(sandbox.url(), sandbox.server().accessKey(), sandbox.server().staircaseToken(), QStringLiteral("ready"));
        QVERIFY(!m.remember());
        QSignalSpy connected(&m, &ConnectionModel::connected);
        m.connectToTenant();
        QVERIFY(connected.wait(10000));

        // The admin switches to the real tenant, as typed on the Connect page, with Remember on.
        m.setGainsightUrl(real.url());
        QVERIFY(!m.isSandbox());
        QVERIFY(m.remember()); // back to what it was before the sandbox
        m.setStaircaseUrl(real.url());
        m.setAccessKey(real.server().accessKey());
        m.setStaircaseToken(real.server().staircaseToken());
        m.setRemember(true);
        m.connectToTenant();
        QVERIFY(connected.wait(10000));

        CredentialStore freshStore(QStringLiteral("BanisterTest"));
        ConnectionModel restored(&client, &freshStore);
        restored.restoreSaved();
        QCOMPARE(restored.gainsightUrl(), real.url());
        QTRY_COMPARE_WITH_TIMEOUT(restored.accessKey(), real.server().accessKey(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(restored.staircaseToken(), real.server().staircaseToken(), 10000);
    }

    void prerequisites_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QList<int>>("states"); // PrerequisitesModel::State per check
        QTest::addColumn<bool>("canProceed");
        QTest::addColumn<bool>("salesforce");
        using S = PrerequisitesModel::State;
        QTest::newRow("ready") << "ready" << QList<int>{int(S::Passed), int(S::Passed), int(S::Passed), int(S::Passed)} << true << false;
        QTest::newRow("salesforce") << "salesforce-primary"
                                    << QList<int>{int(S::Passed), int(S::Passed), int(S::Passed), int(S::Failed)} << false << true;
        QTest::newRow("no staircase") << "no-staircase-subscription"
                                      << QList<int>{int(S::Passed), int(S::Failed), int(S::Unknown), int(S::Passed)} << false << false;
        QTest::newRow("not admin") << "not-admin"
                                   << QList<int>{int(S::Passed), int(S::Passed), int(S::Failed), int(S::Passed)} << false << false;
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
        m.run();
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
        m.run();
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 10000);
        QVERIFY(m.errorText().contains(QLatin1String("127.0.0.1")));
        QCOMPARE(m.state(PrerequisitesModel::CsSubscription), PrerequisitesModel::State::Unknown);
        QVERIFY(!m.canProceed());
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
